import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command } from '@relmap/core';
import { EditingSession } from '@relmap/map/session';
import { bindSession } from '../bind-session.ts';
import { joinPicture } from '../join-picture.ts';
import { sharePicture } from '../share-picture.ts';
import { connect, until } from '../testing/wire.ts';
import { SECRET, closedAfterEach, relayOn as relayAt, therapistInventory } from '../testing/relay-tests.ts';
import type { Relay } from './relay.ts';
import { newRoomName } from './room-name.ts';

const cleanup = closedAfterEach();
const relayOn = (port = 0, seen?: Uint8Array[]): Promise<Relay> => relayAt(cleanup, port, seen);

/** A therapist sharing the picture, and a client viewing it, each on their own connection to the relay. */
function pair(port: number, room: string) {
  const therapist = new EditingSession({ inventory: therapistInventory() });
  const tDoc = new Y.Doc();
  sharePicture(therapist, tDoc, { permissions: { moveRings: true } });
  const tWire = connect(port, room, tDoc);
  const client = new EditingSession();
  const cDoc = new Y.Doc();
  joinPicture(client, cDoc);
  const cWire = connect(port, room, cDoc);
  cleanup.push(
    () => tWire.destroy(),
    () => cWire.destroy(),
  );
  const id = (label: string) => Object.values(client.inventory.people).find((p) => p.name === label)?.id;
  return { therapist, client, tWire, cWire, id };
}

describe('two devices over the relay', () => {
  it("P3, R1: a ring change on the client's device reaches the therapist's session, where it can be undone", async () => {
    const relay = await relayOn();
    const { therapist, client, id } = pair(relay.port, newRoomName());
    await until(() => id('JL') !== undefined);
    client.dispatch(command('setCloseness', { id: id('JL')!, ring: 3 }));
    await until(() => therapist.inventory.people['jonas']?.tie.ring === 3);
    expect(therapist.undo()).toBe(true);
    await until(() => client.inventory.people[id('JL')!]?.tie.ring === 1);
  });

  it('P2: a private note the therapist types never reaches the relay, in any message', async () => {
    const seen: Uint8Array[] = [];
    const relay = await relayOn(0, seen);
    const { therapist, client, id } = pair(relay.port, newRoomName());
    await until(() => id('MO') !== undefined);
    therapist.dispatch(command('updatePerson', { id: 'mira', changes: { notes: { text: SECRET, sensitivity: 'private' } } }));
    therapist.dispatch(command('setCloseness', { id: 'mira', ring: 3 }));
    await until(() => client.inventory.people[id('MO')!]?.tie.ring === 3);
    const all = seen.map((m) => Buffer.from(m).toString('utf8')).join('\n');
    expect(seen.length).toBeGreaterThan(0);
    for (const secret of [SECRET, 'Jonas', 'Mira', 'Okafor', 'jonas', 'mira']) expect(all).not.toContain(secret);
    expect(JSON.stringify(client.inventory)).not.toContain(SECRET);
  });

  it('R5, Y3: the relay killed and started again mid-session loses no edit from either side', async () => {
    const first = await relayOn();
    const port = first.port;
    const { therapist, client, id, tWire, cWire } = pair(port, newRoomName());
    await until(() => id('JL') !== undefined && id('MO') !== undefined);
    await first.close();
    await until(() => !tWire.wsconnected && !cWire.wsconnected);
    // Both edit while the relay is down.
    client.dispatch(command('setCloseness', { id: id('JL')!, ring: 2 }));
    therapist.dispatch(command('setCloseness', { id: 'mira', ring: 3 }));
    await relayOn(port);
    await until(() => therapist.inventory.people['jonas']?.tie.ring === 2 && client.inventory.people[id('MO')!]?.tie.ring === 3);
  });

  it('Y3, Y5: two devices of the therapist editing offline merge every edit once they are back', async () => {
    const relay = await relayOn();
    const room = newRoomName();
    const a = new EditingSession({ inventory: therapistInventory() });
    const aDoc = new Y.Doc();
    bindSession(a, aDoc);
    const b = new EditingSession();
    const bDoc = new Y.Doc();
    bindSession(b, bDoc, { seed: false });
    const aWire = connect(relay.port, room, aDoc);
    const bWire = connect(relay.port, room, bDoc);
    cleanup.push(
      () => aWire.destroy(),
      () => bWire.destroy(),
    );
    await until(() => b.inventory.people['jonas'] !== undefined);
    aWire.disconnect();
    bWire.disconnect();
    a.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }));
    a.dispatch(command('updatePerson', { id: 'mira', changes: { notes: { text: 'Met at work', sensitivity: 'private' } } }));
    b.dispatch(command('setConflict', { id: 'jonas', conflict: 'high' }));
    b.dispatch(command('addPerson', { id: 'oma', name: 'Oma', category: 'other-family', ring: 2 }));
    aWire.connect();
    bWire.connect();
    await until(() => a.inventory.people['oma'] !== undefined && b.inventory.people['jonas']?.tie.ring === 3);
    await until(() => b.inventory.people['mira']?.notes?.text === 'Met at work' && a.inventory.people['jonas']?.tie.conflict === 'high');
    expect(a.inventory).toEqual(b.inventory);
    // Each undoes its own edits only.
    expect(b.undo()).toBe(true);
    await until(() => a.inventory.people['oma'] === undefined);
    expect(a.inventory.people['jonas']?.tie.ring).toBe(3);
  });
});
