import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { command, createInventory } from '@relmap/core';
import { EditingSession } from '@relmap/map/session';
import { joinPicture } from '../join-picture.ts';
import { sharePicture } from '../share-picture.ts';
import { startRelay, type Relay } from '../relay/relay.ts';
import { newRoomName } from '../relay/room-name.ts';
import { until } from '../testing/wire.ts';
import { SECRET, closedAfterEach, relayOn as relayAt, therapistInventory } from '../testing/relay-tests.ts';
import { SealedRoomError, exportRoomKey, importRoomKey, isRoomKeyText, newRoomKey, newRoomKeyText } from './room-key.ts';
import { SealedProvider, type SealedProviderOptions } from './sealed-provider.ts';
import { SEALED, encodeSealed } from './wire.ts';
import { seal } from './seal.ts';
import * as awarenessProtocol from 'y-protocols/awareness';

const cleanup = closedAfterEach();
const relayOn = (port = 0, seen?: Uint8Array[]): Promise<Relay> => relayAt(cleanup, port, seen);

function sealedWire(port: number, room: string, key: CryptoKey | Promise<CryptoKey>, doc: Y.Doc, options: SealedProviderOptions = {}): SealedProvider {
  const provider = new SealedProvider(`ws://127.0.0.1:${port}`, room, key, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 200,
    ...options,
  });
  cleanup.push(() => provider.destroy());
  return provider;
}

/** A therapist sharing the picture with names (label mode `name`) and a client viewing it, both in a sealed room. */
async function sealedPair(port: number, options: SealedProviderOptions = {}) {
  const room = newRoomName();
  const key = await newRoomKey();
  const therapist = new EditingSession({ inventory: therapistInventory({ privateNote: SECRET }) });
  const tDoc = new Y.Doc();
  sharePicture(therapist, tDoc, { labelMode: 'name', permissions: { moveRings: true } });
  const tWire = sealedWire(port, room, key, tDoc, options);
  const client = new EditingSession();
  const cDoc = new Y.Doc();
  joinPicture(client, cDoc);
  const cWire = sealedWire(port, room, key, cDoc, options);
  const id = (label: string) => Object.values(client.inventory.people).find((p) => p.name === label)?.id;
  return { room, key, therapist, client, tDoc, cDoc, tWire, cWire, id };
}

const text = (messages: Uint8Array[]) => messages.map((m) => Buffer.from(m).toString('latin1')).join('\n');

describe('sealed rooms', () => {
  it('E1, E2: the relay passes on every edit of a sealed room without being able to read any of it, names included', async () => {
    const seen: Uint8Array[] = [];
    const relay = await relayOn(0, seen);
    const { therapist, client, id } = await sealedPair(relay.port);
    await until(() => id('Jonas Lindqvist') !== undefined && id('Mira Okafor') !== undefined);
    client.dispatch(command('setCloseness', { id: id('Jonas Lindqvist')!, ring: 3 }));
    await until(() => therapist.inventory.people['jonas']?.tie.ring === 3);
    expect(therapist.undo()).toBe(true);
    await until(() => client.inventory.people[id('Jonas Lindqvist')!]?.tie.ring === 1);
    // Yjs writes strings as UTF-8 and keys in plain text: none of them, nor any label, reaches the relay.
    const all = text(seen);
    expect(seen.length).toBeGreaterThan(4);
    for (const word of ['Jonas', 'Lindqvist', 'Mira', 'Okafor', SECRET, 'people', 'ring', 'partner', 'friend']) expect(all).not.toContain(word);
    expect(JSON.stringify(client.inventory)).not.toContain(SECRET);
  });

  it('E3, R5: the relay killed and started again mid-session loses no edit from either side, and keeps nothing once the room is empty', async () => {
    const first = await relayOn();
    const port = first.port;
    const { therapist, client, id, tWire, cWire } = await sealedPair(port);
    await until(() => id('Jonas Lindqvist') !== undefined && tWire.synced && cWire.synced);
    expect(first.sealedRooms.size).toBe(1);
    await first.close();
    await until(() => !tWire.connected && !cWire.connected);
    client.dispatch(command('setCloseness', { id: id('Jonas Lindqvist')!, ring: 2 }));
    therapist.dispatch(command('setCloseness', { id: 'mira', ring: 3 }));
    const second = await relayOn(port);
    await until(() => therapist.inventory.people['jonas']?.tie.ring === 2 && client.inventory.people[id('Mira Okafor')!]?.tie.ring === 3);
    tWire.destroy();
    cWire.destroy();
    await until(() => second.sealedRooms.size === 0);
  });

  it('E4: a device sends one sealed state for the entries it has read, so the log stays short, and a device that joins late still gets everything', async () => {
    const relay = await relayOn();
    const { room, key, therapist, id } = await sealedPair(relay.port, { compactEvery: 4 });
    await until(() => id('Jonas Lindqvist') !== undefined);
    for (let i = 0; i < 30; i++) therapist.dispatch(command('setCloseness', { id: 'jonas', ring: (i % 3) + 1 }));
    therapist.dispatch(command('setCloseness', { id: 'mira', ring: 1 }));
    await until(() => (relay.sealedRooms.get(room)?.entries ?? 99) < 8);
    const late = new EditingSession();
    const lateDoc = new Y.Doc();
    joinPicture(late, lateDoc);
    const lateWire = sealedWire(relay.port, room, key, lateDoc);
    await until(() => lateWire.synced);
    const ring = (label: string) => Object.values(late.inventory.people).find((p) => p.name === label)?.tie.ring;
    await until(() => ring('Mira Okafor') === 1 && ring('Jonas Lindqvist') === therapist.inventory.people['jonas']?.tie.ring);
  });

  it('E5: a message sealed with another key, or not sealed at all, is dropped with a typed error and changes nothing', async () => {
    const relay = await relayOn();
    const { room, client, cWire, id } = await sealedPair(relay.port);
    await until(() => id('Jonas Lindqvist') !== undefined && cWire.synced);
    const errors: SealedRoomError[] = [];
    cWire.on('error', (e) => void errors.push(e));
    const before = JSON.stringify(client.inventory);
    // Someone who learnt the room's name but not its key: a picture of their own, sealed with their own key.
    const intruderDoc = new Y.Doc();
    const intruder = new EditingSession({ inventory: createInventory() });
    intruder.dispatch(command('addPerson', { id: 'x', name: 'Intruder', category: 'friend', ring: 1 }));
    sharePicture(intruder, intruderDoc, { labelMode: 'name', permissions: {} });
    sealedWire(relay.port, room, await newRoomKey(), intruderDoc);
    // And bytes that are no sealed message at all, sent straight to the room.
    const raw = new WebSocket(`ws://127.0.0.1:${relay.port}/sealed/${room}`);
    cleanup.push(() => raw.close());
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(encodeSealed(SEALED.update, [], new Uint8Array(64).fill(7)));
    await until(() => errors.length >= 2);
    expect(
      errors.every((e) => e instanceof SealedRoomError && e.code === 'decryption-failed' && /^(log entry|presence from connection) \d+$/.test(e.where)),
    ).toBe(true);
    expect(JSON.stringify(client.inventory)).toBe(before);
  });

  it('R7, E2: a device that joins a sealed room later hears at once who is already there', async () => {
    const relay = await relayOn();
    const room = newRoomName();
    const key = await newRoomKey();
    const first = sealedWire(relay.port, room, key, new Y.Doc());
    first.awareness.setLocalStateField('role', 'therapist');
    await until(() => first.synced);
    const late = sealedWire(relay.port, room, key, new Y.Doc());
    late.awareness.setLocalStateField('role', 'client');
    const roles = (w: SealedProvider) => [...w.awareness.getStates().values()].map((s) => (s as { role?: string }).role).sort();
    // Well before the 15 s in which an awareness state is renewed.
    await until(() => roles(late).join() === 'client,therapist', 2000);
  });

  it('E2: a device back on a new connection keeps its presence when its old connection closes late', async () => {
    const relay = await relayOn();
    const room = newRoomName();
    const key = await newRoomKey();
    const watcher = sealedWire(relay.port, room, key, new Y.Doc());
    await until(() => watcher.synced);
    const device = new awarenessProtocol.Awareness(new Y.Doc());
    cleanup.push(() => device.destroy());
    device.setLocalState({ role: 'client' });
    const sealed = await seal(key, `relmap:${room}:awareness`, awarenessProtocol.encodeAwarenessUpdate(device, [device.clientID]));
    const connection = async (): Promise<WebSocket> => {
      const ws = new WebSocket(`ws://127.0.0.1:${relay.port}/sealed/${room}`);
      cleanup.push(() => ws.terminate());
      await new Promise((resolve) => ws.once('open', resolve));
      ws.send(encodeSealed(SEALED.awareness, [], sealed));
      return ws;
    };
    const old = await connection();
    await until(() => watcher.awareness.getStates().has(device.clientID));
    await connection();
    await new Promise((resolve) => setTimeout(resolve, 50));
    old.close();
    await until(() => relay.sealedRooms.get(room)?.connections === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(watcher.awareness.getStates().has(device.clientID)).toBe(true);
  });

  it('E2: presence crosses a sealed room and goes with the device that leaves', async () => {
    const relay = await relayOn();
    const { tWire, cWire } = await sealedPair(relay.port);
    tWire.awareness.setLocalStateField('role', 'therapist');
    cWire.awareness.setLocalStateField('role', 'client');
    const roles = (w: SealedProvider) => [...w.awareness.getStates().values()].map((s) => (s as { role?: string }).role).sort();
    await until(() => roles(tWire).join() === 'client,therapist' && roles(cWire).join() === 'client,therapist');
    cWire.destroy();
    await until(() => roles(tWire).join() === 'therapist');
  });

  it('E1: a room key goes in a link as 43 base64url characters and comes back the same; anything else is refused as bad-key', async () => {
    const key = await newRoomKey();
    const text = await exportRoomKey(key);
    expect(text).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const back = await importRoomKey(text);
    const sealedThere = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, new Uint8Array([1, 2, 3]));
    expect([...new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, back, sealedThere))]).toEqual([1, 2, 3]);
    for (const bad of ['', 'short', text.slice(1), `${text}A`, text.replace(/./, '+')]) {
      await expect(importRoomKey(bad)).rejects.toMatchObject({ name: 'SealedRoomError', code: 'bad-key', where: 'key' });
    }
  });

  it('E1: a key written at once into a link opens the same room as the key it names; a link with a bad key connects nowhere and says so', async () => {
    const relay = await relayOn();
    const room = newRoomName();
    const text = newRoomKeyText();
    expect(isRoomKeyText(text)).toBe(true);
    expect(isRoomKeyText(text.slice(0, 42) + 'B')).toBe(false);
    const therapist = new EditingSession({ inventory: therapistInventory({ privateNote: SECRET }) });
    const tDoc = new Y.Doc();
    sharePicture(therapist, tDoc, { labelMode: 'name', permissions: {} });
    sealedWire(relay.port, room, importRoomKey(text), tDoc);
    const client = new EditingSession();
    const cDoc = new Y.Doc();
    joinPicture(client, cDoc);
    sealedWire(relay.port, room, importRoomKey(text), cDoc);
    await until(() => Object.values(client.inventory.people).some((p) => p.name === 'Jonas Lindqvist'));
    const errors: SealedRoomError[] = [];
    const lost = sealedWire(relay.port, room, importRoomKey('not a key'), new Y.Doc());
    lost.on('error', (e) => void errors.push(e));
    await until(() => errors.length === 1);
    expect(errors[0]).toMatchObject({ code: 'bad-key', where: 'key' });
    expect(lost.connected).toBe(false);
    expect(relay.sealedRooms.get(room)?.connections).toBe(2);
  });

  it('R7: a sealed room needs a room name of 128 random bits, and a room over its size limit closes the sender', async () => {
    const relay = await startRelay({ port: 0, maxRoomBytes: 2000 });
    cleanup.push(() => relay.close());
    const refused = new WebSocket(`ws://127.0.0.1:${relay.port}/sealed/guessable`);
    const status = await new Promise<number>((resolve) => refused.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(404);
    const room = newRoomName();
    const ws = new WebSocket(`ws://127.0.0.1:${relay.port}/sealed/${room}`);
    cleanup.push(() => ws.close());
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    for (let i = 0; i < 5; i++) ws.send(encodeSealed(SEALED.update, [], new Uint8Array(600)));
    expect(await closed).toBe(4413);
  });
});
