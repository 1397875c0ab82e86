import { RelmapError } from './errors.ts';
import type { Id } from './model.ts';

const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
// Keys that would reach Object.prototype if a record were ever written with bracket assignment.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf']);

/** Whether a string may be used as an id: 1 to 64 of `A-Z a-z 0-9 _ . : -`, and not a reserved object key. */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value) && !RESERVED.has(value);
}

/** What a new id names: the kind decides its short prefix (`p-`, `t-`, `e-`, `f-`, `s-`, `g-`, `r-`). */
export type IdKind = 'person' | 'tie' | 'event' | 'focus' | 'snapshot' | 'goal' | 'review';

/** The prefix of each kind of id, so that an id read in a file or a log says what it names, and nothing more. */
export const ID_PREFIXES: Readonly<Record<IdKind, string>> = Object.freeze({
  person: 'p',
  tie: 't',
  event: 'e',
  focus: 'f',
  snapshot: 's',
  goal: 'g',
  review: 'r',
});

/**
 * Where new ids come from: given the kind and how many candidates this call has refused already (0, 1, ...), a
 * candidate id (it must be valid under `isValidId`). `newId` asks again while the candidate is taken, so a source
 * need not know the document.
 */
export type IdSource = (kind: IdKind, attempt: number) => Id;

// Core has no DOM types; `crypto.getRandomValues` is on globalThis in browsers and in Node 20 and later.
interface RandomValues {
  getRandomValues(array: Uint8Array): Uint8Array;
}

const RANDOM_LENGTH = 10;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
// The largest multiple of 36 below 256: bytes at or above it are drawn again, so every character is equally likely.
const UNBIASED = 252;

/**
 * The default source: the kind's prefix and 10 random base-36 characters from `crypto.getRandomValues`
 * (`p-4k0c9z1qma`), about 52 bits, so two devices adding someone at the same moment do not pick the same id.
 */
export const randomIdSource: IdSource = (kind) => {
  const bytes = new Uint8Array(RANDOM_LENGTH * 2);
  let out = '';
  while (out.length < RANDOM_LENGTH) {
    (globalThis as unknown as { crypto: RandomValues }).crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < UNBIASED && out.length < RANDOM_LENGTH) out += ALPHABET[byte % 36];
    }
  }
  return `${ID_PREFIXES[kind]}-${out}`;
};

/**
 * A deterministic source for tests and fixtures: `p-1`, `p-2`, `t-1`, ... counted per kind from 1. Each call
 * makes a new counter.
 */
export function countingIdSource(): IdSource {
  const counts = new Map<IdKind, number>();
  return (kind) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return `${ID_PREFIXES[kind]}-${n}`;
  };
}

let source: IdSource = randomIdSource;

/**
 * Replaces the source of new ids for every command that makes one without being given an `id`, and returns the
 * source it replaced so that the caller can put it back. `null` restores `randomIdSource`. Meant for tests and
 * fixtures that need the same ids on every run; an app keeps the random default.
 */
export function setIdSource(next: IdSource | null): IdSource {
  const previous = source;
  source = next ?? randomIdSource;
  return previous;
}

const MAX_TRIES = 1000;

/**
 * A new id of this kind that `taken` does not claim, carrying nothing of any name (SPEC M15). Throws if the
 * source keeps offering taken or invalid ids (a broken custom source), rather than looping for ever.
 */
export function newId(kind: IdKind, taken: (id: Id) => boolean = () => false): Id {
  for (let i = 0; i < MAX_TRIES; i++) {
    const id = source(kind, i);
    if (typeof id === 'string' && isValidId(id) && !taken(id)) return id;
  }
  throw new RelmapError('invalid-argument', 'id', `the id source gave no free, valid ${kind} id in ${MAX_TRIES} tries.`);
}
