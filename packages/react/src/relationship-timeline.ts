import { createComponent } from '@lit/react';
import { RelationshipTimeline as RelationshipTimelineElement } from '@relmap/map/relationship-timeline';
import * as React from 'react';

/**
 * `<relationship-timeline>` as a React component: the inventory's life events on a time axis, bound to a map. Name
 * the map with `htmlFor` (the element's `for` attribute: the map's `id`). Selecting an event sets the map's
 * `highlight`; `strings`, `presenting` and `theme` are props.
 */
export const RelationshipTimeline = createComponent({
  tagName: 'relationship-timeline',
  elementClass: RelationshipTimelineElement,
  react: React,
  displayName: 'RelationshipTimeline',
});

/** The props of the `RelationshipTimeline` React component. */
export type RelationshipTimelineProps = React.ComponentProps<typeof RelationshipTimeline>;
