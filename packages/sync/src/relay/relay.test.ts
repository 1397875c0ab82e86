import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { trackPresence } from '../presence.ts';
import { connect, until } from '../testing/wire.ts';
import { startRelay, type Relay } from './relay.ts';
import { isRoomName, newRoomName } from './room-name.ts';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function relay(options: Parameters<typeof startRelay>[0] = {}): Promise<Relay> {
  const r = await startRelay({ port: 0, ...options });
  open.push(r);
  return r;
}

/** How a raw WebSocket connection attempt ends: `open`, or the HTTP status it was refused with. */
function attempt(url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    ws.on('error', () => resolve('error'));
  });
}

/** Says `update` on an open raw connection as y-websocket's awareness message (type 1). */
function sayOn(ws: WebSocket, update: Uint8Array): void {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, update);
  ws.send(encoding.toUint8Array(e));
}

/** Opens a raw connection to a room and says `update` on it as y-websocket's awareness message. */
async function say(port: number, room: string, update: Uint8Array): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/${room}`);
  open.push({ close: () => ws.terminate() });
  await new Promise((resolve) => ws.once('open', resolve));
  sayOn(ws, update);
  return ws;
}

/**
 * A room watched by a provider with presence (which, as every page of a session does, forgets a device that left,
 * so that it hears it come back), and two devices on raw connections of their own: `device`, whose state is
 * `said` on `first`, and another device on `passer`, through which the tests pass things on late.
 */
async function deviceAndPasser(port: number) {
  const room = newRoomName();
  const watcher = connect(port, room);
  open.push({ close: () => watcher.destroy() });
  const presence = trackPresence(watcher.awareness, 'therapist');
  open.push({ close: () => presence.destroy() });
  const device = new awarenessProtocol.Awareness(new Y.Doc());
  const other = new awarenessProtocol.Awareness(new Y.Doc());
  open.push({ close: () => device.destroy() }, { close: () => other.destroy() });
  device.setLocalState({ role: 'client' });
  other.setLocalState({ role: 'therapist' });
  const said = awarenessProtocol.encodeAwarenessUpdate(device, [device.clientID]);
  const first = await say(port, room, said);
  const passer = await say(port, room, awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]));
  const heard = (): boolean => watcher.awareness.getStates().has(device.clientID);
  await until(() => heard() && watcher.awareness.getStates().has(other.clientID));
  return { room, device, said, first, passer, heard };
}

describe('the relay', () => {
  it('R6: a removal another device passes on late does not take away a device that has come back meanwhile', async () => {
    const r = await relay();
    const { room, device, said, first, passer, heard } = await deviceAndPasser(r.port);
    // The device's connection closes: the relay withdraws it, and the other device hears the removal.
    first.close();
    await until(() => !heard());
    const removal = new awarenessProtocol.Awareness(new Y.Doc());
    open.push({ close: () => removal.destroy() });
    awarenessProtocol.applyAwarenessUpdate(removal, said, null);
    awarenessProtocol.removeAwarenessStates(removal, [device.clientID], null);
    const passedOn = awarenessProtocol.encodeAwarenessUpdate(removal, [device.clientID]);
    // The device comes back before the other device's copy of the removal reaches the relay.
    await say(r.port, room, said);
    await until(heard);
    sayOn(passer, passedOn);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(heard()).toBe(true);
  });

  it('R6: a state another device passes on late, of a device that has just left, does not bring it back', async () => {
    const r = await relay();
    const { room, said, first, passer, heard } = await deviceAndPasser(r.port);
    first.close();
    await until(() => !heard());
    // The other device heard the device's state before it left, and passes it on only now (a loaded machine).
    sayOn(passer, said);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(heard()).toBe(false);
    // The device comes back saying the state it had, with the same clock: everyone takes it at once.
    await say(r.port, room, said);
    await until(heard, 2_000);
  });

  it('R6: a device that comes back on a new connection keeps its presence when its old connection closes late', async () => {
    const r = await relay();
    const room = newRoomName();
    const watcher = connect(r.port, room);
    open.push({ close: () => watcher.destroy() });
    const device = new awarenessProtocol.Awareness(new Y.Doc());
    open.push({ close: () => device.destroy() });
    device.setLocalState({ role: 'client' });
    const update = awarenessProtocol.encodeAwarenessUpdate(device, [device.clientID]);
    const old = await say(r.port, room, update);
    await until(() => watcher.awareness.getStates().has(device.clientID));
    // Back on a new connection, saying the same state (same clock) before the relay has seen the old one close.
    await say(r.port, room, update);
    await new Promise((resolve) => setTimeout(resolve, 50));
    old.close();
    await until(() => r.rooms.get(room)?.connections === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(watcher.awareness.getStates().has(device.clientID)).toBe(true);
  });

  it('R1: listens on 127.0.0.1 unless told otherwise, and relays a document between two devices', async () => {
    const r = await relay();
    const room = newRoomName();
    const a = connect(r.port, room);
    const b = connect(r.port, room);
    open.push({ close: () => a.destroy() }, { close: () => b.destroy() });
    a.doc.getMap('m').set('k', 'v');
    await until(() => b.doc.getMap('m').get('k') === 'v');
    expect(await attempt(`ws://127.0.0.1:${r.port}/${room}`)).toBe('open');
  });

  it('R2: a room name must carry 128 random bits; others are refused', async () => {
    expect(newRoomName()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newRoomName()).not.toBe(newRoomName());
    expect(isRoomName('session-1')).toBe(false);
    const r = await relay();
    expect(await attempt(`ws://127.0.0.1:${r.port}/session-1`)).toBe('404');
    expect(await attempt(`ws://127.0.0.1:${r.port}/%E0%A4%A${'A'.repeat(22)}`)).toBe('404');
    expect(await attempt(`ws://127.0.0.1:${r.port}/${newRoomName()}`)).toBe('open');
  });

  it('R3: a web page from an origin not allowed is refused; by default only pages of this machine', async () => {
    const room = newRoomName();
    const r = await relay({ origins: ['https://clinic.example'] });
    expect(await attempt(`ws://127.0.0.1:${r.port}/${room}`, { origin: 'https://evil.example' })).toBe('403');
    expect(await attempt(`ws://127.0.0.1:${r.port}/${room}`, { origin: 'https://clinic.example' })).toBe('open');
    const local = await relay();
    expect(await attempt(`ws://127.0.0.1:${local.port}/${room}`, { origin: 'https://evil.example' })).toBe('403');
    expect(await attempt(`ws://127.0.0.1:${local.port}/${room}`, { origin: 'http://localhost:5173' })).toBe('open');
  });

  it('R4: a message over the limit closes its connection, and a room over its limit takes no more', async () => {
    const r = await relay({ maxMessageBytes: 4096, maxRoomBytes: 20_000 });
    const room = newRoomName();
    const a = connect(r.port, room);
    open.push({ close: () => a.destroy() });
    await until(() => a.wsconnected && a.synced);
    const closed = new Promise<number>((resolve) => a.ws!.addEventListener('close', (e) => resolve((e as { code: number }).code)));
    a.doc.getMap('m').set('big', 'x'.repeat(10_000));
    expect(await closed).toBe(1009);
    expect(r.rooms.get(room)?.doc.getMap('m').get('big')).toBeUndefined();

    const full = newRoomName();
    const b = connect(r.port, full);
    open.push({ close: () => b.destroy() });
    await until(() => b.wsconnected && b.synced);
    const codes: number[] = [];
    b.ws!.addEventListener('close', (e) => codes.push((e as { code: number }).code));
    for (let i = 0; i < 10; i++) b.doc.getMap('m').set(`k${i}`, 'y'.repeat(3000));
    await until(() => codes.length > 0);
    expect(codes[0]).toBe(4413);
    const held = r.rooms.get(full)?.doc;
    if (held) {
      expect(held.getMap('m').size).toBeLessThan(10);
      expect(Y.encodeStateAsUpdate(held).byteLength).toBeLessThanOrEqual(20_000);
    }
  });

  it('R4: a malformed message closes its connection and leaves the relay and the room serving the others', async () => {
    const r = await relay();
    const room = newRoomName();
    const a = connect(r.port, room);
    const b = connect(r.port, room);
    open.push({ close: () => a.destroy() }, { close: () => b.destroy() });
    await until(() => a.synced && b.synced);
    const raw = new WebSocket(`ws://127.0.0.1:${r.port}/${room}`);
    const code = await new Promise<number>((resolve) => {
      raw.on('open', () => raw.send(Buffer.from([0, 2, 255, 255, 255, 255, 255, 1])));
      raw.on('close', (c) => resolve(c));
    });
    expect(code).toBe(1007);
    a.doc.getMap('m').set('k', 'still here');
    await until(() => b.doc.getMap('m').get('k') === 'still here');
  });

  it('R5: nothing is kept once the last device has left a room', async () => {
    const r = await relay();
    const room = newRoomName();
    const a = connect(r.port, room);
    a.doc.getMap('m').set('k', 'v');
    await until(() => r.rooms.get(room)?.doc.getMap('m').get('k') === 'v');
    a.destroy();
    await until(() => r.rooms.size === 0);
  });
});
