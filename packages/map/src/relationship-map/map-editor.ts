import type { Command, Id, Inventory, Transaction } from '@relmap/core';
import type { LayoutController } from '../controllers/layout-controller.ts';
import type { MapStrings } from '../strings.ts';

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
  /** Moves focus to the map itself (when no person is left to focus). */
  focusMap(): void;
  select(ids: readonly Id[]): void;
  rename(id: Id): void;
  focusPersonElement(id: Id): void;
  announce(message: string): void;
  labelOf(id: Id): string;
  requestUpdate(): void;
}
