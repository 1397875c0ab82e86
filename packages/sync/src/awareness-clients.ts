import * as decoding from 'lib0/decoding';

/** The client ids an awareness update speaks of (its format: a count, then id, clock and state for each). */
export function awarenessClients(update: Uint8Array): number[] {
  const d = decoding.createDecoder(update);
  const ids: number[] = [];
  for (let n = decoding.readVarUint(d); n > 0; n--) {
    ids.push(decoding.readVarUint(d));
    decoding.readVarUint(d);
    decoding.readVarString(d);
  }
  return ids;
}
