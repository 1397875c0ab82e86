/**
 * `@relmap/map/relationship-table`: registers `<relationship-table>` alone and exports what its API names. The table
 * edits a `<relationship-map>` found by id, so a page that shows both imports that entry point too.
 */
import { RelationshipTable } from './relationship-table/relationship-table.ts';

// Registration is the one side effect of this module; a second copy of the package is tolerated.
if (typeof customElements !== 'undefined' && !customElements.get('relationship-table')) {
  customElements.define('relationship-table', RelationshipTable);
}

export { RelationshipTable };
export { defaultTableStrings, type TableStrings } from './relationship-table/table-strings.ts';
export { sortRows, type SortKey, type SortDirection, type SortState } from './relationship-table/sort-rows.ts';
