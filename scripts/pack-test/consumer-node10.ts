// Type-checked by the packaging test with TypeScript 5.9 under `"moduleResolution": "node"` (node10), where
// package `exports` are not read: the sub-entry points must get their types from `typesVersions`.
import { addPerson, createInventory, type Inventory } from '@relmap/core';
import { RelationshipMap, type RelmapChangeEvent } from '@relmap/map/relationship-map';
import { RelationshipTable, type TableStrings } from '@relmap/map/relationship-table';
import { RelationshipDetail } from '@relmap/map/relationship-detail';
import { RelationshipCompare, type CompareMode } from '@relmap/map/relationship-compare';
import { RelationshipTable as ReactTable } from '@relmap/react';

const inventory: Inventory = addPerson(createInventory({ clientLabel: 'Maya' }), { name: 'Jonas', ring: 1 });
const map: RelationshipMap = document.createElement('relationship-map');
map.inventory = inventory;
map.addEventListener('relmap-change', (event: RelmapChangeEvent) => void event.detail.inventory);
const strings: Partial<TableStrings> = {};
const table: RelationshipTable = document.createElement('relationship-table');
table.strings = strings;
const detail: RelationshipDetail | null = document.querySelector('relationship-detail');
const mode: CompareMode = 'side-by-side';
const compare: RelationshipCompare | null = document.querySelector('relationship-compare');
void [detail, mode, compare, ReactTable];
