// Type-checked by the packaging test against the packed packages, as an application would use them.
import {
  addPerson,
  createInventory,
  exportCsv,
  exportFhir,
  exportGraphml,
  importCsv,
  type FhirBundle,
  type ImportResult,
  type Inventory,
  type Snapshot,
} from '@relmap/core';
import { computeLayout } from '@relmap/layout';
import { RelationshipMap as RelationshipMapElement, defaultStrings, type MapStrings, type RelmapChangeEvent } from '@relmap/map/relationship-map';
import { RelationshipTable, type TableStrings } from '@relmap/map/relationship-table';
import type { RelationshipCompare } from '@relmap/map';
import { RelationshipCompare as CompareView, RelationshipDetail, RelationshipMap, RelationshipTable as TableView } from '@relmap/react';
import { useState } from 'react';

let inventory: Inventory = createInventory({ clientLabel: 'Maya' });
inventory = addPerson(inventory, { id: 'jonas', name: 'Jonas', category: 'partner', ring: 1 });

const files = exportCsv(inventory, { includePrivateNotes: false });
const back: ImportResult = importCsv(files);
if (back.ok) back.inventory.people['jonas']?.tie.ring.toFixed();
const bundle: FhirBundle = exportFhir(inventory);
const graphml: string = exportGraphml(inventory);
void [bundle.entry.length, graphml.length, computeLayout];

const map: RelationshipMapElement = document.createElement('relationship-map');
map.inventory = inventory;
const strings: Partial<MapStrings> = { ...defaultStrings };
map.strings = strings;
const table: RelationshipTable = document.createElement('relationship-table');
const tableStrings: Partial<TableStrings> = {};
table.strings = tableStrings;
const compare: RelationshipCompare | null = document.querySelector('relationship-compare');
void compare;
map.addEventListener('relmap-change', (event: RelmapChangeEvent) => {
  const next: Inventory = event.detail.inventory;
  void next;
});

export function App() {
  const [current, setCurrent] = useState(inventory);
  return (
    <RelationshipMap
      inventory={current}
      readonly={false}
      onRelmapChange={(event) => {
        event.preventDefault();
        setCurrent(event.detail.inventory);
      }}
      onRelmapSelect={(event) => console.log(event.detail.ids.join(', '))}
    />
  );
}

// Every element as a React component, and as a JSX tag.
export function Everything({ earlier, later }: { earlier: Snapshot; later: Snapshot }) {
  return (
    <>
      <RelationshipMap id="map" inventory={inventory} presenting />
      <TableView htmlFor="map" readonly={false} />
      <RelationshipDetail htmlFor="map" personId="jonas" />
      <CompareView earlier={earlier} later={later} mode="side-by-side" />
      <relationship-map id="plain" inventory={inventory} presenting label-mode="initials" />
      <relationship-table for="plain" />
      <relationship-detail for="plain" person-id="jonas" />
      <relationship-compare earlier={earlier} later={later} mode="changes" />
    </>
  );
}
