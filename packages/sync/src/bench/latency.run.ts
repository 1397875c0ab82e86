// Drag-to-remote latency and bytes per edit over a real relay on loopback (`pnpm bench:sync`).
//
// A therapist's session shares its picture and a client's session views it, each over its own WebSocket to a relay
// on 127.0.0.1 in this process. "Drag to remote" is from the client's `setCloseness` (a drag that ends on another
// ring) to the therapist's session holding the change, and back to the client as the picture written again; the
// relay counts the bytes it receives. Also: the bytes of one edit in the therapist's own document (two devices of
// the therapist), and the memory a room costs the relay.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { command, createInventory, type Inventory } from '@relmap/core';
import { EditingSession } from '@relmap/map/session';
import { SealedProvider, bindSession, joinPicture, newRoomKey, sharePicture } from '../index.ts';
import { newRoomName, startRelay } from '../relay/index.ts';

const EDITS = Number(process.argv[2] ?? 200);
const PEOPLE = 30;

function inventory(): Inventory {
  const session = new EditingSession({ inventory: createInventory() });
  for (let i = 0; i < PEOPLE; i++) {
    session.dispatch(
      command('addPerson', {
        name: `Person ${i} Lastname`,
        ring: 1 + (i % 3),
        notes: { text: `A private note about person ${i}, a sentence long.`, sensitivity: i % 2 ? 'private' : 'shareable' },
      }),
    );
  }
  return session.inventory;
}

const connect = (port: number, room: string, doc: Y.Doc) =>
  new WebsocketProvider(`ws://127.0.0.1:${port}`, room, doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, disableBc: true });

const until = async (check: () => boolean): Promise<void> => {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
};

const pct = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

let received = 0;
const relay = await startRelay({ port: 0, onMessage: (_room, data) => void (received += data.byteLength) });
const room = newRoomName();
const therapist = new EditingSession({ inventory: inventory() });
const tDoc = new Y.Doc();
sharePicture(therapist, tDoc, { permissions: { moveRings: true } });
const client = new EditingSession();
const cDoc = new Y.Doc();
joinPicture(client, cDoc);
const tWire = connect(relay.port, room, tDoc);
const cWire = connect(relay.port, room, cDoc);
await until(() => Object.keys(client.inventory.people).length === PEOPLE);

const ids = Object.keys(client.inventory.people);
const toTherapist: number[] = [];
const bytes: number[] = [];
for (let i = 0; i < EDITS; i++) {
  const id = ids[i % ids.length]!;
  const ring = (client.inventory.people[id]!.tie.ring % 3) + 1;
  const changes = therapist.inventory;
  const before = received;
  const start = performance.now();
  client.dispatch(command('setCloseness', { id, ring }));
  await until(() => therapist.inventory !== changes);
  toTherapist.push(performance.now() - start);
  // Let whatever else the edit sends (the picture written again, if it differs) reach the relay before counting.
  await new Promise((resolve) => setTimeout(resolve, 5));
  bytes.push(received - before);
}

// The same in a sealed room (rules E1 to E5): every message sealed on the device, the relay keeping a log.
const sealedRoom = newRoomName();
const key = await newRoomKey();
const sealedWire = (doc: Y.Doc) =>
  new SealedProvider(`ws://127.0.0.1:${relay.port}`, sealedRoom, key, doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket });
const sTherapist = new EditingSession({ inventory: inventory() });
const sTDoc = new Y.Doc();
sharePicture(sTherapist, sTDoc, { permissions: { moveRings: true } });
const sClient = new EditingSession();
const sCDoc = new Y.Doc();
joinPicture(sClient, sCDoc);
const sTWire = sealedWire(sTDoc);
const sCWire = sealedWire(sCDoc);
await until(() => Object.keys(sClient.inventory.people).length === PEOPLE);
const sIds = Object.keys(sClient.inventory.people);
const sealedToTherapist: number[] = [];
const sealedBytes: number[] = [];
for (let i = 0; i < EDITS; i++) {
  const id = sIds[i % sIds.length]!;
  const ring = (sClient.inventory.people[id]!.tie.ring % 3) + 1;
  const changes = sTherapist.inventory;
  const before = received;
  const start = performance.now();
  sClient.dispatch(command('setCloseness', { id, ring }));
  await until(() => sTherapist.inventory !== changes);
  sealedToTherapist.push(performance.now() - start);
  await new Promise((resolve) => setTimeout(resolve, 5));
  sealedBytes.push(received - before);
}
const sealedLog = relay.sealedRooms.get(sealedRoom)!;

// The therapist's own two devices, over the same relay: bytes of one ring change in the full document.
const fullRoom = newRoomName();
const a = new EditingSession({ inventory: inventory() });
const aDoc = new Y.Doc();
bindSession(a, aDoc);
const full: number[] = [];
aDoc.on('update', (u: Uint8Array) => void full.push(u.byteLength));
const aWire = connect(relay.port, fullRoom, aDoc);
const people = Object.keys(a.inventory.people);
for (let i = 0; i < EDITS; i++) a.dispatch(command('setCloseness', { id: people[i % people.length]!, ring: 1 + ((i + 1) % 3) }));

// What a room's document costs the relay: the picture as the relay holds it, in 200 documents, heap before and after.
const gc = (globalThis as { gc?: () => void }).gc;
const pictureState = Y.encodeStateAsUpdate(relay.rooms.get(room)!.doc);
const pictureBytes = pictureState.byteLength;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const ROOMS = 200;
const held: Y.Doc[] = [];
for (let r = 0; r < ROOMS; r++) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, pictureState);
  held.push(doc);
}
gc?.();
const perRoom = (process.memoryUsage().heapUsed - heapBefore) / held.length;
const extra: WebsocketProvider[] = [];

const median = (v: number[]) => pct(v, 50);
console.log(`edits: ${EDITS} ring changes, ${PEOPLE} people, relay on 127.0.0.1 in this process, Node ${process.version}`);
console.log(`client drag to therapist's session: p50 ${median(toTherapist).toFixed(2)} ms, p95 ${pct(toTherapist, 95).toFixed(2)} ms`);
console.log(`bytes the relay receives per client ring change (all messages it causes): median ${median(bytes)}, p95 ${pct(bytes, 95)}`);
console.log(`sealed room, client drag to therapist's session: p50 ${median(sealedToTherapist).toFixed(2)} ms, p95 ${pct(sealedToTherapist, 95).toFixed(2)} ms`);
console.log(`sealed room, bytes the relay receives per client ring change: median ${median(sealedBytes)}, p95 ${pct(sealedBytes, 95)}`);
console.log(`sealed room after ${EDITS} edits: the relay holds ${sealedLog.entries} log entries, ${sealedLog.bytes} bytes`);
console.log(`bytes of one ring change in the therapist's full document (Yjs update): median ${median(full)}, p95 ${pct(full, 95)}`);
console.log(`picture of ${PEOPLE} people, after ${EDITS} edits, as the relay's Yjs state: ${pictureBytes} bytes`);
console.log(
  `relay heap per room document (that picture, ${ROOMS} documents): ${(perRoom / 1024).toFixed(1)} KiB${gc ? '' : ' (run with --expose-gc for a steadier figure)'}`,
);
for (const p of [tWire, cWire, aWire, sTWire, sCWire, ...extra]) p.destroy();
await relay.close();
process.exit(0);
