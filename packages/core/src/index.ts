export * from './model.ts';
export * from './errors.ts';
export {
  countingIdSource,
  ID_PREFIXES,
  isValidId,
  newId,
  randomIdSource,
  setIdSource,
  type IdKind,
  type IdSource,
} from './ids.ts';
export { LIMITS } from './limits.ts';
export { defineCommand, type CommandDefinition, type Recipe } from './define-command.ts';
export * from './commands/index.ts';
export { createInventory, type CreateInventoryInit } from './create-inventory.ts';
export * from './store.ts';
export { mergeChange } from './merge-change.ts';
export type { Patch } from 'immer';
export * from './document/index.ts';
export * from './diff/index.ts';
export * from './exchange/index.ts';
