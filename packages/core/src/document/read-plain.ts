import type { ValidationIssue } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { describeForeign } from './describe-value.ts';
import { issue, joinPath } from './issue-list.ts';

/** A value as `readPlain` copies it: JSON data, plus `undefined` in an array slot that held nothing usable. */
export type PlainValue = null | boolean | number | string | undefined | PlainValue[] | PlainObject;

/** An object copied by `readPlain`: own properties only, all of them plain data. */
export interface PlainObject {
  [key: string]: PlainValue;
}

/** A limit on the number of entries of the list or object at one dotted path, such as `people`. */
export interface CollectionLimit {
  /** The largest allowed number of entries. */
  readonly max: number;
  /** What the entries are, for the message: "people", "ties". */
  readonly noun: string;
}

/** What `readPlain` returns: a detached copy with the problems found on the way, or a refusal. */
export type ReadResult =
  | { readonly ok: true; readonly value: PlainValue; readonly issues: readonly ValidationIssue[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Keys that could reach an object's prototype if they were ever assigned. They are refused anywhere. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** No list or object other than a limited collection may have more entries than the largest collection of ids. */
export const MAX_ENTRIES = Math.max(LIMITS.people, LIMITS.events);

/**
 * The most values (of any kind, nested ones included) a document may hold. An inventory filled to every count in
 * `LIMITS`, with every field of every record set, holds under half a million.
 */
export const MAX_VALUES = 1_000_000;

/**
 * How many times objects met before may be met again. A host may reuse one note object for several people, but
 * sixteen levels of twenty shared children would mean 20^16 visits: such a graph is refused after this many.
 */
export const MAX_REVISITS = 50_000;

const PLAIN_DATA = 'plain data (text, a number, true or false, null, an array or an object)';

interface Frame {
  readonly source: object;
  readonly target: PlainValue[] | PlainObject;
  readonly path: string;
  readonly depth: number;
  /** Keys to copy, or `null` for an array, whose indices run from 0 to `length`. */
  readonly keys: readonly string[] | null;
  readonly length: number;
  index: number;
}

/** Thrown inside the reader to stop at once; never escapes it. */
class Refusal extends Error {
  constructor(readonly entry: ValidationIssue) {
    super(entry.message);
  }
}

const SKIP: unique symbol = Symbol('skip');

/**
 * Copies untrusted input into fresh plain objects and arrays, without recursion and without ever throwing. It
 * refuses, before any further work, input nested deeper than `LIMITS.depth`, input that contains itself, a
 * collection over its limit, any other list or object over `MAX_ENTRIES`, or more than `MAX_VALUES` values.
 * Values that are not plain data (functions, BigInts, symbols, Dates, class instances), keys such as `__proto__`
 * and properties that throw when read are left out of the copy and reported as issues. Keys whose value is
 * `undefined` are left out silently, as `JSON.stringify` does; symbol keys are ignored for the same reason.
 */
export function readPlain(input: unknown, collections: Readonly<Record<string, CollectionLimit>> = {}): ReadResult {
  const issues: ValidationIssue[] = [];
  // true while an object is being copied (meeting it again then is a cycle); false once it is done.
  const seen = new Map<object, boolean>();
  let revisits = 0;
  const stack: Frame[] = [];
  let values = 0;

  const unreadable = (path: string): void => {
    issues.push(issue(path, `expected ${PLAIN_DATA} that can be read, but reading this value failed.`));
  };

  const open = (value: object, path: string, depth: number): PlainValue | typeof SKIP => {
    const state = seen.get(value);
    if (state === true) {
      throw new Refusal(issue(path, 'expected a tree of plain data, but this value contains itself (a cycle).'));
    }
    if (state === false && ++revisits > MAX_REVISITS) {
      throw new Refusal(issue(path, `expected each object to appear once, but objects are reused here more than ${MAX_REVISITS} times.`));
    }
    if (depth > LIMITS.depth) {
      throw new Refusal(issue(path, `expected at most ${LIMITS.depth} levels of nesting, but the document is nested deeper here.`));
    }
    let keys: string[] | null = null;
    let length: number;
    try {
      if (Array.isArray(value)) {
        length = value.length;
        if (!Number.isSafeInteger(length) || length < 0) throw new TypeError('bad length');
      } else {
        if (!isPlainObject(value)) {
          issues.push(issue(path, `expected ${PLAIN_DATA}, got ${describeForeign(value)}.`));
          return SKIP;
        }
        keys = Object.keys(value);
        length = keys.length;
      }
    } catch {
      unreadable(path);
      return SKIP;
    }
    const limit = Object.hasOwn(collections, path) ? collections[path] : undefined;
    if (limit && length > limit.max) {
      throw new Refusal(issue(path, `expected at most ${limit.max} ${limit.noun} in an inventory, got ${length}.`));
    }
    if (!limit && length > MAX_ENTRIES) {
      throw new Refusal(issue(path, `expected at most ${MAX_ENTRIES} entries in one array or object here, got ${length}.`));
    }
    if (keys === null && !namedEntriesReported(value as unknown[], path)) return SKIP;
    const target: PlainValue[] | PlainObject = keys === null ? [] : {};
    seen.set(value, true);
    stack.push({ source: value, target, path, depth, keys, length, index: 0 });
    return target;
  };

  // An array with named properties (`list.note = ...`) would lose them in JSON without a word (SPEC V11). Returns
  // whether the array can be read at all.
  const namedEntriesReported = (array: unknown[], path: string): boolean => {
    let names: string[];
    try {
      names = Object.keys(array);
    } catch {
      unreadable(path);
      return false;
    }
    // Object.keys lists indices first, so the named properties are the ones past the array's own entries.
    for (let i = names.length - 1; i >= 0 && !isIndex(names[i]!, array.length); i--) {
      issues.push(issue(joinPath(path, names[i]!), 'expected only numbered entries in a list, but it has a property with a name.'));
    }
    return true;
  };

  // `key` is `null` for the root; the path is only built when it is needed, which is rarely for a leaf.
  const take = (value: unknown, parent: string, key: string | number | null, depth: number): PlainValue | typeof SKIP => {
    if (++values > MAX_VALUES) {
      throw new Refusal(issue(key === null ? parent : joinPath(parent, key), `expected at most ${MAX_VALUES} values in one document, but there are more.`));
    }
    const type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean' || type === 'undefined') return value as PlainValue;
    const path = key === null ? parent : joinPath(parent, key);
    if (value === null) return null;
    if (type === 'object') return open(value as object, path, depth);
    issues.push(issue(path, `expected ${PLAIN_DATA}, got ${describeForeign(value)}.`));
    return SKIP;
  };

  try {
    const root = take(input, '', null, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.index >= frame.length) {
        stack.pop();
        seen.set(frame.source, false);
        continue;
      }
      const index = frame.index++;
      const keys = frame.keys;
      const key = keys === null ? index : keys[index]!;
      if (keys !== null && RESERVED_KEYS.has(key as string)) {
        issues.push(issue(joinPath(frame.path, key), `expected no key named "${key}": it could change an object's prototype, so no document may use it.`));
        continue;
      }
      let raw: unknown;
      try {
        raw = (frame.source as Record<string | number, unknown>)[key];
      } catch {
        unreadable(joinPath(frame.path, key));
        if (keys === null) (frame.target as PlainValue[]).push(undefined);
        continue;
      }
      const copy = take(raw, frame.path, key, frame.depth + 1);
      if (keys === null) {
        (frame.target as PlainValue[]).push(copy === SKIP ? undefined : copy);
      } else if (copy !== SKIP && copy !== undefined) {
        // Plain assignment is safe here: the only key with a setter on Object.prototype, "__proto__", never
        // gets this far (RESERVED_KEYS above).
        (frame.target as PlainObject)[key] = copy;
      }
    }
    return { ok: true, value: root === SKIP ? undefined : root, issues };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, issues: [error.entry] };
    return { ok: false, issues: [issue('', `expected ${PLAIN_DATA}, but the document could not be read.`)] };
  }
}

/**
 * Whether an object is a plain record: its prototype is `Object.prototype`, `null`, or (for an object made in
 * another realm, such as an iframe) another object whose own prototype is `null`.
 */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return true;
  return typeof proto === 'object' && Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]';
}

/** Whether a key of an array is one of its indices. */
function isIndex(key: string, length: number): boolean {
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < length && String(n) === key;
}

/** Whether a value read by `readPlain` is an object (not an array, not null). */
export function isPlainRecord(value: PlainValue): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
