import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

/** A device's connection to a relay from Node (which has no WebSocket of its own before version 22). */
export function connect(port: number, room: string, doc: Y.Doc = new Y.Doc()): WebsocketProvider {
  return new WebsocketProvider(`ws://127.0.0.1:${port}`, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 200,
    // Two devices in one test process would otherwise also meet over a BroadcastChannel, past the relay.
    disableBc: true,
  });
}

/**
 * Resolves once `check` holds, trying again on every tick of the event loop for up to `ms`: a guard against a hang,
 * not a speed check (a reconnect took over 5 s once while the browser tests ran on the same two cores).
 */
export async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`still not so after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
