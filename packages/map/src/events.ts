import type { ChangeKind, Id, Inventory, Patch, RelmapError } from '@relmap/core';

/** Detail of `relmap-change`: the inventory the change leads to, and how to get there and back. */
export interface RelmapChangeDetail {
  /** The inventory after the change. */
  readonly inventory: Inventory;
  /** The inventory before the change. */
  readonly previous: Inventory;
  /** immer patches from `previous` to `inventory`. */
  readonly patches: readonly Patch[];
  /** immer patches from `inventory` back to `previous`. */
  readonly inversePatches: readonly Patch[];
  /** The command's name (`setCloseness`), or the name of the step undone or redone. */
  readonly command: string;
  /** Whether this is a command, a transaction, an undo or a redo. */
  readonly kind: ChangeKind;
}

/** Detail of `relmap-select`: the selected people's ids. */
export interface RelmapSelectDetail {
  readonly ids: readonly Id[];
}

/** Detail of `relmap-settle`: the layout has come to rest. */
export interface RelmapSettleDetail {
  /** How many layout ticks it took since the last change. */
  readonly ticks: number;
}

/** Detail of `relmap-blank`: whether the map is now blanked. */
export interface RelmapBlankDetail {
  readonly blanked: boolean;
}

/** Detail of `relmap-drag`: whom the user is dragging, and whether the drag starts, goes on or ends. */
export interface RelmapDragDetail {
  /** The dragged person's id. */
  readonly id: Id;
  /** `start` when the person leaves their place, `move` as they follow the pointer, `end` when dropped or cancelled. */
  readonly phase: 'start' | 'move' | 'end';
}

/** Fired while a person is dragged with a pointer; `end` comes after the drop's change. */
export type RelmapDragEvent = CustomEvent<RelmapDragDetail>;

/** Fired when the `B` key blanks the map or shows it again. */
export type RelmapBlankEvent = CustomEvent<RelmapBlankDetail>;

/** Detail of `relmap-error`: an action or an `inventory` value was refused, and why. */
export interface RelmapErrorDetail {
  readonly error: RelmapError;
}

/**
 * Fired before a change is applied; cancelable. Cancel it to veto the change (the map stays as it was), for
 * example to apply changes yourself: set `map.inventory = event.detail.inventory`.
 */
export type RelmapChangeEvent = CustomEvent<RelmapChangeDetail>;
/** Fired when the selection changes. */
export type RelmapSelectEvent = CustomEvent<RelmapSelectDetail>;
/** Fired when the layout comes to rest after a change. */
export type RelmapSettleEvent = CustomEvent<RelmapSettleDetail>;
/** Fired when an action or an `inventory` value was refused. */
export type RelmapErrorEvent = CustomEvent<RelmapErrorDetail>;

/** Creates one of the map's events: bubbling and composed, so a host sees it from outside the shadow root. */
export function relmapEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface HTMLElementEventMap {
    'relmap-change': RelmapChangeEvent;
    'relmap-select': RelmapSelectEvent;
    'relmap-settle': RelmapSettleEvent;
    'relmap-error': RelmapErrorEvent;
    'relmap-blank': RelmapBlankEvent;
    'relmap-drag': RelmapDragEvent;
  }
}
