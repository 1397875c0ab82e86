import type { ReactiveControllerHost } from 'lit';
import type { Command, Id, Inventory, Transaction } from '@relmap/core';
import type { LayoutController } from '../controllers/layout-controller.ts';
import type { ViewportController } from '../controllers/viewport-controller.ts';
import type { RelmapDragDetail } from '../events.ts';
import type { EditingSession } from '../session/editing-session.ts';
import type { MapStrings } from '../strings.ts';
import { personElement } from './map-dom.ts';
import type { MapUi } from './map-ui.ts';
import type { ToolbarModel } from './render-controls.ts';
import type { ReadableHost, ReadableView } from './readable-view.ts';

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
  /** Tells the host that a person is being dragged (`relmap-drag`). */
  dragged(id: Id, phase: RelmapDragDetail['phase']): void;
}

/** The map element's public surface that its adapters use. */
export interface MapElement extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly highlight: readonly Id[];
  fit(): void;
  zoom(factor: number): void;
  openHelp(): void;
  rename(id: Id): void;
  focusPerson(id: Id): void;
}

/**
 * The parts of the map its gestures, toolbar and view controls work with, handed over by the element when it
 * builds them: each adapter below sees these and nothing else of the element.
 */
export interface MapParts {
  readonly element: MapElement;
  /** The session the map shows (a host may hand the map another one). */
  session(): EditingSession;
  readonly ui: MapUi;
  readonly layout: LayoutController;
  readonly viewport: ViewportController;
  readable(): ReadableView;
  /** Removes the selected people, as the toolbar's delete button does. */
  removeSelected(): void;
  /** Fires one of the map's events on the element. */
  emit(type: string, detail: unknown): void;
}

function focusMap(element: MapElement): void {
  void element.updateComplete.then(() => element.renderRoot.querySelector<SVGSVGElement>('svg.map')?.focus());
}

function labelOf(parts: MapParts, id: Id): string {
  return parts.session().policy.labelOf(id) ?? id;
}

/** The map's editor, over its parts, for its gestures. */
export function mapEditor(parts: MapParts): MapEditor {
  const { element, ui } = parts;
  const session = parts.session;
  return {
    get inventory() {
      return session().inventory;
    },
    get editable() {
      return !session().readonly;
    },
    get linkMode() {
      return ui.linkMode;
    },
    get selected() {
      return session().selection;
    },
    get text() {
      return session().text;
    },
    layout: parts.layout,
    get activeId() {
      return ui.activeId;
    },
    set activeId(id) {
      ui.activeId = id;
    },
    dispatch: (cmd) => session().dispatch(cmd),
    transaction: (name, fn) => session().transaction(name, fn),
    undo: () => session().undo(),
    redo: () => session().redo(),
    fit: () => element.fit(),
    zoom: (f) => element.zoom(f),
    pan: (dx, dy) => parts.viewport.panBy(dx, dy),
    openHelp: () => element.openHelp(),
    focusAdd: () => element.renderRoot.querySelector<HTMLInputElement>('.quick-add input')?.focus(),
    focusSearch: () => parts.readable().focusSearch(),
    toggleFocusView: () => parts.readable().toggleFocus(),
    collapsed: () => parts.readable().collapsedIds,
    focusMap: () => focusMap(element),
    select: (ids) => session().select(ids),
    rename: (id) => element.rename(id),
    focusPersonElement: (id) => void element.updateComplete.then(() => personElement(element.renderRoot, id)?.focus()),
    announce: (message) => ui.announce(message),
    labelOf: (id) => labelOf(parts, id),
    requestUpdate: () => element.requestUpdate(),
    dragged: (id, phase) => parts.emit('relmap-drag', { id, phase }),
  };
}

/** What the map's toolbar shows and does. */
export function mapToolbar(parts: MapParts): ToolbarModel {
  const session = parts.session();
  return {
    canUndo: session.canUndo,
    canRedo: session.canRedo,
    linkMode: parts.ui.linkMode,
    hasSelection: session.selection.length > 0,
    undo: () => session.undo(),
    redo: () => session.redo(),
    toggleLinkMode: () => (parts.ui.linkMode = !parts.ui.linkMode),
    removeSelected: () => parts.removeSelected(),
    zoom: (f) => parts.element.zoom(f),
    fit: () => parts.element.fit(),
    openHelp: () => parts.element.openHelp(),
  };
}

/** What the map's readable view reads and does, over the map's parts. */
export function readableHost(parts: MapParts): ReadableHost {
  const { element, ui } = parts;
  return {
    addController: (c) => element.addController(c),
    removeController: (c) => element.removeController(c),
    requestUpdate: () => element.requestUpdate(),
    get updateComplete() {
      return element.updateComplete;
    },
    get renderRoot() {
      return element.renderRoot;
    },
    get inventory() {
      return parts.session().inventory;
    },
    get snapshot() {
      return parts.layout.snapshot;
    },
    get selection() {
      return parts.session().selection;
    },
    get highlight() {
      return element.highlight;
    },
    get activeId() {
      return ui.activeId;
    },
    get text() {
      return parts.session().text;
    },
    get view() {
      const v = parts.viewport;
      return { ...v.transform, width: v.width, height: v.height };
    },
    labelOf: (id) => labelOf(parts, id),
    announce: (message) => ui.announce(message),
    part: (part) => ui.part(part),
    focusPerson: (id) => element.focusPerson(id),
    focusMap: () => focusMap(element),
  };
}

/**
 * The `B` key: blanks the session (the map and every element bound to it) or shows it again, says so with
 * `relmap-blank`, and keeps keyboard focus on the map.
 */
export function toggleBlank(parts: MapParts, e: KeyboardEvent): void {
  e.preventDefault();
  const session = parts.session();
  session.blanked = !session.blanked;
  parts.emit('relmap-blank', { blanked: session.blanked });
  const { element } = parts;
  const active = parts.ui.activeId;
  const target = (): HTMLElement | SVGElement | null | undefined =>
    session.blanked ? element.renderRoot.querySelector<HTMLElement>('.blank') : active ? personElement(element.renderRoot, active) : null;
  void element.updateComplete.then(() => target()?.focus());
}
