import type { ValidationIssue } from '../errors.ts';
import type { Inventory, Note } from '../model.ts';

/** Options shared by every export to an exchange format. */
export interface ExportOptions {
  /**
   * Whether notes marked `private` are written. Default `false`: a file that leaves the program may be mailed,
   * uploaded or opened on a shared screen, so private notes stay out unless the caller asks for them.
   * Shareable notes are always written.
   */
  readonly includePrivateNotes?: boolean;
}

/**
 * What every import returns: a valid inventory, or every problem found, each with a path and a message. An import
 * never returns a half-read inventory. Paths that start with a file's part (`people.3.ring`, `graphml.node.2`,
 * `entry.4`) point into the input; paths into the inventory (`people.jonas.tie.ring`) come from the final check by
 * `parseInventory`.
 */
export type ImportResult = { readonly ok: true; readonly inventory: Inventory } | { readonly ok: false; readonly errors: ValidationIssue[] };

/** The note if the options allow it to be written, otherwise `undefined`. */
export function keptNote(note: Note | undefined, options: ExportOptions): Note | undefined {
  if (!note) return undefined;
  return note.sensitivity === 'private' && options.includePrivateNotes !== true ? undefined : note;
}

/** A failed import with one problem. */
export function importError(path: string, message: string): ImportResult {
  return { ok: false, errors: [{ path, message }] };
}
