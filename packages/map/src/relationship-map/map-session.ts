import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Change, Inventory, RecordLayoutArgs } from '@relmap/core';
import { relmapEvent, type RelmapChangeDetail } from '../events.ts';
import { EditingSession } from '../session/editing-session.ts';
import type { SessionEvent } from '../session/session-events.ts';

/** What the map does with its session's events. */
export interface MapSessionCallbacks {
  /** Every event of the session, after the map's own handling of its guard. */
  event(event: SessionEvent): void;
  /** Where the layout settles people in an edit's inventory, kept in that edit's step (core rule H11). */
  remember(inventory: Inventory): RecordLayoutArgs | undefined;
  /** The map is connected again to its session, which may have changed while it was away (`missed`). */
  relinked(missed: boolean): void;
}

/**
 * The map's link to its editing session: the session it made for itself unless a host hands it another, the guard
 * that offers every change to the host as the cancelable `relmap-change` event, and the subscription to the
 * session's events while the map is connected. A map never connected still hears its own session, so that a host
 * may set its inventory and dispatch to it before it is in the page.
 */
export class MapSessionLink implements ReactiveController {
  private current: EditingSession;
  private unlink: (() => void) | undefined;
  /** The inventory the session held when the map let go of it, to tell on reconnecting whether it changed since. */
  private left: Inventory | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: MapSessionCallbacks,
  ) {
    this.current = new EditingSession();
    host.addController(this);
    this.link();
  }

  /** The session the map shows and edits. */
  get session(): EditingSession {
    return this.current;
  }

  /** Binds the map to another session; the map then shows that session's inventory, selection and view state. */
  use(session: EditingSession): void {
    if (session === this.current) return;
    this.unlink?.();
    this.unlink = undefined;
    this.left = undefined;
    this.current = session;
    this.link();
  }

  hostConnected(): void {
    if (this.unlink) return;
    this.link();
    const left = this.left;
    this.left = undefined;
    if (left !== undefined) this.callbacks.relinked(left !== this.current.inventory);
  }

  hostDisconnected(): void {
    // A host's session may outlive the map: the map lets go of it, and takes it up again when reconnected.
    this.unlink?.();
    this.unlink = undefined;
    this.left = this.current.inventory;
  }

  private link(): void {
    if (this.unlink) return;
    const session = this.current;
    const unsubscribe = session.subscribe((e) => this.callbacks.event(e));
    const unguard = session.guard((change) => this.offer(change));
    const unremember = session.rememberLayout((inventory) => this.callbacks.remember(inventory));
    this.unlink = () => {
      unsubscribe();
      unguard();
      unremember();
    };
  }

  private offer(change: Change): boolean {
    const detail: RelmapChangeDetail = {
      inventory: change.inventory,
      previous: change.previous,
      patches: change.patches,
      inversePatches: change.inversePatches,
      command: change.command,
      kind: change.kind,
    };
    // A listener that cancels the event may set `inventory` to the change at once, inside the event: the session
    // applies it as an undoable step, as it does when it is set later (a framework's next render).
    return this.host.dispatchEvent(relmapEvent('relmap-change', detail, true));
  }
}
