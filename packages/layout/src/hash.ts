/**
 * Deterministic hashing and pseudo-randomness. The layout never calls `Math.random`: every choice that needs a
 * tie-break or a jiggle is derived from ids or from a seeded generator, so the same inventory gives the same picture.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The 32-bit FNV-1a hash of a string's UTF-16 code units, as an unsigned integer. */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/**
 * A seeded linear congruential generator returning numbers in [0, 1), the same recurrence d3-force uses for its
 * own default source. Given to the simulation as its `randomSource`, it makes d3's jiggle reproducible.
 */
export function lcg(seed = 1): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(1664525, state) + 1013904223) >>> 0) / 4294967296;
}

/** Orders strings by UTF-16 code units, independent of the runtime's locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
