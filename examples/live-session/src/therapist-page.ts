import type { AppWindow } from './app-window.ts';
import '@relmap/map';
import '@relmap/map/relationship-timeline';
import '@relmap/map/relationship-goals';
import { getCase } from '@relmap/cases';
import { serializeInventory, takeSnapshot, withoutPrivateNotes, type Inventory, type Snapshot } from '@relmap/core';
import { createHandout, type LabelMode, type RelationshipMap } from '@relmap/map';
import { render } from 'lit';
import { download, readInventoryFile } from './files.ts';
import { clientPicture } from './client-picture.ts';
import { renderTherapist, type CompareChoice, type TherapistView } from './render-therapist.ts';
import { channelName, createSyncHost, type PresentView, type SyncHost } from './session-sync.ts';
import { openSessionStore, type SessionStore } from './session-store.ts';
import { DEFAULT_RELAY, inviteClient, type RemoteInvite } from './remote-invite.ts';
import { keepAcrossTabs } from './tab-sync.ts';
import { movingMark } from './moving-mark.ts';

/** What the therapist's page needs to start. */
export interface TherapistOptions {
  /** The window the page runs in: its IndexedDB, BroadcastChannel, clock and URL. */
  readonly window: AppWindow;
  /** The session: it names the saved inventory and the channel to presenter windows. */
  readonly sessionId: string;
  /** The teaching case to start from when nothing is saved for this session (default `maya`). */
  readonly caseId?: string;
  /** The IndexedDB database (tests use their own). */
  readonly dbName?: string;
  /** The address of the presenter window for this session. */
  readonly presenterUrl?: string;
  /** The relay a remote session goes through (default `ws://127.0.0.1:1234`, as `pnpm relay` starts it). */
  readonly relay?: string;
  /** Whether the session is kept in a Yjs document shared with the page's other tabs (default `true`). */
  readonly tabs?: boolean;
}

/** The running therapist's page. */
export interface TherapistPage {
  readonly map: RelationshipMap;
  /** Resolves when every change so far is saved. */
  saved(): Promise<void>;
  /** Takes a named snapshot of the inventory as it is now, and saves it. */
  snapshot(label: string): Promise<Snapshot>;
  /** Opens an inventory from a file's text; returns the error message when it was refused. */
  importText(name: string, text: string): Promise<string | undefined>;
  /** The remote session with the client's device, once the therapist has invited them. */
  readonly remote: RemoteInvite | undefined;
  /** Stops syncing and saving, and empties the root. */
  destroy(): void;
}

/**
 * Starts the therapist's page in `root`: the map, the detail panel, snapshots, import and export, autosave to
 * IndexedDB after every change, and the channel that keeps presenter windows in step.
 */
export async function startTherapistPage(root: HTMLElement, options: TherapistOptions): Promise<TherapistPage> {
  const win = options.window;
  const store: SessionStore = await openSessionStore(win.indexedDB, options.dbName);
  const restored = await store.load(options.sessionId);
  let inventory: Inventory;
  if (restored) {
    inventory = restored.inventory;
  } else {
    const teaching = getCase(options.caseId ?? 'maya');
    inventory = teaching.intake;
    // A teaching case comes with its two moments, so comparing works from the first minute.
    await store.saveSnapshot(options.sessionId, takeSnapshot(teaching.intake, { label: 'Intake', takenAt: `${teaching.intakeDate}T10:00:00Z`, id: 'intake' }));
    await store.saveSnapshot(
      options.sessionId,
      takeSnapshot(teaching.session12, { label: 'Session 12 (teaching case)', takenAt: `${teaching.session12Date}T10:00:00Z`, id: 'session-12' }),
    );
    await store.save(options.sessionId, inventory, win.Date.now());
  }

  const view: TherapistView = {
    presenting: false,
    shared: { blanked: false, labelMode: 'initials', theme: 'light' },
    viewers: 0,
    status: restored ? `Restored the inventory saved at ${time(win, restored.savedAt)}.` : 'Started from the teaching case.',
    error: '',
    snapshots: await store.snapshots(options.sessionId),
    compare: undefined,
    compareShared: false,
    presenterUrl: options.presenterUrl ?? `?presenter&session=${encodeURIComponent(options.sessionId)}`,
    remote: undefined,
  };
  let remote: RemoteInvite | undefined;
  let markMoving: (id: string | undefined) => void = () => undefined;
  const showRemote = (): void => {
    const moving = remote?.clientMoving;
    markMoving(moving);
    view.remote = remote
      ? {
          link: remote.link,
          connected: remote.connected,
          clientHere: remote.clientHere,
          moveRings: remote.share.permissions.moveRings === true,
          clientMoving: moving === undefined ? undefined : remote.labelOf(moving),
          lastEdit: remote.lastEdit,
        }
      : undefined;
    draw();
  };
  const channel = new win.BroadcastChannel(channelName(options.sessionId));
  const sync: SyncHost = createSyncHost(channel, inventory, view.shared, (n) => {
    view.viewers = n;
    draw();
  });

  let pending: Promise<void> = Promise.resolve();
  const persist = (inv: Inventory): void => {
    // Chained, so saves land in the order the changes were made.
    pending = pending
      .then(() => store.save(options.sessionId, inv, win.Date.now()))
      .then(() => {
        view.status = `Saved at ${time(win, win.Date.now())}.`;
      })
      .catch((error: unknown) => {
        view.status = `Not saved (${error instanceof Error ? error.message : String(error)}). Export the inventory as JSON now.`;
      })
      .finally(draw);
  };

  const setShared = (shared: PresentView): void => {
    view.shared = shared;
    sync.setView(shared);
    map.blanked = view.presenting && shared.blanked;
    draw();
  };

  const actions = {
    openPresenter: () => void win.open(view.presenterUrl, `relmap-presenter-${options.sessionId}`, 'popup,width=1280,height=800'),
    toggleBlank: () => setShared({ ...view.shared, blanked: !view.shared.blanked }),
    toggleFormulation: () => setShared({ ...view.shared, formulation: !view.shared.formulation }),
    setPresenting: (on: boolean) => {
      view.presenting = on;
      map.presenting = on;
      map.labelMode = on ? view.shared.labelMode : undefined;
      map.blanked = on && view.shared.blanked;
      draw();
    },
    setLabelMode: (mode: LabelMode) => {
      if (view.presenting) map.labelMode = mode;
      if (remote) remote.share.labelMode = mode;
      setShared({ ...view.shared, labelMode: mode });
    },
    inviteClient: () => {
      remote ??= inviteClient(win, map.session, {
        relay: options.relay ?? DEFAULT_RELAY,
        labelMode: view.shared.labelMode,
        permissions: { moveRings: true },
        layout: () => map.layoutMemory,
        onChange: showRemote,
      });
      showRemote();
    },
    setClientMoves: (on: boolean) => {
      if (remote) remote.share.permissions = { moveRings: on };
      showRemote();
    },
    endRemote: () => {
      remote?.close();
      remote = undefined;
      showRemote();
    },
    takeSnapshot: async (label: string) => void (await page.snapshot(label)),
    deleteSnapshot: async (id: string) => {
      await store.deleteSnapshot(options.sessionId, id);
      view.snapshots = await store.snapshots(options.sessionId);
      draw();
    },
    compare: (choice: CompareChoice | undefined) => {
      view.compare = choice;
      // Whatever is compared now replaces what the shared screen compared; closing it brings the map back.
      if (view.compareShared || !choice) actions.shareCompare(choice !== undefined);
      draw();
    },
    shareCompare: (on: boolean) => {
      const pair = on && view.compare ? comparedPair(view.compare) : undefined;
      view.compareShared = pair !== undefined;
      sync.showCompare(pair && view.compare ? { ...pair, mode: view.compare.mode } : undefined);
      draw();
    },
    importFile: async (file: File) => void (await page.importText(file.name, await file.text())),
    exportJson: () => download(win, 'inventory.json', serializeInventory(map.inventory), 'application/json'),
    exportShareableJson: () => download(win, 'inventory-shareable.json', serializeInventory(withoutPrivateNotes(map.inventory)), 'application/json'),
    exportSvg: async () => download(win, 'relationship-map.svg', (await clientPicture(win, map.inventory, view.shared)).svg, 'image/svg+xml'),
    exportPng: async () => download(win, 'relationship-map.png', await (await clientPicture(win, map.inventory, view.shared)).png()),
    openHandout: async () => {
      // Opened at once, while the click still counts as the user's, then filled: a window opened after an await
      // may be blocked as a pop-up.
      const handout = win.open('', '_blank');
      const html = await createHandout(map, { labelMode: view.shared.labelMode });
      const url = win.URL.createObjectURL(new win.Blob([html], { type: 'text/html' }));
      if (handout) handout.location.href = url;
      else win.open(url, '_blank');
      win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
    },
    now: (): Snapshot => takeSnapshot(map.inventory, { label: 'Now', takenAt: new win.Date().toISOString(), id: 'now' }),
  };

  const comparedPair = (c: CompareChoice): { earlier: Snapshot; later: Snapshot } | undefined => {
    const find = (id: string): Snapshot | undefined => (id === 'now' ? actions.now() : view.snapshots.find((s) => s.id === id));
    const earlier = find(c.from);
    const later = find(c.to);
    return earlier && later ? { earlier, later } : undefined;
  };

  const draw = (): void => void render(renderTherapist(view, actions), root);
  draw();
  const map = root.querySelector<RelationshipMap>('relationship-map#map')!;
  map.inventory = inventory;
  markMoving = movingMark(map);

  const onChange = (): void => {
    // relmap-change fires before the map applies the change; read the inventory once it has.
    queueMicrotask(() => {
      persist(map.inventory);
      sync.publish(map.inventory);
      if (view.compare?.to === 'now') draw();
      if (view.compareShared && (view.compare?.to === 'now' || view.compare?.from === 'now')) actions.shareCompare(true);
    });
  };
  const onBlank = (e: HTMLElementEventMap['relmap-blank']): void => setShared({ ...view.shared, blanked: e.detail.blanked });
  const onKey = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0] as Element | undefined;
    if (e.key.toLowerCase() !== 'b' || e.ctrlKey || e.metaKey || e.altKey || e.composedPath().includes(map)) return;
    if (target?.matches?.('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    actions.toggleBlank();
  };
  const onHide = (): void => persist(map.inventory);
  // Whom the therapist drags is shown on the client's page, by the picture's id only.
  const onDrag = (e: HTMLElementEventMap['relmap-drag']): void => remote?.moving(e.detail.phase === 'end' ? undefined : e.detail.id);
  map.addEventListener('relmap-drag', onDrag);
  map.addEventListener('relmap-change', onChange);
  // Edits another tab made reach this one merged, past the guards that fire relmap-change: save and present them too.
  const unmerged = map.session.subscribe((e) => e.type === 'change' && e.change.command === 'merge' && onChange());
  const tabs = options.tabs === false ? undefined : await keepAcrossTabs(win, map.session, options.sessionId);
  map.addEventListener('relmap-blank', onBlank);
  win.document.addEventListener('keydown', onKey);
  win.addEventListener('pagehide', onHide);

  const page: TherapistPage = {
    map,
    get remote() {
      return remote;
    },
    saved: async () => {
      let last: Promise<void> | undefined;
      while (last !== pending) await (last = pending);
    },
    async snapshot(label) {
      const snap = takeSnapshot(map.inventory, { label, takenAt: new win.Date().toISOString() });
      await store.saveSnapshot(options.sessionId, snap);
      view.snapshots = await store.snapshots(options.sessionId);
      view.status = `Snapshot "${snap.label}" taken.`;
      draw();
      return snap;
    },
    async importText(name, text) {
      const result = readInventoryFile(name, text);
      if (!result.ok) {
        view.error = result.message;
        draw();
        return result.message;
      }
      await page.snapshot(`Before opening ${name}`.slice(0, 80));
      map.inventory = result.inventory;
      view.error = '';
      view.status = `Opened "${name}"; the inventory before it is kept as a snapshot.`;
      persist(map.inventory);
      sync.publish(map.inventory);
      draw();
      return undefined;
    },
    destroy() {
      map.removeEventListener('relmap-change', onChange);
      map.removeEventListener('relmap-blank', onBlank);
      map.removeEventListener('relmap-drag', onDrag);
      unmerged();
      tabs?.destroy();
      remote?.close();
      win.document.removeEventListener('keydown', onKey);
      win.removeEventListener('pagehide', onHide);
      sync.close();
      channel.close();
      void pending.finally(() => store.close());
      render(null, root);
    },
  };
  return page;
}

function time(win: AppWindow, ms: number): string {
  return new win.Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
