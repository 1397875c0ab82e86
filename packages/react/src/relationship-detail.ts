import { createComponent } from '@lit/react';
import { RelationshipDetail as RelationshipDetailElement } from '@relmap/map/relationship-detail';
import * as React from 'react';

/**
 * `<relationship-detail>` as a React component: the selected person's inventory row, edited through the map it is
 * bound to (`htmlFor`, the map's `id`; or `map`, the element itself from a ref). `personId`, `presenting` and
 * `strings` are props; the map's `presenting` counts too.
 */
export const RelationshipDetail = createComponent({
  tagName: 'relationship-detail',
  elementClass: RelationshipDetailElement,
  react: React,
  displayName: 'RelationshipDetail',
});

/** The props of the `RelationshipDetail` React component. */
export type RelationshipDetailProps = React.ComponentProps<typeof RelationshipDetail>;
