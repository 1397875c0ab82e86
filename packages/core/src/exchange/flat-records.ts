import { FIELD_ORDER } from '../document/field-order.ts';
import { CLIENT_TIE_NOTES, type ClientTie, type Note, type Person, type PersonTie, type Settings } from '../model.ts';
import { keptNote, type ExportOptions } from './options.ts';

/**
 * Flat, string-valued views of people and ties, shared by the CSV and GraphML formats: one column (or GraphML
 * key) per field of the model, and for a note two, its text and `<field>Sensitivity`. A pin becomes `pinAngle`,
 * a layout hint `hintAngle`, and the remembered ring radii `ringRadius1` to `ringRadius5`.
 * Absent fields are empty strings, so an empty cell always means "not set".
 */
export type FlatRecord = Readonly<Record<string, string>>;

const PERSON_NOTES = ['notes'] as const;
const NOTE_FIELDS: ReadonlySet<string> = new Set([...PERSON_NOTES, ...CLIENT_TIE_NOTES, 'label']);
const NUMBER_FIELDS: ReadonlySet<string> = new Set(['ring', 'pinAngle', 'hintAngle']);
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['ended']);

function columnsOf(fields: readonly string[]): string[] {
  return fields.flatMap((field) => (NOTE_FIELDS.has(field) ? [field, `${field}Sensitivity`] : [field]));
}

/** The columns of a person, person fields first and then the inventory row, without the id. */
export const PERSON_COLUMNS: readonly string[] = [
  ...columnsOf(FIELD_ORDER.person.filter((f) => f !== 'id' && f !== 'tie' && f !== 'pin' && f !== 'hint')),
  ...columnsOf(FIELD_ORDER.clientTie),
  'pinAngle',
  'hintAngle',
];

/** The columns (or GraphML keys) of the remembered ring radii, one per possible ring. */
export const RING_RADIUS_COLUMNS: readonly string[] = ['ringRadius1', 'ringRadius2', 'ringRadius3', 'ringRadius4', 'ringRadius5'];

/** The remembered ring radii as cells, one per `RING_RADIUS_COLUMNS`, empty where there is none. */
export function ringRadiusCells(settings: Settings): string[] {
  return RING_RADIUS_COLUMNS.map((_, i) => (settings.ringRadii?.[i] === undefined ? '' : String(settings.ringRadii[i])));
}

/**
 * The remembered ring radii of a file, for `settings.ringRadii`: `{}` when it has none (a file from another tool),
 * else the cells of the first `rings` columns as numbers (text that is not one is passed on, for `parseInventory`
 * to name).
 */
export function readRingRadii(cell: (name: string) => string, rings: number): { ringRadii?: unknown[] } {
  const cells = RING_RADIUS_COLUMNS.map(cell);
  if (cells.every((c) => c === '')) return {};
  return { ringRadii: cells.slice(0, Number.isInteger(rings) ? rings : 0).map((c) => typed('hintAngle', c)) };
}

/** The columns of the inventory row alone (the client's tie to a person). */
export const CLIENT_TIE_COLUMNS: readonly string[] = columnsOf(FIELD_ORDER.clientTie);

/** The columns of a tie between two people, without its id and its ends. */
export const PERSON_TIE_COLUMNS: readonly string[] = columnsOf(FIELD_ORDER.personTie.filter((f) => f !== 'id' && f !== 'a' && f !== 'b'));

function write(into: Record<string, string>, fields: readonly string[], source: object, options: ExportOptions): void {
  const values = source as Readonly<Record<string, unknown>>;
  for (const field of fields) {
    const value = values[field];
    if (NOTE_FIELDS.has(field)) {
      const note = keptNote(value as Note | undefined, options);
      into[field] = note?.text ?? '';
      into[`${field}Sensitivity`] = note?.sensitivity ?? '';
    } else {
      into[field] = scalarText(value);
    }
  }
}

/** A field other than a note as one cell: those are numbers, booleans and words; anything else is left empty. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** A person as a flat record (without the id), leaving out private notes unless the options include them. */
export function flattenPerson(person: Person, options: ExportOptions): FlatRecord {
  const out: Record<string, string> = {};
  write(
    out,
    FIELD_ORDER.person.filter((f) => f !== 'id' && f !== 'tie' && f !== 'pin' && f !== 'hint'),
    person,
    options,
  );
  write(out, FIELD_ORDER.clientTie, person.tie, options);
  out['pinAngle'] = person.pin ? String(person.pin.angle) : '';
  out['hintAngle'] = person.hint ? String(person.hint.angle) : '';
  return out;
}

/** The inventory row of a person as a flat record. */
export function flattenClientTie(tie: ClientTie, options: ExportOptions): FlatRecord {
  const out: Record<string, string> = {};
  write(out, FIELD_ORDER.clientTie, tie, options);
  return out;
}

/** A person-to-person tie as a flat record (without its id and ends). */
export function flattenPersonTie(tie: PersonTie, options: ExportOptions): FlatRecord {
  const out: Record<string, string> = {};
  write(
    out,
    FIELD_ORDER.personTie.filter((f) => f !== 'id' && f !== 'a' && f !== 'b'),
    tie,
    options,
  );
  return out;
}

// A value from a cell, typed for the model; text that is not a number or a boolean is passed on as it is, so that
// `parseInventory` names the field and what it expected.
function typed(field: string, value: string): unknown {
  if (NUMBER_FIELDS.has(field)) return /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(value.trim()) ? Number(value) : value;
  if (BOOLEAN_FIELDS.has(field)) return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function read(fields: readonly string[], cell: (name: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (NOTE_FIELDS.has(field)) {
      const text = cell(field);
      const sensitivity = cell(`${field}Sensitivity`);
      // A note written by hand with no sensitivity is private: the safe reading of an unmarked note.
      if (sensitivity !== '' || text !== '') out[field] = { text, sensitivity: sensitivity || 'private' };
    } else {
      const value = cell(field);
      if (value !== '') out[field] = typed(field, value);
    }
  }
  return out;
}

/** Defaults for the fields a personal-network tool may not have: used only where a cell is empty or missing. */
export interface PersonDefaults {
  /** The ring for a person with none: the outermost. */
  readonly ring: number;
}

/**
 * A person as plain data from a flat record, with the id given; `parseInventory` checks it afterwards. Required
 * fields left empty take neutral defaults (an `other` person, no conflict, no support, the outermost ring), so
 * that a list from another personal-network tool can be read.
 */
export function unflattenPerson(id: string, cell: (name: string) => string, defaults: PersonDefaults): Record<string, unknown> {
  const person = read(
    FIELD_ORDER.person.filter((f) => f !== 'id' && f !== 'tie' && f !== 'pin' && f !== 'hint'),
    cell,
  );
  const tie = read(FIELD_ORDER.clientTie, cell);
  const pin = cell('pinAngle');
  const hint = cell('hintAngle');
  return {
    id,
    ...person,
    category: person['category'] ?? 'other',
    kind: person['kind'] ?? 'person',
    status: person['status'] ?? 'living',
    tie: { ...tie, ring: tie['ring'] ?? defaults.ring, conflict: tie['conflict'] ?? 'none', support: tie['support'] ?? 'none' },
    ...(pin === '' ? {} : { pin: { angle: typed('pinAngle', pin) } }),
    ...(hint === '' ? {} : { hint: { angle: typed('hintAngle', hint) } }),
  };
}

/** The inventory row fields of a flat record, as plain data (without defaults). */
export function unflattenClientTie(cell: (name: string) => string): Record<string, unknown> {
  return read(FIELD_ORDER.clientTie, cell);
}

/** A person-to-person tie as plain data from a flat record; closeness and conflict default to `normal` and `none`. */
export function unflattenPersonTie(id: string, a: string, b: string, cell: (name: string) => string): Record<string, unknown> {
  const tie = read(
    FIELD_ORDER.personTie.filter((f) => f !== 'id' && f !== 'a' && f !== 'b'),
    cell,
  );
  return { id, a, b, ...tie, closeness: tie['closeness'] ?? 'normal', conflict: tie['conflict'] ?? 'none' };
}

/** The outermost ring a set of plain people uses, at least `min`; for choosing a ring count on import. */
export function outermostRing(people: Iterable<Record<string, unknown>>, min: number): number {
  let max = min;
  for (const person of people) {
    const ring = (person['tie'] as Record<string, unknown> | undefined)?.['ring'];
    if (typeof ring === 'number' && Number.isInteger(ring) && ring > max && ring <= 5) max = ring;
  }
  return max;
}
