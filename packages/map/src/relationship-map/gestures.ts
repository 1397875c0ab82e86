import { command, type Id } from '@relmap/core';
import type { PointerDelegate } from '../controllers/pointer-controller.ts';
import { readingOrder } from '../navigation.ts';
import type { KeyTarget } from './keyboard.ts';
import type { MapEditor } from './map-editor.ts';
import { NODE_RADIUS } from './render-map.ts';

/**
 * What the user's hands are doing to the map: a person being dragged, a link being drawn (by pointer or by
 * keyboard). It turns pointer and key input into commands on the map, and holds the transient state the map
 * draws (the drop-target ring, the rubber band).
 */
export class Gestures {
  /** The person being dragged, where, and the ring under the pointer. */
  dragging: { id: Id; x: number; y: number; ring: number } | undefined;
  /** A link being drawn by pointer: from whom, and where the pointer is. */
  linking: { from: Id; x: number; y: number } | undefined;
  /** A link started by keyboard (`L`), waiting for Enter on the other person. */
  keyboardLinkFrom: Id | undefined;

  constructor(private readonly map: MapEditor) {}

  /** The person `]` and `[` step around while the user walks along ties by keyboard. */
  tieAnchor: Id | undefined;

  /** Links two people (the map announces the change). */
  link(a: Id, b: Id): boolean {
    return this.map.dispatch(command('linkPeople', { a, b }));
  }

  /** Removes the selected people, or `fallback` when nothing is selected, as one step. */
  removeSelected(fallback?: Id): void {
    const map = this.map;
    const ids = map.selected.length > 0 ? [...map.selected] : fallback ? [fallback] : [];
    if (ids.length === 0) return;
    // Focus must not fall out of the map with the removed person: it goes to the nearest one left.
    const focused = map.activeId !== undefined && ids.includes(map.activeId);
    const at = focused ? map.layout.snapshot.positions.get(map.activeId!) : undefined;
    const done = map.transaction(ids.length === 1 ? 'removePerson' : 'removePeople', (tx) => {
      for (const id of ids) tx.dispatch(command('removePerson', { id }));
    });
    if (!done || !focused) return;
    const left = [...map.layout.snapshot.positions.values()].filter((p) => !ids.includes(p.id) && map.inventory.people[p.id]);
    const nearest = at ? left.sort((a, b) => Math.hypot(a.x - at.x, a.y - at.y) - Math.hypot(b.x - at.x, b.y - at.y))[0] : left[0];
    map.activeId = nearest?.id;
    if (nearest) map.focusPersonElement(nearest.id);
    else map.focusMap();
  }

  /** Ends a drag: the ring nearest the drop point becomes the closeness, the angle becomes a pin; one step. */
  private dropOnRing(id: Id, x: number, y: number): void {
    const map = this.map;
    const person = map.inventory.people[id];
    if (!person) return;
    const ring = map.layout.nearestRing(x, y);
    const angle = map.layout.angleOf(x, y);
    const applied = map.transaction('moveToRing', (tx) => {
      if (ring !== person.tie.ring) tx.dispatch(command('setCloseness', { id, ring }));
      tx.dispatch(command('setPin', { id, angle }));
    });
    if (!applied) map.layout.update(map.inventory, true);
  }

  /** The pointer controller's view of the map. */
  pointer(): PointerDelegate {
    const map = this.map;
    return {
      get editable() {
        return map.editable;
      },
      get linkMode() {
        return map.linkMode;
      },
      personAtPoint: (x, y, reach = 0) => {
        let best: Id | undefined;
        let bestD = Math.max(NODE_RADIUS + 6, reach);
        for (const p of map.layout.snapshot.positions.values()) {
          const d = Math.hypot(p.x - x, p.y - y);
          if (d <= bestD) [best, bestD] = [p.id, d];
        }
        return best;
      },
      dragMove: (id, x, y) => {
        const phase = this.dragging ? 'move' : 'start';
        this.dragging = { id, x, y, ring: map.layout.nearestRing(x, y) };
        map.layout.drag(id, x, y);
        map.dragged(id, phase);
      },
      dragEnd: (id, x, y) => {
        this.dragging = undefined;
        map.layout.release(id);
        this.dropOnRing(id, x, y);
        map.dragged(id, 'end');
      },
      dragCancel: (id) => {
        this.dragging = undefined;
        map.layout.release(id);
        map.layout.update(map.inventory, true);
        map.dragged(id, 'end');
      },
      linkMove: (from, x, y) => {
        this.linking = { from, x, y };
        map.requestUpdate();
      },
      linkEnd: (from, to) => {
        this.linking = undefined;
        map.requestUpdate();
        if (to) this.link(from, to);
      },
      tap: (id, additive) => {
        if (id === undefined) return map.select([]);
        map.activeId = id;
        map.select(additive ? [...map.selected, id] : [id]);
      },
      doubleTap: (id) => map.rename(id),
    };
  }

  /** The keyboard handler's view of the map. */
  keys(): KeyTarget {
    const map = this.map;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const gestures = this;
    return {
      get linkFrom() {
        return gestures.keyboardLinkFrom;
      },
      get inventory() {
        return map.inventory;
      },
      get editable() {
        return map.editable;
      },
      get tieAnchor() {
        return gestures.tieAnchor;
      },
      set tieAnchor(id) {
        gestures.tieAnchor = id;
      },
      get activeId() {
        return map.activeId ?? readingOrder([...map.layout.snapshot.positions.values()])[0]?.id;
      },
      positions: () => [...map.layout.snapshot.positions.values()].filter((p) => !map.collapsed().has(p.id)),
      focus: (id) => {
        map.activeId = id;
        map.focusPersonElement(id);
      },
      dispatch: (cmd) => map.dispatch(cmd),
      undo: () => map.undo(),
      redo: () => map.redo(),
      fit: () => map.fit(),
      zoom: (f) => map.zoom(f),
      pan: (dx, dy) => map.pan(dx, dy),
      openHelp: () => map.openHelp(),
      focusAdd: () => map.focusAdd(),
      focusSearch: () => map.focusSearch(),
      toggleFocusView: () => map.toggleFocusView(),
      announce: (message) => map.announce(message),
      labelOf: (id) => map.labelOf(id),
      noTiesMessage: (name) => map.text.announceNoTies(name),
      get linkCancelledMessage() {
        return map.text.announceLinkCancelled;
      },
      notLinkedMessage: (a, b) => map.text.announceNotLinked(a, b),
      toggleSelect: (id) => map.select(map.selected.includes(id) ? map.selected.filter((s) => s !== id) : [...map.selected, id]),
      clearSelection: () => map.select([]),
      rename: (id) => map.rename(id),
      removeSelectedOr: (id) => this.removeSelected(id),
      startLink: (id) => {
        this.keyboardLinkFrom = id;
        map.announce(map.text.announceLinkStart(map.labelOf(id)));
        map.requestUpdate();
      },
      cancelLink: () => {
        this.keyboardLinkFrom = undefined;
        map.requestUpdate();
      },
    };
  }
}
