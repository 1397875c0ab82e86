import { LIMITS } from '../limits.ts';
import { describeValue } from './describe-value.ts';
import { findDuplicateKeys } from './duplicate-keys.ts';
import { issue } from './issue-list.ts';
import { parseInventory, type ParseResult } from './parse-inventory.ts';

/**
 * Reads an inventory from JSON text, such as a file the user opened. Text longer than `LIMITS.jsonLength` is
 * refused unread (SPEC V5); a leading byte order mark is skipped; text that is not well-formed JSON gives one
 * error saying where, when the engine says; a key that appears twice in one object is an error at its path, since
 * JSON readers disagree on which one counts (SPEC V10); anything else is `parseInventory`'s answer. It never throws.
 */
export function parseInventoryJson(text: string): ParseResult {
  if (typeof text !== 'string') {
    return { ok: false, errors: [issue('', `expected JSON text, got ${describeValue(text, { quote: false })}.`)] };
  }
  if (text.length > LIMITS.jsonLength) {
    return {
      ok: false,
      errors: [issue('', `expected at most ${LIMITS.jsonLength} characters of JSON, got ${text.length}.`)],
    };
  }
  let data: unknown;
  try {
    // A byte order mark, which some editors write at the start of a file, is not part of the JSON.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, errors: [issue('', malformed(text, error))] };
  }
  const duplicates = findDuplicateKeys(text);
  if (duplicates.length > 0) return { ok: false, errors: duplicates };
  return parseInventory(data);
}

/**
 * Says where the JSON is malformed. The engine's own wording is kept only up to any quoted excerpt of the text:
 * an excerpt may hold a private note, and error messages end up in logs.
 */
function malformed(text: string, error: unknown): string {
  let detail: string;
  try {
    detail = error instanceof Error ? error.message : '';
  } catch {
    detail = '';
  }
  const position = /at position (\d+)/.exec(detail);
  let where = '';
  if (position) {
    const offset = Math.min(Number(position[1]), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${column}`;
  }
  const reason = detail
    .replace(/,? *".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 120);
  return `expected well-formed JSON, but the text is malformed${where}${reason ? ` (${reason})` : ''}.`;
}
