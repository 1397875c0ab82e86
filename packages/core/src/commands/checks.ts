import type { Draft } from 'immer';
import { RelmapError } from '../errors.ts';
import { isValidId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import type { Id, Inventory, Note, Person, PersonTie } from '../model.ts';
import { countOf } from './draft-index.ts';

/** Throws unless `value` is one of `allowed`. */
export function checkOneOf<T extends string>(path: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new RelmapError('invalid-argument', path, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}.`);
  }
  return value as T;
}

/** Throws unless `value` is a string of 1 to `max` characters after trimming (or 0 when `allowEmpty`). */
export function checkText(path: string, value: unknown, max: number, allowEmpty = false): string {
  if (typeof value !== 'string') {
    throw new RelmapError('invalid-argument', path, `expected text, got ${describe(value)}.`);
  }
  const text = value.trim();
  if (!allowEmpty && text.length === 0) throw new RelmapError('invalid-argument', path, 'must not be empty.');
  if (text.length > max) {
    throw new RelmapError('too-large', path, `is ${text.length} characters long; at most ${max} are allowed.`);
  }
  return text;
}

/** Throws unless `value` is a note: `{ text, sensitivity }`. */
export function checkNote(path: string, value: unknown): Note {
  if (typeof value !== 'object' || value === null) {
    throw new RelmapError('invalid-argument', path, `expected a note { text, sensitivity }, got ${describe(value)}.`);
  }
  const note = value as Partial<Note>;
  return {
    text: checkText(`${path}.text`, note.text, LIMITS.noteLength, true),
    sensitivity: checkOneOf(`${path}.sensitivity`, note.sensitivity, ['shareable', 'private']),
  };
}

/** Throws unless `value` is a ring number between 1 and the inventory's ring count. */
export function checkRing(draft: Draft<Inventory>, path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > draft.settings.rings) {
    throw new RelmapError('invalid-argument', path, `expected a ring from 1 to ${draft.settings.rings}, got ${describe(value)}.`);
  }
  return value;
}

/** Throws unless `value` is a partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists in the calendar. */
export function checkDate(path: string, value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw new RelmapError('invalid-argument', path, `expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${describe(value)}.`);
  }
  return value;
}

/** Whether a string is a real partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** Throws unless `value` is a usable id. */
export function checkId(path: string, value: unknown): Id {
  if (typeof value !== 'string' || !isValidId(value)) {
    throw new RelmapError('invalid-argument', path, `expected an id of 1 to 64 letters, digits, "_", ".", ":" or "-", got ${describe(value)}.`);
  }
  return value;
}

/** The person with this id, or a `not-found` error naming the argument. */
export function findPerson(draft: Draft<Inventory>, path: string, id: unknown): Draft<Person> {
  const person = typeof id === 'string' && Object.hasOwn(draft.people, id) ? draft.people[id] : undefined;
  if (!person) throw new RelmapError('not-found', path, `no person with id ${describe(id)}.`);
  return person;
}

/**
 * The id of an existing person, or a `not-found` error naming the argument. For commands that only need to know
 * that a person exists: unlike `findPerson` it does not read the person through the draft, which would make
 * immer copy the whole `people` record for a mere lookup.
 */
export function requirePerson(draft: Draft<Inventory>, path: string, id: unknown): Id {
  if (typeof id !== 'string' || !Object.hasOwn(draft.people, id)) {
    throw new RelmapError('not-found', path, `no person with id ${describe(id)}.`);
  }
  return id;
}

/** The person-to-person tie with this id, or a `not-found` error naming the argument. */
export function findTie(draft: Draft<Inventory>, path: string, id: unknown): Draft<PersonTie> {
  const tie = typeof id === 'string' && Object.hasOwn(draft.ties, id) ? draft.ties[id] : undefined;
  if (!tie) throw new RelmapError('not-found', path, `no tie with id ${describe(id)}.`);
  return tie;
}

/**
 * Throws unless `changes` is an object whose every key is one the command edits, naming the first stray field.
 * A misspelt field (`closness`) would otherwise be dropped silently and the user would think it saved.
 */
export function checkChanges(path: string, changes: unknown, editable: ReadonlySet<string>, command: string): Record<string, unknown> {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw new RelmapError('invalid-argument', path, `expected an object of changes, got ${describe(changes)}.`);
  }
  for (const key of Object.keys(changes)) {
    if (!editable.has(key)) throw new RelmapError('invalid-argument', `${path}.${key}`, `is not a field ${command} edits.`);
  }
  return changes as Record<string, unknown>;
}

/** Throws unless `value` is a list; returns it for checking item by item. */
export function checkList(path: string, value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new RelmapError('invalid-argument', path, `expected a list of ${what}, got ${describe(value)}.`);
  return value;
}

/**
 * Whether two plain data values (text, numbers, notes, lists of ids) are equal. Commands write a value only when
 * it differs, because assigning even an equal new object to a draft makes a patch, and with it an undo step
 * for a change that changed nothing (rule H8).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k]));
}

/**
 * Throws `too-large` when a collection of the draft already holds `limit` records. The count comes from the
 * draft's index (draft-index.ts), so that many additions to one draft do not each count every record again.
 */
export function checkRoom(draft: Draft<Inventory>, name: 'people' | 'ties' | 'events', limit: number, noun: string): void {
  if (countOf(draft, name) >= limit) throw new RelmapError('too-large', name, `an inventory holds at most ${limit} ${noun}.`);
}

/**
 * Throws `too-large` when a record of records (a goal's reviews, the goals) already holds `limit` entries. It counts
 * the record as it stands: `Object.keys` on an immer draft asks the draft for a descriptor of every key.
 */
export function checkRecordRoom(collection: object, path: string, limit: number, noun: string): void {
  const count = Object.keys(collection).length;
  if (count >= limit) throw new RelmapError('too-large', path, `an inventory holds at most ${limit} ${noun}.`);
}

/** A short, safe description of a value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return 'undefined';
}
