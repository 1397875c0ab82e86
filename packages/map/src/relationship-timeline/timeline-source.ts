import type { Id, Inventory } from '@relmap/core';
import type { LabelMode } from '../labels.ts';
import type { EditingSession } from '../session/editing-session.ts';
import type { MapStrings } from '../strings.ts';

/**
 * What the timeline reads from, and does to, the inventory it shows. Everything in the element goes through this
 * interface, which an editing session provides (`sessionSource`).
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
}

/** The timeline's view of an editing session. */
export function sessionSource(session: EditingSession): TimelineSource {
  return {
    get inventory() {
      return session.inventory;
    },
    get selection() {
      return session.selection;
    },
    get highlight() {
      return session.highlight;
    },
    get presenting() {
      return session.presenting;
    },
    get labelMode() {
      return session.labelMode;
    },
    get strings() {
      return session.text;
    },
    get now() {
      return session.now;
    },
    get blanked() {
      return session.blanked;
    },
    setHighlight(ids) {
      session.highlight = ids;
    },
  };
}
