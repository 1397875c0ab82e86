import * as decoding from 'lib0/decoding';

/** The presence states the devices said, read from the awareness messages among `messages` (y-websocket's type 1). */
export function presenceSaid(messages: readonly Uint8Array[]): Record<string, unknown>[] {
  const said: Record<string, unknown>[] = [];
  for (const message of messages) {
    const d = decoding.createDecoder(message);
    if (decoding.readVarUint(d) !== 1) continue;
    const update = decoding.createDecoder(decoding.readVarUint8Array(d));
    for (let n = decoding.readVarUint(update); n > 0; n--) {
      decoding.readVarUint(update);
      decoding.readVarUint(update);
      const state = JSON.parse(decoding.readVarString(update)) as Record<string, unknown> | null;
      if (state) said.push(state);
    }
  }
  return said;
}
