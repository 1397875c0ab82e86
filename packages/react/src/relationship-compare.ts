import { createComponent } from '@lit/react';
import { RelationshipCompare as RelationshipCompareElement } from '@relmap/map/relationship-compare';
import * as React from 'react';

/**
 * `<relationship-compare>` as a React component: two snapshots (`earlier`, `later`, from `takeSnapshot`) side by
 * side or as one map with the changes marked (`mode`). `presenting` and `labelMode` are props, as on the map.
 */
export const RelationshipCompare = createComponent({
  tagName: 'relationship-compare',
  elementClass: RelationshipCompareElement,
  react: React,
  displayName: 'RelationshipCompare',
});

/** The props of the `RelationshipCompare` React component. */
export type RelationshipCompareProps = React.ComponentProps<typeof RelationshipCompare>;
