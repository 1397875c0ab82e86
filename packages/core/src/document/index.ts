export { parseInventory, assertInventory, inventoryError, type ParseResult } from './parse-inventory.ts';
export { parseInventoryJson } from './parse-inventory-json.ts';
export { serializeInventory } from './serialize-inventory.ts';
export { migrateInventory, type Migration, type MigrationResult, type MigratedDocument } from './migrate.ts';
export { takeSnapshot, isIsoDateTime, type Snapshot, type TakeSnapshotOptions } from './snapshot.ts';
export { MAX_ISSUES } from './issue-list.ts';
export { withoutPrivateNotes } from './without-private-notes.ts';
export { neutraliseIds, type IdRenaming, type NeutralisedIds } from './neutralise-ids.ts';
