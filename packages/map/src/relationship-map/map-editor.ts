import type { Command, Id, Inventory, Transaction } from '@relmap/core';
import type { LayoutController } from '../controllers/layout-controller.ts';
import type { MapStrings } from '../strings.ts';
import { personElement } from './map-dom.ts';
import type { RelationshipMap } from './relationship-map.ts';
import type { ToolbarModel } from './render-controls.ts';
import type { ReadableHost } from './readable-view.ts';

/**
 * The narrow surface of the map that its gestures (pointer and keyboard) act through. The element builds one
 * over its private state, so the gesture code lives apart from the element and cannot reach anything else.
 */
export interface MapEditor {
  readonly inventory: Inventory;
  readonly editable: boolean;
  readonly linkMode: boolean;
  readonly selected: readonly Id[];
  readonly text: MapStrings;
  readonly layout: LayoutController;
  /** The person keyboard focus is on, if any. */
  activeId: Id | undefined;
  dispatch(cmd: Command): boolean;
  transaction(name: string, fn: (tx: Transaction) => void): boolean;
  undo(): boolean;
  redo(): boolean;
  fit(): void;
  zoom(factor: number): void;
  /** Pans the view by a screen offset in CSS pixels. */
  pan(dx: number, dy: number): void;
  /** Opens the keyboard help dialog. */
  openHelp(): void;
  /** Moves focus to the field that adds a person. */
  focusAdd(): void;
  /** Moves focus to the field that finds a person. */
  focusSearch(): void;
  /** Turns the focus view on or off. */
  toggleFocusView(): void;
  /** The people folded into a collapsed group, whom keyboard navigation skips. */
  collapsed(): ReadonlySet<Id>;
  /** Moves focus to the map itself (when no person is left to focus). */
  focusMap(): void;
  select(ids: readonly Id[]): void;
  rename(id: Id): void;
  focusPersonElement(id: Id): void;
  announce(message: string): void;
  labelOf(id: Id): string;
  requestUpdate(): void;
}

// The two adapters below read the element's private state as `map['name']`, which TypeScript checks like any
// other member access: they belong to the element, and live in this file to keep the element's own file small.

/** The map's editor, over the element's state, for its gestures. */
export function mapEditor(map: RelationshipMap): MapEditor {
  return {
    get inventory() {
      return map.inventory;
    },
    get editable() {
      return !map.readonly;
    },
    get linkMode() {
      return map['linkMode'];
    },
    get selected() {
      return map.selection;
    },
    get text() {
      return map['text'];
    },
    get layout() {
      return map['layout'];
    },
    get activeId() {
      return map['activeId'];
    },
    set activeId(id) {
      map['activeId'] = id;
    },
    dispatch: (cmd) => map.dispatch(cmd),
    transaction: (name, fn) => map.transaction(name, fn),
    undo: () => map.undo(),
    redo: () => map.redo(),
    fit: () => map.fit(),
    zoom: (f) => map.zoom(f),
    pan: (dx, dy) => map['viewport'].panBy(dx, dy),
    openHelp: () => map.openHelp(),
    focusAdd: () => map.renderRoot.querySelector<HTMLInputElement>('.quick-add input')?.focus(),
    focusSearch: () => map['readable'].focusSearch(),
    toggleFocusView: () => map['readable'].toggleFocus(),
    collapsed: () => map['readable'].collapsedIds,
    focusMap: () => void map.updateComplete.then(() => map.renderRoot.querySelector<SVGSVGElement>('svg.map')?.focus()),
    select: (ids) => map['select'](ids),
    rename: (id) => map.rename(id),
    focusPersonElement: (id) => void map.updateComplete.then(() => personElement(map.renderRoot, id)?.focus()),
    announce: (message) => map['announce'](message),
    labelOf: (id) => map['labelOf'](id),
    requestUpdate: () => map.requestUpdate(),
  };
}

/** What the map's toolbar shows and does. */
export function mapToolbar(map: RelationshipMap): ToolbarModel {
  return {
    canUndo: map.canUndo,
    canRedo: map.canRedo,
    linkMode: map['linkMode'],
    hasSelection: map.selection.length > 0,
    undo: () => map.undo(),
    redo: () => map.redo(),
    toggleLinkMode: () => (map['linkMode'] = !map['linkMode']),
    removeSelected: () => map['gestures'].removeSelected(),
    zoom: (f) => map.zoom(f),
    fit: () => map.fit(),
    openHelp: () => map.openHelp(),
  };
}

/** What the map's readable view reads and does, over the element's state. */
export function readableHost(map: RelationshipMap): ReadableHost {
  return {
    addController: (c) => map.addController(c),
    removeController: (c) => map.removeController(c),
    requestUpdate: () => map.requestUpdate(),
    get updateComplete() {
      return map.updateComplete;
    },
    get renderRoot() {
      return map.renderRoot;
    },
    get inventory() {
      return map.inventory;
    },
    get snapshot() {
      return map['layout'].snapshot;
    },
    get selection() {
      return map.selection;
    },
    get highlight() {
      return map.highlight;
    },
    get activeId() {
      return map['activeId'];
    },
    get text() {
      return map['text'];
    },
    get view() {
      const v = map['viewport'];
      return { ...v.transform, width: v.width, height: v.height };
    },
    labelOf: (id) => map['labelOf'](id),
    announce: (message) => map['announce'](message),
    focusPerson: (id) => map.focusPerson(id),
    focusMap: () => void map.updateComplete.then(() => map.renderRoot.querySelector<SVGSVGElement>('svg.map')?.focus()),
  };
}

/** The `B` key: blanks the map or shows it again, says so with `relmap-blank`, and keeps keyboard focus on it. */
export function toggleBlank(map: RelationshipMap, e: KeyboardEvent): void {
  e.preventDefault();
  map.blanked = !map.blanked;
  map['emit']('relmap-blank', { blanked: map.blanked });
  const active = map['activeId'];
  const target = (): HTMLElement | SVGElement | null | undefined =>
    map.blanked ? map.renderRoot.querySelector<HTMLElement>('.blank') : active ? personElement(map.renderRoot, active) : null;
  void map.updateComplete.then(() => target()?.focus());
}
