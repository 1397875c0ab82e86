import type { Id, Inventory } from '@relmap/core';
import type { NavPoint } from '../navigation.ts';
import { stepAlongTies } from '../tie-navigation.ts';

/** What the view keys need from the map. */
export interface ViewKeyTarget {
  readonly inventory: Inventory;
  readonly editable: boolean;
  /** The person keyboard focus is on (or the first person). */
  readonly activeId: Id | undefined;
  /** The person `]` and `[` step around; reset by any other key. */
  tieAnchor: Id | undefined;
  positions(): readonly NavPoint[];
  focus(id: Id): void;
  zoom(factor: number): void;
  pan(dx: number, dy: number): void;
  openHelp(): void;
  focusAdd(): void;
  /** Moves focus to the field that finds a person. */
  focusSearch(): void;
  /** Turns the focus view (all but the selection's ties faded) on or off. */
  toggleFocusView(): void;
  announce(message: string): void;
  labelOf(id: Id): string;
  noTiesMessage(name: string): string;
  /** What is said when Escape cancels a link in progress. */
  readonly linkCancelledMessage: string;
}

/** How far one Shift+arrow pans, in CSS pixels. */
const PAN_STEP = 60;
const ZOOM_STEP = 1.25;

/** Keys that only modify the next one, pressed on their own. */
const MODIFIERS: ReadonlySet<string> = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);

const PAN: Record<string, readonly [number, number]> = {
  ArrowLeft: [PAN_STEP, 0],
  ArrowRight: [-PAN_STEP, 0],
  ArrowUp: [0, PAN_STEP],
  ArrowDown: [0, -PAN_STEP],
};

/**
 * Keys that change what is seen rather than the inventory: Shift+arrows pan (the view moves the way the arrow
 * points), `I` and `O` zoom in and out (`+` and `-` already change rings, and Ctrl with them is the browser's
 * own zoom, which the map must leave alone), `]` and `[` (or Page Down and Page Up) step through the people
 * linked to the person where the stepping began, `?` opens the list of keys, and `N` or Insert goes to the field
 * that adds a person.
 * Returns whether the key was one of these.
 */
export function handleViewKey(map: ViewKeyTarget, e: KeyboardEvent, pressed: string): boolean {
  // Page Down and Page Up do the same as ] and [, which need AltGr on many European layouts.
  const key = pressed === 'PageDown' ? ']' : pressed === 'PageUp' ? '[' : pressed;
  // Shift on its own is the start of Shift+T or Shift+D, which act on the tie the walk found: it must not end the walk.
  const walkGoesOn = key === ']' || key === '[' || key === 'u' || key === 't' || key === 'd' || MODIFIERS.has(key);
  if (!walkGoesOn) map.tieAnchor = undefined;
  if (e.shiftKey && key in PAN) {
    const [dx, dy] = PAN[key]!;
    map.pan(dx, dy);
    return true;
  }
  if (key === 'i' && !e.shiftKey) return (map.zoom(ZOOM_STEP), true);
  if (key === 'o' && !e.shiftKey) return (map.zoom(1 / ZOOM_STEP), true);
  if (key === '?') return (map.openHelp(), true);
  if (key === '/') return (map.focusSearch(), true);
  if (key === 'f' && !e.shiftKey) return (map.toggleFocusView(), true);
  if ((key === 'n' && !e.shiftKey) || key === 'Insert') {
    if (!map.editable) return false;
    map.focusAdd();
    return true;
  }
  if (key === ']' || key === '[') {
    const id = map.activeId;
    if (!id || !map.inventory.people[id]) return true;
    const anchor = map.tieAnchor && map.inventory.people[map.tieAnchor] ? map.tieAnchor : id;
    const next = stepAlongTies(map.inventory, anchor, id, key === ']' ? 1 : -1, map.positions());
    if (!next) {
      map.announce(map.noTiesMessage(map.labelOf(anchor)));
      return true;
    }
    map.tieAnchor = anchor;
    map.focus(next);
    return true;
  }
  return false;
}
