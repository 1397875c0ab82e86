import * as decoding from 'lib0/decoding';
import { awarenessEntries } from '../awareness-clients.ts';

/** The presence states the devices said, read from the awareness messages among `messages` (y-websocket's type 1). */
export function presenceSaid(messages: readonly Uint8Array[]): Record<string, unknown>[] {
  const said: Record<string, unknown>[] = [];
  for (const message of messages) {
    const d = decoding.createDecoder(message);
    if (decoding.readVarUint(d) !== 1) continue;
    for (const { state } of awarenessEntries(decoding.readVarUint8Array(d))) {
      const parsed = JSON.parse(state) as Record<string, unknown> | null;
      if (parsed) said.push(parsed);
    }
  }
  return said;
}
