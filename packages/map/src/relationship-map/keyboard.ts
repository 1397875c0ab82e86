import { command, type Command, type Id, type Inventory } from '@relmap/core';
import { nextInDirection, type NavDirection, type NavPoint } from '../navigation.ts';
import { handleEditKey, type EditKeyTarget } from './keyboard-edits.ts';
import { handleViewKey, type ViewKeyTarget } from './keyboard-view.ts';

/** What the keyboard handler needs from the map. */
export interface KeyTarget extends EditKeyTarget, ViewKeyTarget {
  readonly inventory: Inventory;
  readonly editable: boolean;
  /** The person keyboard focus is on (or the first person). */
  readonly activeId: Id | undefined;
  /** The person a keyboard link started from, if a link is in progress. */
  readonly linkFrom: Id | undefined;
  positions(): readonly NavPoint[];
  focus(id: Id): void;
  dispatch(cmd: Command): boolean;
  undo(): boolean;
  redo(): boolean;
  fit(): void;
  zoom(factor: number): void;
  toggleSelect(id: Id): void;
  clearSelection(): void;
  rename(id: Id): void;
  removeSelectedOr(id: Id): void;
  startLink(id: Id): void;
  cancelLink(): void;
}

const ARROWS: Record<string, NavDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The map's keys. Arrows move between people; `+` and `-` move the focused person one ring in or out; Delete
 * removes; Enter or F2 renames (or completes a link); Space selects; `L` starts a link; Escape cancels;
 * Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes; `0` fits the map in view. The view keys (pan, zoom, `]` and
 * `[` along ties, help, add) are in `keyboard-view.ts`, the other edits (conflict, support, a tie's conflict and
 * closeness, unlink, delete) in `keyboard-edits.ts`. Keys typed into a text field are left alone, except undo
 * and redo outside of one.
 */
export function handleMapKey(map: KeyTarget, e: KeyboardEvent): void {
  const inField = (e.composedPath()[0] as Element | undefined)?.matches?.('input, select, textarea') ?? false;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && !inField && (key === 'z' || key === 'y')) {
    e.preventDefault();
    if (key === 'y' || e.shiftKey) map.redo();
    else map.undo();
    return;
  }
  if (inField || mod || e.altKey) return;
  const onPerson = (e.composedPath()[0] as Element | undefined)?.hasAttribute?.('data-id') ?? false;
  const onMap = onPerson || ((e.composedPath()[0] as Element | undefined)?.matches?.('svg') ?? false);
  if (!onMap) return;
  const id = map.activeId;
  const person = id ? map.inventory.people[id] : undefined;
  const handled = (): void => e.preventDefault();

  if (handleViewKey(map, e, key)) return handled();
  if (key in ARROWS) {
    handled();
    const points = map.positions();
    const from = points.find((p) => p.id === id);
    if (!from) {
      if (points[0]) map.focus(points[0].id);
      return;
    }
    const next = nextInDirection(from, points, ARROWS[key]!);
    if (next) map.focus(next);
    return;
  }
  if (key === '0') return (handled(), map.fit());
  if (key === 'Escape') {
    handled();
    if (map.linkFrom) {
      map.cancelLink();
      map.announce(map.linkCancelledMessage);
    } else map.clearSelection();
    return;
  }
  if (!person || !id) return;
  if (key === ' ') return (handled(), map.toggleSelect(id));
  if (!map.editable) return;
  if (key === '+' || key === '=') {
    handled();
    if (person.tie.ring > 1) map.dispatch(command('setCloseness', { id, ring: person.tie.ring - 1 }));
    return;
  }
  if (key === '-' || key === '_') {
    handled();
    if (person.tie.ring < map.inventory.settings.rings) map.dispatch(command('setCloseness', { id, ring: person.tie.ring + 1 }));
    return;
  }
  if (handleEditKey(map, e, key, id, person)) return handled();
  if (key === 'l') return (handled(), map.startLink(id));
  if (key === 'Enter' || key === 'F2') {
    handled();
    const from = map.linkFrom;
    if (key === 'Enter' && from) {
      map.cancelLink();
      if (from !== id) map.dispatch(command('linkPeople', { a: from, b: id }));
      return;
    }
    map.rename(id);
  }
}
