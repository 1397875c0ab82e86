/**
 * Freezes plain data and everything in it, as immer's `freeze(value, true)` does for plain objects and arrays, and
 * returns it. Modules that must stay usable without immer (such as `createInventory`, which `<relationship-table>`
 * calls) freeze with this, so that importing them does not bundle immer.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
