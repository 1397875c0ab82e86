import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command, createInventory } from '@relmap/core';
import { EditingSession } from '@relmap/map/session';
import { joinPicture } from './join-picture.ts';
import { trackPresence } from './presence.ts';
import { startRelay } from './relay/relay.ts';
import { newRoomName } from './relay/room-name.ts';
import { sharePicture } from './share-picture.ts';
import { presenceSaid } from './testing/presence-said.ts';
import { connect, until } from './testing/wire.ts';

const SECRET = 'Shouts at her when he drinks';
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** The relay, and every message it received. */
async function relay() {
  const seen: Uint8Array[] = [];
  const r = await startRelay({ port: 0, onMessage: (_room, data) => void seen.push(data) });
  cleanup.push(() => r.close());
  return { relay: r, said: () => presenceSaid(seen) };
}

/** A therapist sharing a picture and a client viewing it, through the relay, each with its presence. */
async function session(port: number) {
  const room = newRoomName();
  const inventory = new EditingSession({ inventory: createInventory() });
  inventory.dispatch(
    command('addPerson', { id: 'jonas', name: 'Jonas Lindqvist', category: 'partner', ring: 1, notes: { text: SECRET, sensitivity: 'private' } }),
  );
  inventory.dispatch(command('addPerson', { id: 'mira', name: 'Mira Okafor', category: 'friend', ring: 2 }));
  const tDoc = new Y.Doc();
  const share = sharePicture(inventory, tDoc, { permissions: { moveRings: true } });
  const tWire = connect(port, room, tDoc);
  // Whatever a host set on the awareness before is not said: presence replaces the state whole.
  tWire.awareness.setLocalStateField('name', 'Jonas Lindqvist');
  const therapist = trackPresence(tWire.awareness, 'therapist', { ids: share.ids });
  const client = new EditingSession();
  const cDoc = new Y.Doc();
  joinPicture(client, cDoc);
  const cWire = connect(port, room, cDoc);
  const clientPresence = trackPresence(cWire.awareness, 'client');
  cleanup.push(
    () => tWire.destroy(),
    () => cWire.destroy(),
  );
  await until(() => Object.keys(client.inventory.people).length === 2 && therapist.peers.length === 1 && clientPresence.peers.length === 1);
  const pictureId = share.ids.toPicture('jonas');
  return { therapist, client: clientPresence, tWire, cWire, pictureId, share };
}

describe('presence: who is dragging whom', () => {
  it("R6, P6: a drag on the client's device reaches the therapist's as the person's id there, and the relay sees only a role and a picture id", async () => {
    const { relay: r, said } = await relay();
    const { therapist, client, pictureId } = await session(r.port);
    expect(therapist.peers).toEqual([{ role: 'client', moving: undefined }]);
    client.moving(pictureId);
    await until(() => therapist.peers[0]?.moving === 'jonas');
    therapist.moving('mira');
    await until(() => client.peers[0]?.moving !== undefined);
    expect(client.peers[0]!.moving).not.toBe('mira');
    expect(client.peers[0]!.moving).toMatch(/^r[0-9a-f]{16}$/);
    expect(said().length).toBeGreaterThan(2);
    for (const state of said()) {
      expect(Object.keys(state).every((k) => k === 'role' || k === 'moving')).toBe(true);
      expect(['therapist', 'client']).toContain(state['role']);
    }
    const wire = JSON.stringify(said());
    for (const secret of [SECRET, 'Jonas', 'Lindqvist', 'Mira', 'Okafor', 'jonas', 'mira']) expect(wire).not.toContain(secret);
  });

  it('P6: what another device says beyond a role and a picture id is not read', async () => {
    const { relay: r } = await relay();
    const { therapist, cWire, pictureId } = await session(r.port);
    cWire.awareness.setLocalState({ role: 'client', moving: 'r0000000000000000' });
    await until(() => therapist.peers[0]?.moving === undefined);
    cWire.awareness.setLocalState({ role: 'someone', moving: pictureId });
    await until(() => therapist.peers.length === 0);
  });

  it('P7: presence is cleared when the drag ends, when the connection drops, and when the device leaves', async () => {
    const { relay: r } = await relay();
    const { therapist, client, tWire, cWire, pictureId } = await session(r.port);
    client.moving(pictureId);
    await until(() => therapist.peers[0]?.moving === 'jonas');
    client.moving(undefined);
    await until(() => therapist.peers[0]?.moving === undefined);

    client.moving(pictureId);
    await until(() => therapist.peers[0]?.moving === 'jonas');
    // This device's own connection drops: it no longer shows anyone as moving.
    tWire.disconnect();
    await until(() => therapist.peers.length === 0);
    tWire.connect();
    await until(() => therapist.peers[0]?.moving === 'jonas');
    // The client's connection drops (a closed tab, a lost network): the relay withdraws what it said.
    cWire.disconnect();
    await until(() => therapist.peers.length === 0);
    cWire.connect();
    await until(() => therapist.peers.length === 1);
    client.destroy();
    await until(() => therapist.peers.length === 0);
  });
});
