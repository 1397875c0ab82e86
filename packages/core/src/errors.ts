/** What kind of mistake a `RelmapError` reports. */
export type RelmapErrorCode =
  | 'not-found'
  | 'invalid-argument'
  | 'duplicate'
  | 'invalid-document'
  | 'unsupported-version'
  | 'too-large'
  | 'nothing-to-undo'
  | 'nothing-to-redo'
  /** A part of the code that is loaded on first use (`@relmap/map`) could not be loaded; asking again tries again. */
  | 'load-failed';

/** One problem found in a document, with the path to the offending value (such as `people.jonas.tie.ring`). */
export interface ValidationIssue {
  /** Dotted path from the document root; array indices as numbers, for example `events.e1.people.0`. */
  readonly path: string;
  /** What was wrong and what was expected, in a full sentence. */
  readonly message: string;
}

/**
 * The one error type that Relmap throws. `code` says what kind of mistake it is, `path` where it is (a dotted
 * path into the inventory or into a command's arguments), and `issues` lists every problem for a document.
 */
export class RelmapError extends Error {
  /** What kind of mistake. */
  readonly code: RelmapErrorCode;
  /** Where, as a dotted path; empty when the error concerns the whole document or store. */
  readonly path: string;
  /** Every problem found, for document errors; otherwise a single entry mirroring `path` and `message`. */
  readonly issues: readonly ValidationIssue[];

  /** `cause`: the error behind this one, such as the browser's own when a part of the code could not be loaded. */
  constructor(code: RelmapErrorCode, path: string, message: string, issues?: readonly ValidationIssue[], cause?: unknown) {
    super(path ? `${path}: ${message}` : message, cause === undefined ? undefined : { cause });
    this.name = 'RelmapError';
    this.code = code;
    this.path = path;
    this.issues = issues ?? [{ path, message }];
  }
}

/** Whether a value is a `RelmapError` (also across bundle copies, where `instanceof` fails). */
export function isRelmapError(value: unknown): value is RelmapError {
  return value instanceof Error && value.name === 'RelmapError' && 'code' in value;
}
