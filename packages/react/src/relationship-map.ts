import { createComponent, type EventName } from '@lit/react';
import {
  RelationshipMap as RelationshipMapElement,
  type RelmapBlankEvent,
  type RelmapChangeEvent,
  type RelmapDragEvent,
  type RelmapErrorEvent,
  type RelmapSelectEvent,
  type RelmapSettleEvent,
} from '@relmap/map/relationship-map';
import * as React from 'react';

/**
 * `<relationship-map>` as a React component. Properties of the element (`inventory`, `selection`, `strings`,
 * `readonly`, `labelMode`, `presenting`, ...) are props; events are typed props: `onRelmapChange`,
 * `onRelmapSelect`, `onRelmapSettle`, `onRelmapBlank`, `onRelmapDrag` and `onRelmapError`. A `ref` gives the element itself, for
 * its methods (`undo()`, `fit()`, `toSVG()`, ...).
 *
 * Run it controlled by calling `event.preventDefault()` in `onRelmapChange` and passing
 * `event.detail.inventory` back in as the `inventory` prop; or leave the event alone and the map applies the
 * change itself.
 */
export const RelationshipMap = createComponent({
  tagName: 'relationship-map',
  elementClass: RelationshipMapElement,
  react: React,
  events: {
    onRelmapChange: 'relmap-change' as EventName<RelmapChangeEvent>,
    onRelmapSelect: 'relmap-select' as EventName<RelmapSelectEvent>,
    onRelmapSettle: 'relmap-settle' as EventName<RelmapSettleEvent>,
    onRelmapBlank: 'relmap-blank' as EventName<RelmapBlankEvent>,
    onRelmapDrag: 'relmap-drag' as EventName<RelmapDragEvent>,
    onRelmapError: 'relmap-error' as EventName<RelmapErrorEvent>,
  },
  displayName: 'RelationshipMap',
});

/** The props of the `RelationshipMap` React component. */
export type RelationshipMapProps = React.ComponentProps<typeof RelationshipMap>;
