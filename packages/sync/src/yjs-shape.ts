import * as Y from 'yjs';
import { CURRENT_VERSION, SCHEMA, type Inventory } from '@relmap/core';

/** The record collections of an inventory; each is a `Y.Map` of records keyed by id (rule Y1). */
export const COLLECTIONS = ['people', 'ties', 'events', 'focus', 'goals'] as const;
/** One of the record collections. */
export type Collection = (typeof COLLECTIONS)[number];

type Plain = Readonly<Record<string, unknown>>;

/**
 * The field of a record that is a `Y.Map` of its own, merged key by key: a person's `tie` (two devices changing the
 * ring and the conflict both keep theirs) and a goal's `reviews` (two devices recording a review both keep theirs).
 */
const NESTED: Partial<Record<Collection, string>> = { people: 'tie', goals: 'reviews' };

/**
 * The Yjs shape of an inventory (rule Y1): a top-level `Y.Map` per collection, holding one `Y.Map` per record keyed
 * by its id, whose keys are the record's fields and whose values are plain JSON; a person's `tie` and a goal's
 * `reviews` are `Y.Map`s of their own, so that two devices changing the ring and the conflict of one person, or
 * reviewing one goal, both keep their change. `client`
 * and `settings` are top-level `Y.Map`s of fields. A field is the unit of merge: a note, a pin or a list of ids is
 * replaced whole.
 */
export function collection(doc: Y.Doc, name: Collection): Y.Map<Y.Map<unknown>> {
  return doc.getMap(name);
}

/** Whether the document holds nothing yet (a room no one has written to). */
export function isEmpty(doc: Y.Doc): boolean {
  return doc.getMap('settings').size === 0;
}

/** Writes every record of `inventory` into an empty document. */
export function seed(doc: Y.Doc, inventory: Inventory, origin: unknown): void {
  doc.transact(() => writeDiff(doc, emptyLike(inventory), inventory), origin);
}

function emptyLike(inventory: Inventory): Inventory {
  return { ...inventory, client: {} as Inventory['client'], settings: {} as Inventory['settings'], people: {}, ties: {}, events: {}, focus: {}, goals: {} };
}

/**
 * Writes what changed from `before` to `after` into the document, field by field (rule Y2): records added are
 * written whole, records removed are deleted, and of a changed record only the fields that changed are set or
 * deleted. Records are compared by reference first (commands keep untouched records as they were), then fields by
 * value. Returns the records this write created, so a binding can tell later whether another device's record
 * took their id (rule Y6).
 */
export function writeDiff(doc: Y.Doc, before: Inventory, after: Inventory): Y.Map<unknown>[] {
  const created: Y.Map<unknown>[] = [];
  for (const name of COLLECTIONS) {
    const a = plain(before[name]) as Readonly<Record<string, Plain>>;
    const b = plain(after[name]) as Readonly<Record<string, Plain>>;
    if (a === b) continue;
    const map = collection(doc, name);
    for (const id of Object.keys(a)) if (!Object.hasOwn(b, id)) map.delete(id);
    for (const [id, record] of Object.entries(b)) {
      const old = a[id];
      if (old === record) continue;
      const existing = map.get(id);
      if (old === undefined || !(existing instanceof Y.Map)) {
        const fresh = recordMap(name, record);
        map.set(id, fresh);
        created.push(fresh);
      } else {
        writeFields(existing, old, record, NESTED[name]);
      }
    }
  }
  if (before.client !== after.client) writeFields(doc.getMap('client'), plain(before.client), plain(after.client));
  if (before.settings !== after.settings) writeFields(doc.getMap('settings'), plain(before.settings), plain(after.settings));
  return created;
}

/** Inventory data read as plain JSON records, which is what it is. */
function plain(value: object): Plain {
  return value as Plain;
}

function recordMap(name: Collection, record: Plain): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (key === NESTED[name]) {
      const tie = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(value as Plain)) tie.set(k, v);
      map.set(key, tie);
    } else {
      map.set(key, value);
    }
  }
  return map;
}

function writeFields(map: Y.Map<unknown>, before: Plain, after: Plain, nested?: string): void {
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) map.delete(key);
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    if (old === value) continue;
    const inner = map.get(key);
    if (key === nested && inner instanceof Y.Map && old !== undefined) {
      writeFields(inner, old as Plain, value as Plain);
    } else if (key === nested) {
      const tie = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(value as Plain)) tie.set(k, v);
      map.set(key, tie);
    } else if (JSON.stringify(old) !== JSON.stringify(value)) {
      map.set(key, value);
    }
  }
}

/**
 * The document as plain data, in the shape of an inventory but not yet checked: merging may have left a tie to
 * someone removed elsewhere, which `repairInventory` takes out.
 */
export function readRaw(doc: Y.Doc): Record<string, unknown> {
  const out: Record<string, unknown> = { schema: SCHEMA, version: CURRENT_VERSION };
  out['client'] = doc.getMap('client').toJSON();
  out['settings'] = doc.getMap('settings').toJSON();
  for (const name of COLLECTIONS) out[name] = collection(doc, name).toJSON();
  return out;
}
