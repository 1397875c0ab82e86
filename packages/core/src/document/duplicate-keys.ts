import type { ValidationIssue } from '../errors.ts';
import { issue, joinPath } from './issue-list.ts';

/** At most this many duplicate keys are reported: one is enough to refuse, a few help to fix the file. */
const MAX_REPORTED = 10;

interface Container {
  readonly path: string;
  /** The keys met so far in an object; `null` for an array. */
  readonly keys: Set<string> | null;
  /** The next array index, or the key whose value comes next in an object. */
  next: string | number;
}

/**
 * Finds keys that appear more than once in one object of a JSON text, which `JSON.parse` accepts silently (the last
 * one wins) while other readers keep the first or fail: the same file would then mean two different inventories
 * (SPEC V10). The text must already have parsed, so the scan can trust its grammar. One pass, no recursion.
 */
export function findDuplicateKeys(text: string): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const stack: Container[] = [];
  // Whether the string that ends next is an object's key (and not a value).
  let expectKey = false;
  let i = 0;
  while (i < text.length && found.length < MAX_REPORTED) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (expectKey) {
        const top = stack[stack.length - 1]!;
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys!.has(key)) {
          found.push(
            issue(
              joinPath(top.path, key),
              'expected each key once in an object, but this key appears more than once; JSON readers disagree on which one counts.',
            ),
          );
        }
        top.keys!.add(key);
        top.next = key;
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const top = stack[stack.length - 1];
      const path = top ? joinPath(top.path, top.next) : '';
      stack.push({ path, keys: c === 0x7b ? new Set() : null, next: c === 0x7b ? '' : 0 });
      expectKey = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1]!;
      if (top.keys === null) top.next = (top.next as number) + 1;
      else expectKey = true;
    }
    i++;
  }
  return found;
}

/** The index just past the closing quote of the string that starts at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 2;
    else if (c === 0x22) return i + 1;
    else i++;
  }
  return i;
}
