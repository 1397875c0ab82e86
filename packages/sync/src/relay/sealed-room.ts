import type { WebSocket } from 'ws';
import { SEALED, decodeSealed, encodeSealed } from '../sealed/wire.ts';

/** One sealed room as the relay holds it: the log of sealed updates and who is connected. */
interface SealedRoom {
  /** Sealed updates by number, oldest first; a compacted state stands in for the entries up to its number. */
  readonly log: { seq: number; payload: Uint8Array }[];
  readonly conns: Map<WebSocket, number>;
  nextSeq: number;
  bytes: number;
}

/** What a relay's sealed rooms show to tests and to `Relay.rooms`: sizes, never contents. */
export interface SealedRoomInfo {
  readonly entries: number;
  readonly bytes: number;
  readonly connections: number;
}

/**
 * The relay's side of sealed rooms (rule R7): it keeps, in memory and only while someone is connected, a log of
 * updates it cannot read, gives every new connection the log, passes awareness on without keeping it, and lets a
 * device replace the log's oldest entries with one sealed state that holds them. It reads no payload.
 */
export function sealedRooms(maxRoom: number, send: (ws: WebSocket, message: Uint8Array) => void) {
  const rooms = new Map<string, SealedRoom>();
  let nextConn = 1;

  const receive = (room: SealedRoom, ws: WebSocket, data: Uint8Array): void => {
    const { kind, numbers, payload } = decodeSealed(data, true);
    if (kind === SEALED.awareness) {
      const message = encodeSealed(SEALED.presence, [room.conns.get(ws)!], payload);
      for (const conn of room.conns.keys()) if (conn !== ws) send(conn, message);
      return;
    }
    if (room.bytes + payload.byteLength > maxRoom) {
      ws.close(4413, 'room full');
      return;
    }
    if (kind === SEALED.update) {
      const seq = room.nextSeq++;
      room.log.push({ seq, payload });
      room.bytes += payload.byteLength;
      const message = encodeSealed(SEALED.entry, [seq], payload);
      for (const conn of room.conns.keys()) send(conn, message);
      return;
    }
    // A compacted state: the sender had every entry up to `upTo` when it sealed it, so it can stand in for them.
    const upTo = numbers[0]!;
    if (upTo >= room.nextSeq || room.log.length === 0 || upTo < room.log[0]!.seq) return;
    const kept = room.log.filter((e) => e.seq > upTo);
    room.log.length = 0;
    room.log.push({ seq: upTo, payload }, ...kept);
    room.bytes = room.log.reduce((sum, e) => sum + e.payload.byteLength, 0);
  };

  return {
    /** The sealed rooms open now, by name: sizes only. */
    get info(): ReadonlyMap<string, SealedRoomInfo> {
      return new Map([...rooms].map(([name, r]) => [name, { entries: r.log.length, bytes: r.bytes, connections: r.conns.size }]));
    },
    /** Every connection to a sealed room. */
    connections(): WebSocket[] {
      return [...rooms.values()].flatMap((r) => [...r.conns.keys()]);
    },
    /** Lets a connection into a sealed room: sends it the log, then handles what it sends until it closes. */
    join(ws: WebSocket, name: string): (data: Uint8Array) => void {
      let room = rooms.get(name);
      if (!room) rooms.set(name, (room = { log: [], conns: new Map(), nextSeq: 1, bytes: 0 }));
      const r = room;
      r.conns.set(ws, nextConn++);
      for (const e of r.log) send(ws, encodeSealed(SEALED.entry, [e.seq], e.payload));
      send(ws, encodeSealed(SEALED.caughtUp, [r.nextSeq - 1]));
      ws.on('close', () => {
        const conn = r.conns.get(ws)!;
        r.conns.delete(ws);
        const left = encodeSealed(SEALED.left, [conn]);
        for (const other of r.conns.keys()) send(other, left);
        // Nothing outlives the last device in a room (rule R5).
        if (r.conns.size === 0) rooms.delete(name);
      });
      return (data) => receive(r, ws, data);
    },
  };
}
