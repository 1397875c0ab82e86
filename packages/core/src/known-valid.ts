import type { Inventory } from './model.ts';

// Inventories that core itself made and knows to be valid (SPEC V12). Private to core: a host cannot add to it,
// so only the very objects core handed out skip the full check of `parseInventory`; a copy, however equal, does not.
const KNOWN: WeakSet<object> = new WeakSet();

/**
 * Marks an inventory that core made as valid. Only a frozen one is marked: identity stands for content only when
 * the content cannot change. Callers mark what they built from fresh, deeply frozen data (`parseInventory`,
 * `createInventory`) or produced with core's own immer, which cannot be told not to freeze, from an inventory that
 * was itself marked (commands, stores, `applyCommands`). Returns the inventory.
 */
export function markValid<T extends Inventory>(inventory: T): T {
  if (Object.isFrozen(inventory)) KNOWN.add(inventory);
  return inventory;
}

/** Whether this very object is an inventory core made and marked as valid. */
export function isKnownValid(value: unknown): value is Inventory {
  return typeof value === 'object' && value !== null && KNOWN.has(value);
}

/** Marks `next` when it was made by core from `base` and `base` was known valid; returns `next`. */
export function markIfFrom<T extends Inventory>(base: unknown, next: T): T {
  return isKnownValid(base) ? markValid(next) : next;
}
