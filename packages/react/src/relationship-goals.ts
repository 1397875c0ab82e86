import { createComponent } from '@lit/react';
import { RelationshipGoals as RelationshipGoalsElement } from '@relmap/map/relationship-goals';
import * as React from 'react';

/**
 * `<relationship-goals>` as a React component: the treatment goals agreed with the client and their reviews, bound
 * to a map and editable through its session. Name the map with `htmlFor` (the element's `for` attribute: the map's
 * `id`); `strings`, `presenting` and `theme` are props.
 */
export const RelationshipGoals = createComponent({
  tagName: 'relationship-goals',
  elementClass: RelationshipGoalsElement,
  react: React,
  displayName: 'RelationshipGoals',
});

/** The props of the `RelationshipGoals` React component. */
export type RelationshipGoalsProps = React.ComponentProps<typeof RelationshipGoals>;
