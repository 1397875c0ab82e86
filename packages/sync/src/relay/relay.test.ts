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

/** Opens a raw connection to a room and says `update` on it as y-websocket's awareness message (type 1). */
async function say(port: number, room: string, update: Uint8Array): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/${room}`);
  open.push({ close: () => ws.terminate() });
  await new Promise((resolve) => ws.once('open', resolve));
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, update);
  ws.send(encoding.toUint8Array(e));
  return ws;
}

describe('the relay', () => {
  it('R6: a removal another device passes on late does not take away a device that has come back meanwhile', async () => {
    const r = await relay();
    const room = newRoomName();
    const watcher = connect(r.port, room);
    open.push({ close: () => watcher.destroy() });
    // As every page of a session does, the watcher forgets a device that left, so that it hears it come back.
    const presence = trackPresence(watcher.awareness, 'therapist');
    open.push({ close: () => presence.destroy() });
    const device = new awarenessProtocol.Awareness(new Y.Doc());
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    open.push({ close: () => device.destroy() }, { close: () => other.destroy() });
    device.setLocalState({ role: 'client' });
    other.setLocalState({ role: 'therapist' });
    const first = await say(r.port, room, awarenessProtocol.encodeAwarenessUpdate(device, [device.clientID]));
    const passer = await say(r.port, room, awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]));
    await until(() => watcher.awareness.getStates().has(device.clientID) && watcher.awareness.getStates().has(other.clientID));
    // The device's connection closes: the relay withdraws it, and the other device hears the removal.
    first.close();
    await until(() => !watcher.awareness.getStates().has(device.clientID));
    const removal = new awarenessProtocol.Awareness(new Y.Doc());
    open.push({ close: () => removal.destroy() });
    awarenessProtocol.applyAwarenessUpdate(removal, awarenessProtocol.encodeAwarenessUpdate(device, [device.clientID]), null);
    awarenessProtocol.removeAwarenessStates(removal, [device.clientID], null);
    const passedOn = awarenessProtocol.encodeAwarenessUpdate(removal, [device.clientID]);
    // The device comes back before the other device's copy of the removal reaches the relay.
    await say(r.port, room, awarenessProtocol.encodeAwarenessUpdate(device, [device.clientID]));
    await until(() => watcher.awareness.getStates().has(device.clientID));
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, passedOn);
    passer.send(encoding.toUint8Array(e));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(watcher.awareness.getStates().has(device.clientID)).toBe(true);
  });

  it('R6: a state another device passes on late, of a device that has just left, does not bring it back', async () => {
    const r = await relay();
    const room = newRoomName();
    const watcher = connect(r.port, room);
    open.push({ close: () => watcher.destroy() });
    const presence = trackPresence(watcher.awareness, 'therapist');
    open.push({ close: () => presence.destroy() });
    const device = new awarenessProtocol.Awareness(new Y.Doc());
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    open.push({ close: () => device.destroy() }, { close: () => other.destroy() });
    device.setLocalState({ role: 'client' });
    other.setLocalState({ role: 'therapist' });
    const said = awarenessProtocol.encodeAwarenessUpdate(device, [device.clientID]);
    const first = await say(r.port, room, said);
    const passer = await say(r.port, room, awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]));
    await until(() => watcher.awareness.getStates().has(device.clientID) && watcher.awareness.getStates().has(other.clientID));
    first.close();
    await until(() => !watcher.awareness.getStates().has(device.clientID));
    // The other device heard the device's state before it left, and passes it on only now (a loaded machine).
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, said);
    passer.send(encoding.toUint8Array(e));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(watcher.awareness.getStates().has(device.clientID)).toBe(false);
    // The device comes back saying the state it had, with the same clock: everyone takes it at once.
    await say(r.port, room, said);
    await until(() => watcher.awareness.getStates().has(device.clientID), 2_000);
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
