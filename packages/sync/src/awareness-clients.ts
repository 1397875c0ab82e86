import type { Awareness } from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's entry in an awareness update: its id, its clock, and its state as JSON (`null` when it left). */
export interface AwarenessEntry {
  readonly id: number;
  readonly clock: number;
  readonly state: string;
}

/** The entries of an awareness update (its format: a count, then id, clock and state for each). */
export function awarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const d = decoding.createDecoder(update);
  const out: AwarenessEntry[] = [];
  for (let n = decoding.readVarUint(d); n > 0; n--) out.push({ id: decoding.readVarUint(d), clock: decoding.readVarUint(d), state: decoding.readVarString(d) });
  return out;
}

/** An awareness update of these entries. */
export function awarenessUpdateOf(entries: readonly AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const { id, clock, state } of entries) {
    encoding.writeVarUint(e, id);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, state);
  }
  return encoding.toUint8Array(e);
}

/**
 * Forgets the other devices that left, clock included (R6, P7): a device that comes back says itself again with the
 * clock it had, which would otherwise go unheard until it renews its state, 15 s later. This device's own clock is
 * kept, since the others go by it.
 */
export function forgetAbsent(awareness: Awareness): void {
  for (const id of awareness.meta.keys()) if (id !== awareness.clientID && !awareness.states.has(id)) awareness.meta.delete(id);
}

/**
 * Gives the presence of device `id` to connection `by` alone (rule R6): the newest connection a device speaks
 * through owns its presence, so an old one, closing late, withdraws nothing.
 */
export function claim<C>(owners: ReadonlyMap<C, Set<number>>, by: C, id: number): void {
  for (const [conn, claimed] of owners) claimed[conn === by ? 'add' : 'delete'](id);
}
