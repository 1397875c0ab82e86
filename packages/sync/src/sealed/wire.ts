import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The messages of a sealed room (rule E3). The relay reads only the kind, the numbers and the length of what it
 * passes on; every payload is sealed with the room key, which the relay never has.
 */
export const SEALED = {
  /** device -> relay: a sealed Yjs update, to keep in the room's log and pass to everyone (the sender included). */
  update: 0,
  /** device -> relay: a sealed awareness update, passed to the others and never kept. */
  awareness: 1,
  /** device -> relay: a sealed state holding every log entry up to a number, to stand in for them. */
  compact: 2,
  /** relay -> device: a log entry with its number. */
  entry: 0,
  /** relay -> device: an awareness update with the number of the connection it came from. */
  presence: 1,
  /** relay -> device: the connection of that number has gone; its awareness states go with it. */
  left: 3,
  /** relay -> device: the log has been sent, up to the entry of that number. */
  caughtUp: 4,
} as const;

/** A message decoded: its kind, its numbers and its payload (empty when it has none). */
export interface SealedMessage {
  readonly kind: number;
  readonly numbers: readonly number[];
  readonly payload: Uint8Array;
}

/** How many numbers each kind carries, device to relay and relay to device. */
const TO_RELAY: Record<number, [numbers: number, payload: boolean]> = { 0: [0, true], 1: [0, true], 2: [1, true] };
const TO_DEVICE: Record<number, [numbers: number, payload: boolean]> = { 0: [1, true], 1: [1, true], 3: [1, false], 4: [1, false] };

/** Encodes a message: the kind, its numbers, then its payload. */
export function encodeSealed(kind: number, numbers: readonly number[], payload?: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, kind);
  for (const n of numbers) encoding.writeVarUint(e, n);
  if (payload) encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** Decodes a message sent to the relay (`toRelay`) or to a device; throws on an unknown kind or a short message. */
export function decodeSealed(data: Uint8Array, toRelay: boolean): SealedMessage {
  const d = decoding.createDecoder(data);
  const kind = decoding.readVarUint(d);
  const shape = (toRelay ? TO_RELAY : TO_DEVICE)[kind];
  if (!shape) throw new Error(`unknown sealed message kind ${kind}`);
  const numbers: number[] = [];
  for (let i = 0; i < shape[0]; i++) numbers.push(decoding.readVarUint(d));
  const payload = shape[1] ? decoding.readVarUint8Array(d) : new Uint8Array(0);
  if (decoding.hasContent(d)) throw new Error('sealed message longer than its kind');
  return { kind, numbers, payload };
}
