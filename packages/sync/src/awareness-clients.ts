import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The client ids an awareness update speaks of (its format: a count, then id, clock and state for each). */
export function awarenessClients(update: Uint8Array): number[] {
  return entries(update).map((e) => e.id);
}

/** The update with only the entries of the clients `keep` accepts; `undefined` when none is left. */
export function keepAwarenessClients(update: Uint8Array, keep: (id: number) => boolean): Uint8Array | undefined {
  const all = entries(update);
  const kept = all.filter((e) => keep(e.id));
  if (kept.length === all.length) return update;
  if (kept.length === 0) return undefined;
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, kept.length);
  for (const { id, clock, state } of kept) {
    encoding.writeVarUint(e, id);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, state);
  }
  return encoding.toUint8Array(e);
}

function entries(update: Uint8Array): { id: number; clock: number; state: string }[] {
  const d = decoding.createDecoder(update);
  const out: { id: number; clock: number; state: string }[] = [];
  for (let n = decoding.readVarUint(d); n > 0; n--) out.push({ id: decoding.readVarUint(d), clock: decoding.readVarUint(d), state: decoding.readVarString(d) });
  return out;
}
