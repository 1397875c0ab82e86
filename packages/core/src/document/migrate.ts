import type { ValidationIssue } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { CURRENT_VERSION, SCHEMA } from '../model.ts';
import { describeValue } from './describe-value.ts';
import { IssueList, issue } from './issue-list.ts';
import { isPlainRecord, readPlain, type CollectionLimit, type PlainObject, type PlainValue } from './read-plain.ts';

/**
 * One step of the migration chain: it receives a document of version `n` (a fresh plain copy that it may change)
 * and returns it as version `n + 1`. The chain writes the new `version` itself after each step.
 */
export type Migration = (document: PlainObject) => PlainObject;

/**
 * From version 1 to 2. Version 2 added the layout's memory (`person.hint`, `settings.ringRadii`), and both are
 * optional, so every version-1 field keeps its place and meaning: the step only hands the document on, and the
 * chain writes `version: 2`. A version-1 document has no hints, so it is laid out as one that was never laid out
 * (layout SPEC L3), exactly as version 1 drew it. The version still has to change: a version-1 reader refuses the
 * new fields (SPEC V6) and a newer version (G2), rather than silently dropping the picture a user saw.
 */
const fromVersion1: Migration = (document) => document;

/**
 * From version 2 to 3. Version 3 added the treatment goals (`inventory.goals`), a collection every document has:
 * a version-2 document had none, so it gets an empty one and keeps every other field as it was (SPEC G5). A
 * `goals` field already there is left for the reader to judge: version 2 never wrote one.
 */
const fromVersion2: Migration = (document) => {
  if (!Object.hasOwn(document, 'goals')) {
    Object.defineProperty(document, 'goals', { value: {}, enumerable: true, writable: true, configurable: true });
  }
  return document;
};

/** The migration steps of this library, keyed by the version they start from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({ 1: fromVersion1, 2: fromVersion2 });

/** The oldest schema version there has ever been. */
export const FIRST_VERSION = 1;

/** A document brought up to the current schema version; its other fields are not yet checked. */
export interface MigratedDocument {
  /** Always `relmap/inventory`. */
  readonly schema: typeof SCHEMA;
  /** Always `CURRENT_VERSION`. */
  readonly version: typeof CURRENT_VERSION;
  /** Every other field, as the document had it or as a migration step rewrote it. */
  readonly [field: string]: unknown;
}

/** What `migrateInventory` returns: the upgraded document, or every problem that stopped the upgrade. */
export type MigrationResult = { readonly ok: true; readonly document: MigratedDocument } | { readonly ok: false; readonly errors: ValidationIssue[] };

/** The per-collection limits the reader enforces while it copies a document (SPEC V5). */
export const COLLECTION_LIMITS: Readonly<Record<string, CollectionLimit>> = {
  people: { max: LIMITS.people, noun: 'people' },
  ties: { max: LIMITS.ties, noun: 'ties' },
  events: { max: LIMITS.events, noun: 'events' },
  focus: { max: LIMITS.focus, noun: 'focus entries' },
  goals: { max: LIMITS.goals, noun: 'goals' },
};

// Issues that refuse a document written by a newer Relmap, so that `assertInventory` can throw
// `unsupported-version` for them (SPEC G2) without widening the public `ValidationIssue` type.
const NEWER: WeakSet<ValidationIssue> = new WeakSet();

/** Whether an issue says that the document was written by a newer Relmap than this one. */
export function isNewerVersionIssue(entry: ValidationIssue): boolean {
  return NEWER.has(entry);
}

/**
 * Brings any document of a supported older version up to `CURRENT_VERSION` (SPEC G1), keeping every field that
 * no step rewrites, and refuses a document of a newer version (SPEC G2). It checks only `schema` and `version`;
 * `parseInventory` checks the rest. Input that holds values other than plain data (functions, Dates, ...) fails,
 * since the upgraded copy could not keep them. It never throws and never changes its input.
 */
export function migrateInventory(input: unknown): MigrationResult {
  return migrateWith(MIGRATIONS, CURRENT_VERSION, input);
}

/** `migrateInventory` with a given chain and current version; tests use it to exercise the mechanism. */
export function migrateWith(table: Readonly<Record<number, Migration>>, current: number, input: unknown): MigrationResult {
  try {
    const read = readPlain(input, COLLECTION_LIMITS);
    if (!read.ok) return { ok: false, errors: [...read.issues] };
    const issues = new IssueList();
    for (const entry of read.issues) issues.addAndCover(entry);
    const document = upgrade(table, current, read.value, issues);
    // Values the reader had to leave out would be lost by the upgrade, so they fail it (SPEC V6).
    if (!document || issues.size > 0) return { ok: false, errors: issues.toArray() };
    return { ok: true, document: document as MigratedDocument };
  } catch {
    return { ok: false, errors: [issue('', 'expected a document that can be upgraded, but the upgrade failed.')] };
  }
}

/**
 * The chain itself, on a plain copy made by `readPlain`: checks `schema` and `version`, then runs each step from
 * the document's version up to `current`. Problems go to `issues`; the result is `undefined` when it cannot go on.
 */
export function upgrade(table: Readonly<Record<number, Migration>>, current: number, value: PlainValue, issues: IssueList): PlainObject | undefined {
  if (!isPlainRecord(value)) {
    issues.add(issue('', `expected an inventory as an object, got ${describeValue(value, { quote: false })}.`));
    return undefined;
  }
  let refused = false;
  const refuse = (entry: ValidationIssue): void => {
    refused = true;
    issues.add(entry);
  };
  const schema = value['schema'];
  if (schema !== SCHEMA) {
    const got = schema === undefined ? 'but the field is missing' : `got ${describeValue(schema)}`;
    refuse(issue('schema', `expected "${SCHEMA}", ${got}.`));
  }
  const version = value['version'];
  const range = `a schema version from ${FIRST_VERSION} to ${current}`;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    const got = version === undefined ? 'but the field is missing' : `got ${describeValue(version)}`;
    refuse(issue('version', `expected ${range}, a whole number, ${got}.`));
  } else if (version > current) {
    const entry = issue('version', `expected ${range}, got ${version}: the document was written by a newer Relmap, so update the library to read it.`);
    NEWER.add(entry);
    refuse(entry);
  } else if (version < FIRST_VERSION) {
    refuse(issue('version', `expected ${range}, got ${version}.`));
  }
  if (refused || typeof version !== 'number') return undefined;

  let document = value;
  for (let from = version; from < current; from++) {
    const step = Object.hasOwn(table, from) ? table[from] : undefined;
    if (!step) {
      issues.add(issue('version', `expected ${range} that can be upgraded, but there is no upgrade from version ${from}.`));
      return undefined;
    }
    let next: unknown;
    try {
      next = step(document);
    } catch {
      next = undefined;
    }
    if (!isPlainRecord(next as PlainValue)) {
      issues.add(issue('', `expected a document that can be upgraded from version ${from}, but the upgrade failed.`));
      return undefined;
    }
    document = withVersion(next as PlainObject, from + 1);
  }
  return document;
}

// A copy rather than an assignment: a step may return a frozen or shared object.
function withVersion(document: PlainObject, version: number): PlainObject {
  const copy: PlainObject = {};
  for (const key of Object.keys(document)) define(copy, key, document[key]);
  define(copy, 'version', version);
  return copy;
}

function define(target: PlainObject, key: string, value: PlainValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
