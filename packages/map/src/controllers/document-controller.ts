import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createInventory,
  createStore,
  inventoryError,
  isRelmapError,
  parseInventory,
  RelmapError,
  type Change,
  type Command,
  type Inventory,
  type Store,
  type Transaction,
} from '@relmap/core';
import { relmapEvent, type RelmapChangeDetail } from '../events.ts';

/** What the document controller tells the element. */
export interface DocumentCallbacks {
  /** A change was committed (a command, a transaction, an undo or a redo). */
  committed(change: Change): void;
  /** A host cancelled `relmap-change`; the inventory is as it was. */
  vetoed(): void;
  /** A whole new inventory was set. */
  replaced(inventory: Inventory): void;
}

/**
 * The element's document: a core store whose every change is first offered to the host as a cancelable
 * `relmap-change` event, and whose refusals (bad commands, invalid inventories) become `relmap-error` events
 * rather than exceptions. A cancelled change is remembered, so that a host running the element controlled can
 * apply it by setting exactly `event.detail.inventory`, and keep it undoable.
 */
export class DocumentController implements ReactiveController {
  readonly store: Store;
  private vetoedChange: Change | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly readonly: boolean },
    private readonly callbacks: DocumentCallbacks,
  ) {
    this.store = createStore(createInventory(), { beforeChange: (change) => this.offer(change) });
    this.store.subscribe((change) => callbacks.committed(change));
    host.addController(this);
  }

  hostConnected(): void {}

  /** The current inventory. */
  get inventory(): Inventory {
    return this.store.inventory;
  }

  /**
   * Replaces the inventory, after checking it. Returns whether the map now shows `value` (or its parsed copy);
   * an invalid value fires `relmap-error` and leaves everything as it was.
   */
  setInventory(value: Inventory): boolean {
    const current = this.store.inventory;
    if (value === current) return false;
    const vetoed = this.vetoedChange;
    this.vetoedChange = undefined;
    if (vetoed && value === vetoed.inventory && vetoed.previous === current) {
      this.store.commit(vetoed);
      return true;
    }
    const result = parseInventory(value);
    if (!result.ok) {
      this.fail(inventoryError(result.errors));
      return false;
    }
    this.store.reset(result.inventory);
    this.callbacks.replaced(result.inventory);
    return true;
  }

  /** Applies a command; a refusal fires `relmap-error`. Returns whether it was applied. */
  dispatch(cmd: Command): boolean {
    return this.attempt(() => this.store.dispatch(cmd));
  }

  /** Applies several commands as one step. */
  transaction(name: string, fn: (tx: Transaction) => void): boolean {
    return this.attempt(() => this.store.transaction(name, fn));
  }

  /** Undoes the last step. */
  undo(): boolean {
    return !this.host.readonly && this.attempt(() => this.store.undo());
  }

  /** Redoes the last undone step. */
  redo(): boolean {
    return !this.host.readonly && this.attempt(() => this.store.redo());
  }

  /** Fires `relmap-error` for a refusal. */
  fail(error: RelmapError): void {
    this.host.dispatchEvent(relmapEvent('relmap-error', { error }));
  }

  private attempt(fn: () => Change | undefined): boolean {
    try {
      return fn() !== undefined;
    } catch (error) {
      if (!isRelmapError(error)) throw error;
      this.fail(error);
      return false;
    }
  }

  private offer(change: Change): boolean {
    if (this.host.readonly) return false;
    const detail: RelmapChangeDetail = {
      inventory: change.inventory,
      previous: change.previous,
      patches: change.patches,
      inversePatches: change.inversePatches,
      command: change.command,
      kind: change.kind,
    };
    const accepted = this.host.dispatchEvent(relmapEvent('relmap-change', detail, true));
    if (!accepted) {
      this.vetoedChange = change;
      this.callbacks.vetoed();
    }
    return accepted;
  }
}
