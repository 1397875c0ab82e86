import type { Inventory } from '@relmap/core';

/** The record collections of an inventory, which a delta updates record by record. */
const COLLECTIONS = ['people', 'ties', 'events', 'focus', 'goals'] as const;
type Collection = (typeof COLLECTIONS)[number];

/**
 * What changed between two versions of an inventory, record by record: the records to set (added or changed), the
 * ids to remove, and the client and settings when they changed. Records are compared by reference, which is
 * exact for inventories made by commands and by `withoutPrivateNotes`: both keep untouched records as they were.
 */
export interface InventoryDelta {
  readonly set: readonly (readonly [Collection, string, unknown])[];
  readonly remove: readonly (readonly [Collection, string])[];
  readonly client?: Inventory['client'];
  readonly settings?: Inventory['settings'];
}

/** The delta that turns `before` into `after`. */
export function inventoryDelta(before: Inventory, after: Inventory): InventoryDelta {
  const set: [Collection, string, unknown][] = [];
  const remove: [Collection, string][] = [];
  for (const key of COLLECTIONS) {
    const a = before[key] as Readonly<Record<string, unknown>>;
    const b = after[key] as Readonly<Record<string, unknown>>;
    if (a === b) continue;
    for (const [id, record] of Object.entries(b)) if (a[id] !== record) set.push([key, id, record]);
    for (const id of Object.keys(a)) if (!Object.hasOwn(b, id)) remove.push([key, id]);
  }
  return {
    set,
    remove,
    ...(before.client === after.client ? {} : { client: after.client }),
    ...(before.settings === after.settings ? {} : { settings: after.settings }),
  };
}

/**
 * Applies a delta to an inventory and returns the result, which the receiver should still check (a map does, on
 * `map.inventory = …`). The input is not changed.
 */
export function applyInventoryDelta(base: Inventory, delta: InventoryDelta): Inventory {
  const next: Record<string, unknown> = { ...base };
  for (const key of COLLECTIONS) {
    if (!delta.set.some(([k]) => k === key) && !delta.remove.some(([k]) => k === key)) continue;
    const records: Record<string, unknown> = { ...(base[key] as Readonly<Record<string, unknown>>) };
    for (const [k, id, record] of delta.set) if (k === key) records[id] = record;
    for (const [k, id] of delta.remove) if (k === key) delete records[id];
    next[key] = records;
  }
  if (delta.client) next.client = delta.client;
  if (delta.settings) next.settings = delta.settings;
  return next as unknown as Inventory;
}
