import { RelmapError, type ValidationIssue } from '../errors.ts';
import { isKnownValid, markValid } from '../known-valid.ts';
import { CURRENT_VERSION, type Inventory } from '../model.ts';
import { IssueList, issue } from './issue-list.ts';
import { COLLECTION_LIMITS, MIGRATIONS, isNewerVersionIssue, upgrade } from './migrate.ts';
import { readPlain } from './read-plain.ts';
import { validateDocument } from './validate-document.ts';

/** What `parseInventory` returns: a valid inventory, or every problem found (SPEC V1). Never a half-valid one. */
export type ParseResult = { readonly ok: true; readonly inventory: Inventory } | { readonly ok: false; readonly errors: ValidationIssue[] };

/**
 * Reads an inventory from untrusted data, such as the result of `JSON.parse` or a host's own object. It never
 * throws (SPEC V1): it returns `{ ok: true, inventory }`, with the inventory deeply frozen and made of fresh
 * objects, or `{ ok: false, errors }` listing every problem by path and saying what was expected there (SPEC V2),
 * at most 100 of them.
 *
 * In order: the input is copied into plain data, refusing over-deep, cyclic or over-large input before anything
 * else (SPEC V5); the document is migrated to the current version (SPEC G1, G2); then every field is checked, with
 * unknown fields as errors (SPEC V6), and every reference between records (SPEC V3, M1 to M9).
 *
 * An inventory core itself made (by `createInventory`, a command, `applyCommands`, a store, this function or an
 * import) is known to be valid and cannot have changed, being frozen: that very object is returned at once, as it
 * is (SPEC V12). Anything else, an equal copy or a JSON round trip of one included, is checked in full.
 */
export function parseInventory(input: unknown): ParseResult {
  if (isKnownValid(input)) return { ok: true, inventory: input };
  try {
    const read = readPlain(input, COLLECTION_LIMITS);
    if (!read.ok) return { ok: false, errors: [...read.issues] };
    const issues = new IssueList();
    for (const entry of read.issues) issues.addAndCover(entry);
    const document = upgrade(MIGRATIONS, CURRENT_VERSION, read.value, issues);
    const inventory = document && validateDocument(document, issues);
    if (inventory && issues.size === 0) return { ok: true, inventory: markValid(inventory) };
    const errors = issues.toArray();
    return { ok: false, errors: errors.length > 0 ? errors : [unreadable()] };
  } catch {
    return { ok: false, errors: [unreadable()] };
  }
}

/**
 * Like `parseInventory`, but returns the inventory itself and throws a `RelmapError` when the input is not one:
 * with code `unsupported-version` for a document written by a newer Relmap (SPEC G2), otherwise
 * `invalid-document`; its `path` and message are those of the first problem and its `issues` list them all.
 */
export function assertInventory(input: unknown): Inventory {
  const result = parseInventory(input);
  if (result.ok) return result.inventory;
  throw inventoryError(result.errors);
}

/**
 * The `RelmapError` for a refused document, as `assertInventory` throws it and the map's `relmap-error` carries it:
 * `unsupported-version` when a newer Relmap wrote it (SPEC G2), otherwise `invalid-document`, with the first
 * problem's path and message and every problem in `issues`.
 */
export function inventoryError(errors: readonly ValidationIssue[]): RelmapError {
  const newer = errors.find(isNewerVersionIssue);
  const first = newer ?? errors[0] ?? unreadable();
  return new RelmapError(newer ? 'unsupported-version' : 'invalid-document', first.path, first.message, errors);
}

function unreadable(): ValidationIssue {
  return issue('', 'expected an inventory, but the input could not be read.');
}
