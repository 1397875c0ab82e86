import { withoutPrivateNotes, type Inventory, type Snapshot } from '@relmap/core';
import type { CompareMode, LabelMode } from '@relmap/map';
import { applyInventoryDelta, inventoryDelta, type InventoryDelta } from './inventory-delta.ts';

/** What the shared screen shows besides the inventory. */
export interface PresentView {
  /** The map is blanked: nothing of the inventory on the shared screen. */
  readonly blanked: boolean;
  /** The label mode of the shared screen; `initials` unless the therapist chose otherwise. */
  readonly labelMode: LabelMode;
  readonly theme: 'light' | 'dark';
  /**
   * The formulation is on the shared screen: the primary focus in plain words, its people highlighted on the map,
   * the life events on a timeline and the agreed goals. Absent means off.
   */
  readonly formulation?: boolean;
}

/** Two snapshots the shared screen compares instead of showing the map. */
export interface SharedCompare {
  readonly earlier: Snapshot;
  readonly later: Snapshot;
  readonly mode: CompareMode;
}

/** The messages between the therapist's page (host) and presenter windows (viewers) of one session. */
export type SyncMessage =
  | { readonly type: 'hello' }
  | { readonly type: 'resync' }
  | { readonly type: 'state'; readonly epoch: string; readonly version: number; readonly inventory: Inventory; readonly view: PresentView }
  | { readonly type: 'delta'; readonly epoch: string; readonly base: number; readonly version: number; readonly delta: InventoryDelta }
  | { readonly type: 'view'; readonly view: PresentView }
  | { readonly type: 'compare'; readonly compare: SharedCompare | null }
  | { readonly type: 'bye' };

/** The BroadcastChannel name of a session: one per session id, so that two sessions never cross. */
export function channelName(sessionId: string): string {
  return `relmap-live-session:${sessionId}`;
}

/** The therapist's end of a session: publishes every version of the inventory, without its private notes. */
export interface SyncHost {
  /** Publishes a new version of the inventory. */
  publish(inventory: Inventory): void;
  /** Publishes a change of what the shared screen shows. */
  setView(view: PresentView): void;
  /** Shows two snapshots compared on the shared screen (their private notes removed), or the map again. */
  showCompare(compare: SharedCompare | undefined): void;
  /** How many presenter windows said hello and not yet goodbye. */
  readonly viewers: number;
  close(): void;
}

/**
 * Opens the therapist's end of a session on `channel`. Private notes never leave this window: every version is
 * passed through `withoutPrivateNotes` before anything is sent, so a presenter window never holds them, not even
 * in memory. Versions travel as record deltas from the last one sent; a presenter window that joins late, or
 * misses a version, says hello and gets the whole (redacted) state.
 */
export function createSyncHost(channel: BroadcastChannel, initial: Inventory, view: PresentView, onViewers?: (count: number) => void): SyncHost {
  // Versions count from 0 again when the therapist's page reloads; the epoch tells a presenter it is a new count.
  const epoch = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  let version = 0;
  let sent = withoutPrivateNotes(initial);
  let currentView = view;
  let compare: SharedCompare | null = null;
  let viewers = 0;
  const post = (message: SyncMessage): void => channel.postMessage(message);
  const state = (): SyncMessage => ({ type: 'state', epoch, version, inventory: sent, view: currentView });
  channel.onmessage = (e: MessageEvent<SyncMessage>) => {
    if (e.data?.type === 'hello') {
      viewers += 1;
      onViewers?.(viewers);
      post(state());
      if (compare) post({ type: 'compare', compare });
    } else if (e.data?.type === 'resync') {
      post(state());
    } else if (e.data?.type === 'bye') {
      viewers = Math.max(0, viewers - 1);
      onViewers?.(viewers);
    }
  };
  return {
    publish(inventory) {
      const next = withoutPrivateNotes(inventory);
      if (next === sent) return;
      const delta = inventoryDelta(sent, next);
      sent = next;
      version += 1;
      post({ type: 'delta', epoch, base: version - 1, version, delta });
    },
    setView(next) {
      currentView = next;
      post({ type: 'view', view: next });
    },
    showCompare(next) {
      const redact = (s: Snapshot): Snapshot => ({ ...s, inventory: withoutPrivateNotes(s.inventory) });
      compare = next ? { earlier: redact(next.earlier), later: redact(next.later), mode: next.mode } : null;
      post({ type: 'compare', compare });
    },
    get viewers() {
      return viewers;
    },
    close() {
      channel.onmessage = null;
    },
  };
}

/** What a presenter window is told. */
export interface ViewerCallbacks {
  inventory(inventory: Inventory): void;
  view(view: PresentView): void;
  /** Two snapshots to compare instead of the map, or `undefined` for the map. */
  compare?(compare: SharedCompare | undefined): void;
}

/** The presenter window's end of a session. */
export interface SyncViewer {
  close(): void;
}

/**
 * Opens a presenter window's end of a session: says hello (the host answers with the whole state), then follows
 * every delta. A delta that does not start from the version it holds (one was missed) makes it ask again.
 */
export function createSyncViewer(channel: BroadcastChannel, callbacks: ViewerCallbacks): SyncViewer {
  let epoch = '';
  let version = -1;
  let inventory: Inventory | undefined;
  const post = (message: SyncMessage): void => channel.postMessage(message);
  channel.onmessage = (e: MessageEvent<SyncMessage>) => {
    const m = e.data;
    if (m?.type === 'state') {
      epoch = m.epoch;
      version = m.version;
      inventory = m.inventory;
      callbacks.inventory(inventory);
      callbacks.view(m.view);
    } else if (m?.type === 'delta') {
      if (!inventory || m.epoch !== epoch || m.base !== version) return post({ type: 'resync' });
      inventory = applyInventoryDelta(inventory, m.delta);
      version = m.version;
      callbacks.inventory(inventory);
    } else if (m?.type === 'view') {
      callbacks.view(m.view);
    } else if (m?.type === 'compare') {
      callbacks.compare?.(m.compare ?? undefined);
    }
  };
  post({ type: 'hello' });
  return {
    close() {
      post({ type: 'bye' });
      channel.onmessage = null;
    },
  };
}
