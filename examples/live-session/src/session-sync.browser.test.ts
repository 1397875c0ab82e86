import { afterEach, describe, expect, it } from 'vitest';
import { cases, maya } from '@relmap/cases';
import { command, createStore, withoutPrivateNotes, type Inventory } from '@relmap/core';
import { channelName, createSyncHost, createSyncViewer, type PresentView, type SyncMessage } from './session-sync.ts';
import { privateTexts, until } from './testing/test-helpers.ts';

const view: PresentView = { blanked: false, labelMode: 'initials', theme: 'light' };
const opened: BroadcastChannel[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

function channel(session: string): BroadcastChannel {
  const c = new BroadcastChannel(channelName(session));
  opened.push(c);
  return c;
}

function session(): string {
  return crypto.randomUUID();
}

describe('session sync over BroadcastChannel', () => {
  it('gives a presenter window that joins late the whole state, then every edit, and never a private note', async () => {
    const id = session();
    const store = createStore(maya.intake);
    const host = createSyncHost(channel(id), store.inventory, view);
    store.subscribe((change) => host.publish(change.inventory));
    const heard: SyncMessage[] = [];
    channel(id).onmessage = (e: MessageEvent<SyncMessage>) => heard.push(e.data);

    store.dispatch(command('setCloseness', { id: 'henrik', ring: 1 }));
    let shown: Inventory | undefined;
    createSyncViewer(channel(id), { inventory: (inv) => (shown = inv), view: () => {} });
    await until(() => shown?.people.henrik?.tie.ring === 1);
    expect(shown).toEqual(withoutPrivateNotes(store.inventory));

    store.dispatch(
      command('addPerson', { id: 'zora-quist', name: 'Zora Quist', ring: 2, tie: { satisfying: { text: 'A secret about Zora.', sensitivity: 'private' } } }),
    );
    store.dispatch(command('updateTie', { id: 'jonas', changes: { wishedChanges: { text: 'Shared wish.', sensitivity: 'shareable' } } }));
    await until(() => shown?.people.jonas?.tie.wishedChanges?.text === 'Shared wish.');
    expect(shown).toEqual(withoutPrivateNotes(store.inventory));
    expect(shown!.people['zora-quist']).toBeDefined();

    const everything = JSON.stringify(heard);
    expect(heard.some((m) => m.type === 'delta')).toBe(true);
    for (const secret of [...privateTexts(maya.intake), 'A secret about Zora.']) expect(everything).not.toContain(secret);
  });

  it('keeps two sessions apart', async () => {
    const [a, b] = [session(), session()];
    createSyncHost(channel(a), cases[0]!.intake, view);
    createSyncHost(channel(b), cases[1]!.intake, view);
    let shownA: Inventory | undefined;
    let shownB: Inventory | undefined;
    createSyncViewer(channel(a), { inventory: (inv) => (shownA = inv), view: () => {} });
    createSyncViewer(channel(b), { inventory: (inv) => (shownB = inv), view: () => {} });
    await until(() => shownA !== undefined && shownB !== undefined);
    expect(shownA!.client.label).toBe(cases[0]!.intake.client.label);
    expect(shownB!.client.label).toBe(cases[1]!.intake.client.label);
  });

  it('asks for the whole state again when it misses a version', async () => {
    const id = session();
    const store = createStore(maya.intake);
    const host = createSyncHost(channel(id), store.inventory, view);
    store.subscribe((change) => host.publish(change.inventory));
    let shown: Inventory | undefined;
    const viewerChannel = channel(id);
    createSyncViewer(viewerChannel, { inventory: (inv) => (shown = inv), view: () => {} });
    await until(() => shown !== undefined);
    // Drop the next message, as a window that was busy or reloading might.
    const listen = viewerChannel.onmessage!;
    viewerChannel.onmessage = () => void (viewerChannel.onmessage = listen);
    store.dispatch(command('setCloseness', { id: 'henrik', ring: 1 }));
    await until(() => viewerChannel.onmessage === listen);
    store.dispatch(command('setCloseness', { id: 'ola', ring: 1 }));
    await until(() => shown?.people.ola?.tie.ring === 1);
    expect(shown).toEqual(withoutPrivateNotes(store.inventory));
  });

  it('passes the shared view (blanking) to presenter windows', async () => {
    const id = session();
    const host = createSyncHost(channel(id), maya.intake, view);
    let seen: PresentView | undefined;
    createSyncViewer(channel(id), { inventory: () => {}, view: (v) => (seen = v) });
    await until(() => seen !== undefined);
    host.setView({ ...view, blanked: true });
    await until(() => seen?.blanked === true);
  });
});

describe('session sync after the therapist page reloads', () => {
  it('a presenter window takes the new page’s whole state rather than applying its deltas to the old one', async () => {
    const id = session();
    const first = createSyncHost(channel(id), maya.intake, view);
    let shown: Inventory | undefined;
    createSyncViewer(channel(id), { inventory: (inv) => (shown = inv), view: () => {} });
    await until(() => shown !== undefined);
    first.close();
    // The reloaded page starts its count again, from another inventory (say a file was opened).
    const store = createStore(cases[1]!.intake);
    const second = createSyncHost(channel(id), store.inventory, view);
    store.subscribe((change) => second.publish(change.inventory));
    store.dispatch(command('addPerson', { id: 'zora-quist', name: 'Zora Quist', ring: 2 }));
    await until(() => shown?.people['zora-quist'] !== undefined);
    expect(shown).toEqual(withoutPrivateNotes(store.inventory));
  });
});
