import {
  array,
  boolean,
  check,
  custom,
  exactOptional,
  maxLength,
  never,
  number,
  objectWithRest,
  picklist,
  pipe,
  record as valibotRecord,
  string,
  type BaseIssue,
  type ExactOptionalSchema,
  type GenericSchema,
  type InferOutput,
  type ObjectSchema,
  type ObjectEntries,
} from 'valibot';

/** What an object schema with these entries outputs. */
type EntriesOutput<E extends ObjectEntries> = InferOutput<ObjectSchema<E, undefined>>;
import { isPartialDate } from '../commands/checks.ts';
import { isValidId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import type { Note, Sensitivity } from '../model.ts';
import { describeValue } from './describe-value.ts';
import type { PlainObject, PlainValue } from './read-plain.ts';
import { isPlainRecord } from './read-plain.ts';

// What each field schema expects, so that an object can say what a missing field should have held.
const EXPECTS = new WeakMap<object, string>();

function expecting<S extends object>(schema: S, phrase: string): S {
  EXPECTS.set(schema, phrase);
  return schema;
}

const got =
  (phrase: string, quote = true) =>
  (issue: BaseIssue<unknown>): string =>
    `expected ${phrase}, got ${describeValue(issue.input, { quote })}.`;

/** The id rule, as it is written in messages. */
export const ID_RULE = '1 to 64 letters, digits, "_", ".", ":" or "-"';

/**
 * Free text of at most `max` characters, not blank unless `blank` is set. Messages never quote the text: it may
 * be a name or a note.
 */
export function text(phrase: string, max: number, blank = false): GenericSchema<unknown, string> {
  const base = pipe(
    string(got(phrase, false)),
    maxLength(max, (issue) => `expected ${phrase}, got ${issue.received} characters; the limit is ${max}.`),
  );
  const schema = blank
    ? base
    : pipe(
        base,
        check((s) => /\S/.test(s), `expected ${phrase}, got only blank text.`),
      );
  return expecting(schema, phrase);
}

/** One of a fixed list of strings. */
export function choice<const T extends string>(options: readonly T[]): GenericSchema<unknown, T> {
  const phrase = `one of ${options.map((o) => `"${o}"`).join(', ')}`;
  return expecting(picklist(options, got(phrase)), phrase);
}

/** An id: a record's own id, or a reference to another record. */
export function id(what: string): GenericSchema<unknown, string> {
  const phrase = `${what} (${ID_RULE})`;
  return expecting(pipe(string(got(phrase)), check(isValidId, got(phrase))), phrase);
}

/** A partial date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, that exists in the calendar. */
export function date(what: string): GenericSchema<unknown, string> {
  const phrase = `${what} as YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar`;
  return expecting(pipe(string(got(phrase)), check(isPartialDate, got(phrase))), phrase);
}

/** `true` or `false`. */
export function flag(what: string): GenericSchema<unknown, boolean> {
  const phrase = `true or false (${what})`;
  return expecting(boolean(got(phrase)), phrase);
}

/** A number of any value; ranges that depend on the document are checked with the cross-references. */
export function numeric(phrase: string): GenericSchema<unknown, number> {
  return expecting(number(got(phrase)), phrase);
}

/** A list of at most `max` items. */
export function list<T>(phrase: string, item: GenericSchema<unknown, T>, max: number): GenericSchema<unknown, T[]> {
  return expecting(
    pipe(
      array(item, got(phrase)),
      maxLength(max, (issue) => `expected ${phrase} of at most ${max}, got ${issue.received}.`),
    ),
    phrase,
  );
}

/** A list of ids that refer to other records; whether they exist is checked with the cross-references. */
export function idList(plural: string, singular: string, max: number): GenericSchema<unknown, string[]> {
  return list(`a list of ${plural}`, id(`the id of ${singular}`), max);
}

/** An optional field: it may be absent, but when present it must match (never `undefined` in the output). */
export function optional<S extends GenericSchema<unknown, unknown>>(schema: S): ExactOptionalSchema<S, undefined> {
  return expecting(exactOptional(schema), EXPECTS.get(schema) ?? 'a value');
}

/**
 * An object with exactly these fields. Every unknown field is its own error (SPEC V6); valibot's `strictObject`
 * stops at the first one, so this is `objectWithRest` with a rest that accepts nothing.
 */
export function closed<const E extends ObjectEntries>(noun: string, entries: E): GenericSchema<unknown, EntriesOutput<E>> {
  const schema = objectWithRest(entries, never(`expected only the fields of ${noun}; this field is not one of them.`), (issue) => {
    const key = issue.path?.[issue.path.length - 1]?.key;
    if (issue.expected === 'Object' || typeof key !== 'string') {
      return `expected ${noun} as an object, got ${describeValue(issue.input, { quote: false })}.`;
    }
    const field = Object.hasOwn(entries, key) ? entries[key] : undefined;
    return `expected ${(field && EXPECTS.get(field)) ?? `the field "${key}"`}, but the field is missing.`;
  });
  // The rest schema adds `{ [key: string]: never }` to the inferred output, which would make every field
  // `never`; no unknown field survives parsing, so the plain entries' output is the honest type.
  return expecting(schema as unknown as GenericSchema<unknown, EntriesOutput<E>>, noun);
}

/**
 * A nested record of at most `max` records keyed by id, each checked by `item` (a goal's reviews). Whether each
 * key is an id that equals its record's id is checked with the cross-references.
 */
export function records<T>(noun: string, item: GenericSchema<unknown, T>, max: number): GenericSchema<unknown, Record<string, T>> {
  const phrase = `an object of ${noun} keyed by id`;
  return expecting(
    pipe(
      valibotRecord(string(), item, got(phrase, false)),
      check(
        (v) => Object.keys(v).length <= max,
        (issue) => `expected at most ${max} ${noun}, got ${Object.keys(issue.input as object).length}.`,
      ),
    ),
    phrase,
  );
}

/** A collection of records keyed by id; the records themselves are checked one by one. */
export function collection(noun: string): GenericSchema<unknown, PlainObject> {
  const phrase = `an object of ${noun} keyed by id`;
  return expecting(
    custom<PlainObject>((v) => isPlainRecord(v as PlainValue), got(phrase)),
    phrase,
  );
}

const SENSITIVITIES: readonly Sensitivity[] = ['shareable', 'private'];

/** A free-text note with its sensitivity (SPEC M10). */
export const note: GenericSchema<unknown, Note> = closed('a note { text, sensitivity }', {
  text: text(`the text of a note (at most ${LIMITS.noteLength} characters)`, LIMITS.noteLength, true),
  sensitivity: choice(SENSITIVITIES),
});
