import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { awarenessEntries, awarenessUpdateOf, claim, forgetAbsent } from '../awareness-clients.ts';
import { isRoomName } from './room-name.ts';
import { sealedRooms, type SealedRoomInfo } from './sealed-room.ts';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
/** The path of a sealed room starts with this, then the room's name (rule R7). */
const SEALED_PREFIX = 'sealed/';

/** Options of `startRelay`. */
export interface RelayOptions {
  /** The address to listen on; default `127.0.0.1`, so nothing outside this machine reaches it unless asked. */
  readonly host?: string;
  /** The port; default 1234, `0` for any free one. */
  readonly port?: number;
  /**
   * Web page origins allowed to connect (`https://clinic.example`). A browser always sends its page's origin; a
   * request from another origin is refused. Programs other than browsers send none and are let in: the room name is
   * the secret, the origin check keeps other web pages from using a visitor's browser to reach the relay.
   */
  readonly origins?: readonly string[];
  /** The largest message accepted, in bytes; a larger one closes the connection. Default 1 MiB. */
  readonly maxMessageBytes?: number;
  /** The largest document a room may hold, in bytes; an update that would pass it is refused. Default 16 MiB. */
  readonly maxRoomBytes?: number;
  /** Called with every message the relay receives, before anything else (tests read what crossed the wire). */
  readonly onMessage?: (room: string, data: Uint8Array) => void;
}

/** A running relay. */
export interface Relay {
  /** The port it listens on. */
  readonly port: number;
  /** The rooms open now (only while someone is in them: nothing is kept once a room is empty). */
  readonly rooms: ReadonlyMap<string, { readonly doc: Y.Doc; readonly connections: number }>;
  /** The sealed rooms open now (rule R7): how many entries and bytes each holds, never what they say. */
  readonly sealedRooms: ReadonlyMap<string, SealedRoomInfo>;
  /** Closes every connection and stops listening. */
  close(): Promise<void>;
}

interface Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Each connection, with the devices it speaks for (its own, from its first awareness message, until it comes back on a newer one). */
  readonly conns: Map<WebSocket, Set<number>>;
  /** The connections whose first awareness message has been read: a connection claims its device once. */
  readonly spoke: WeakSet<WebSocket>;
  /** An upper bound of the document's size, brought down to its real size whenever it reaches the limit. */
  bytes: number;
}

/**
 * A Yjs relay speaking the y-websocket protocol (sync and awareness messages, room name in the path), on `ws` and
 * `y-protocols` (rules R1 to R5; sealed rooms at `/sealed/<room>`, R7). It keeps a room's document in memory only while someone is connected to it, and
 * writes nothing to disk: when the last device leaves, the room is gone, and devices that reconnect bring back
 * what they hold. Room names must carry 128 random bits; web pages must come from an allowed origin; messages and
 * rooms have a size limit.
 */
export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const maxMessage = options.maxMessageBytes ?? 1024 * 1024;
  const maxRoom = options.maxRoomBytes ?? 16 * 1024 * 1024;
  const rooms = new Map<string, Room>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' }).end('This is a Relmap relay: connect with a WebSocket.\n');
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessage });
  const sealed = sealedRooms(maxRoom, send);

  server.on('upgrade', (req, socket, head) => {
    const refusal = refuse(req, options.origins);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => join(ws, roomOf(req)));
  });

  const roomFor = (name: string): Room => {
    let room = rooms.get(name);
    if (!room) {
      const doc = new Y.Doc({ gc: true });
      const awareness = new awarenessProtocol.Awareness(doc);
      awareness.setLocalState(null);
      room = { doc, awareness, conns: new Map(), spoke: new WeakSet(), bytes: 0 };
      const r = room;
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        const message = encode(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update));
        for (const conn of r.conns.keys()) if (conn !== origin) send(conn, message);
      });
      awareness.on('update', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>) => {
        const changed = [...added, ...updated, ...removed];
        const message = encode(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, changed)));
        for (const conn of r.conns.keys()) send(conn, message);
        forgetAbsent(awareness);
      });
      rooms.set(name, room);
    }
    return room;
  };

  const join = (ws: WebSocket, { name, sealed: isSealed }: { name: string; sealed: boolean }): void => {
    ws.binaryType = 'arraybuffer';
    const handle = isSealed ? sealed.join(ws, name) : joinPlain(ws, name);
    ws.on('message', (raw: RawData) => {
      const data = bytesOf(raw);
      options.onMessage?.(name, data);
      try {
        handle(data);
      } catch {
        ws.close(1007, 'malformed message');
      }
    });
    ws.on('error', () => ws.terminate());
    let alive = true;
    ws.on('pong', () => void (alive = true));
    const ping = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, 30_000);
    ws.once('close', () => clearInterval(ping));
  };

  const joinPlain = (ws: WebSocket, name: string): ((data: Uint8Array) => void) => {
    const room = roomFor(name);
    room.conns.set(ws, new Set());
    ws.on('close', () => leave(name, room, ws));
    send(
      ws,
      encode(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, room.doc)),
    );
    const states = [...room.awareness.getStates().keys()];
    if (states.length > 0)
      send(
        ws,
        encode(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(room.awareness, states))),
      );
    return (data) => receive(room, ws, data, maxRoom);
  };

  const leave = (name: string, room: Room, ws: WebSocket): void => {
    const ids = room.conns.get(ws);
    room.conns.delete(ws);
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(room.awareness, [...ids], null);
    // Nothing outlives the last device in a room: no copy of it is kept, in memory or on disk.
    if (room.conns.size === 0) {
      room.awareness.destroy();
      room.doc.destroy();
      rooms.delete(name);
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 1234, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    get rooms() {
      return new Map([...rooms].map(([name, room]) => [name, { doc: room.doc, connections: room.conns.size }]));
    },
    get sealedRooms() {
      return sealed.info;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const room of rooms.values()) for (const conn of room.conns.keys()) conn.terminate();
        for (const conn of sealed.connections()) conn.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function receive(room: Room, ws: WebSocket, data: Uint8Array, maxRoom: number): void {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_SYNC) {
    const size = data.byteLength;
    if (room.bytes + size > maxRoom) {
      room.bytes = Y.encodeStateAsUpdate(room.doc).byteLength;
      if (room.bytes + size > maxRoom) {
        ws.close(4413, 'room full');
        return;
      }
    }
    const step = decoding.readVarUint(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) {
      send(
        ws,
        encode(MESSAGE_SYNC, (e) => syncProtocol.readSyncStep1(decoder, e, room.doc)),
      );
    } else if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
      const update = decoding.readVarUint8Array(decoder);
      // Yjs logs and skips an update it cannot read; decoding it first lets the relay close the sender instead.
      Y.decodeUpdate(update);
      Y.applyUpdate(room.doc, update, ws);
      room.bytes += size;
    } else {
      throw new Error('unknown sync message');
    }
  } else if (type === MESSAGE_AWARENESS) {
    const said = decoding.readVarUint8Array(decoder);
    const entries = awarenessEntries(said);
    // A connection's first awareness message says its own device (later ones may pass on others'). The newest
    // connection a device speaks through owns its presence, so an old connection of a device that has come back,
    // closing late, withdraws nothing (y-protocols ignores the same state said again, so no update shows it).
    if (!room.spoke.has(ws) && entries[0] !== undefined) claim(room.conns, ws, entries[0].id);
    room.spoke.add(ws);
    // Only a device's own connection speaks for it: y-websocket's provider passes on what it hears, so a removal it
    // passes on late would take away a device that has come back in the meantime, and a state it passes on late, of
    // a device that has just left, would bring that device back under a clock the others have already heard.
    const own = room.conns.get(ws);
    const kept = entries.filter((e) => own?.has(e.id) === true);
    if (kept.length > 0) awarenessProtocol.applyAwarenessUpdate(room.awareness, kept.length === entries.length ? said : awarenessUpdateOf(kept), ws);
    // A device's removal of a state the relay never held (its connection's first word, said while leaving) leaves a
    // clock behind without a state: forget it too.
    forgetAbsent(room.awareness);
  }
}

function refuse(req: IncomingMessage, origins: readonly string[] | undefined): string | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && origins !== undefined && !origins.includes(origin)) return '403 Forbidden';
  if (origin !== undefined && origins === undefined && !isLoopback(origin)) return '403 Forbidden';
  if (!isRoomName(roomOf(req).name)) return '404 Not Found';
  return undefined;
}

/** Without a list of origins, only pages served from this machine may connect. */
function isLoopback(origin: string): boolean {
  try {
    const host = new URL(origin).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  } catch {
    return false;
  }
}

/** The room a request's path names, and whether it is a sealed one (`/sealed/<room>`, rule R7). */
function roomOf(req: IncomingMessage): { name: string; sealed: boolean } {
  let path: string;
  // A room name is plain base64url: a path that is not (malformed escapes included) names no room.
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://relay').pathname.slice(1));
  } catch {
    path = '';
  }
  const sealed = path.startsWith(SEALED_PREFIX);
  return { name: sealed ? path.slice(SEALED_PREFIX.length) : path, sealed };
}

function bytesOf(raw: RawData): Uint8Array {
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  if (Array.isArray(raw)) return new Uint8Array(Buffer.concat(raw));
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
}

function encode(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function send(ws: WebSocket, message: Uint8Array): void {
  if (ws.readyState !== ws.OPEN) return;
  ws.send(message, (error) => error && ws.terminate());
}
