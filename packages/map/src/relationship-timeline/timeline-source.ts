import type { Id, Inventory } from '@relmap/core';
import type { LabelMode } from '../labels.ts';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { defaultStrings, type MapStrings } from '../strings.ts';

/**
 * What the timeline reads from, and does to, the inventory it shows: the one place it touches a map. Everything
 * else in the element goes through this interface, so that another source (an editing session shared by every
 * element) can replace the map without the rest changing.
 */
export interface TimelineSource {
  /** The inventory as it is now. */
  readonly inventory: Inventory;
  /** The ids of the people selected. */
  readonly selection: readonly Id[];
  /** The ids of the people marked without being selected. */
  readonly highlight: readonly Id[];
  /** Whether the inventory is on a shared screen. */
  readonly presenting: boolean;
  /** The label mode the host chose, if any; the presenting policy decides the one in force. */
  readonly labelMode: LabelMode | undefined;
  /** The texts people's labels and relative dates are made with, defaults filled in. */
  readonly strings: MapStrings;
  /** Today, for dates said relative to it. */
  readonly now: Date | undefined;
  /** Whether everything of the inventory is hidden at once. */
  readonly blanked: boolean;
  /** Marks people without selecting them (an empty list clears the marks). */
  setHighlight(ids: readonly Id[]): void;
  /** Calls `onChange` after any of the values above changed; returns the function that stops it. */
  subscribe(onChange: () => void): () => void;
}

const MAP_EVENTS = ['relmap-change', 'relmap-select', 'relmap-blank'] as const;
const MAP_ATTRIBUTES = ['presenting', 'label-mode', 'blanked'];

/**
 * A `TimelineSource` over a `<relationship-map>`'s public API: its properties, its `relmap-change`, `relmap-select`
 * and `relmap-blank` events, its reflected `presenting`, `label-mode` and `blanked` attributes (it fires no event
 * for those), and its updates (Lit's public `addController`) for what a host sets without any event: an
 * inventory, strings or `now`. A change is passed on only when one of the values read here differs.
 */
export function mapSource(map: RelationshipMap): TimelineSource {
  let merged: { from: Partial<MapStrings>; strings: MapStrings } | undefined;
  const source: TimelineSource = {
    get inventory() {
      return map.inventory;
    },
    get selection() {
      return map.selection;
    },
    get highlight() {
      return map.highlight;
    },
    get presenting() {
      return map.presenting;
    },
    get labelMode() {
      return map.labelMode;
    },
    get strings() {
      if (merged?.from !== map.strings) merged = { from: map.strings, strings: { ...defaultStrings, ...map.strings } };
      return merged.strings;
    },
    get now() {
      return map.now;
    },
    get blanked() {
      return map.blanked;
    },
    setHighlight(ids) {
      map.highlight = ids;
    },
    subscribe(onChange) {
      let seen = snapshot(map);
      const check = (): void => {
        const now = snapshot(map);
        if (now.every((v, i) => v === seen[i])) return;
        seen = now;
        onChange();
      };
      // An event fires before the map applies what it announces: look once the map has.
      const later = (): void => void queueMicrotask(check);
      for (const type of MAP_EVENTS) map.addEventListener(type, later);
      const observer = new MutationObserver(check);
      observer.observe(map, { attributes: true, attributeFilter: MAP_ATTRIBUTES });
      const controller = { hostUpdated: check };
      map.addController(controller);
      return () => {
        for (const type of MAP_EVENTS) map.removeEventListener(type, later);
        observer.disconnect();
        map.removeController(controller);
      };
    },
  };
  return source;
}

function snapshot(map: RelationshipMap): readonly unknown[] {
  return [map.inventory, map.selection, map.highlight, map.presenting, map.labelMode, map.strings, map.now, map.blanked];
}
