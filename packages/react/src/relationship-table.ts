import { createComponent } from '@lit/react';
import { RelationshipTable as RelationshipTableElement } from '@relmap/map/relationship-table';
import * as React from 'react';

/**
 * `<relationship-table>` as a React component: the inventory as a sortable, editable table bound to a map. Name
 * the map with `htmlFor` (the element's `for` attribute: the map's `id`). Its edits go through the map, so the map's
 * `onRelmapChange` sees them and undo covers them. `strings`, `readonly` and `theme` are props.
 */
export const RelationshipTable = createComponent({
  tagName: 'relationship-table',
  elementClass: RelationshipTableElement,
  react: React,
  displayName: 'RelationshipTable',
});

/** The props of the `RelationshipTable` React component. */
export type RelationshipTableProps = React.ComponentProps<typeof RelationshipTable>;
