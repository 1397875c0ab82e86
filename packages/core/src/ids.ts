import type { Id } from './model.ts';

const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
// Keys that would reach Object.prototype if a record were ever written with bracket assignment.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf']);

/** Whether a string may be used as an id: 1 to 64 of `A-Z a-z 0-9 _ . : -`, and not a reserved object key. */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value) && !RESERVED.has(value);
}

/**
 * A new id that is not yet taken, readable and deterministic: the slug of `base` ("Dr. Osei" gives `dr-osei`),
 * then `-2`, `-3`, ... on collision. Names with no Latin letters or digits fall back to `prefix`.
 */
export function nextId(base: string, taken: (id: Id) => boolean, prefix = 'p'): Id {
  return numberedId(base, taken, prefix, 2).id;
}

/**
 * `nextId`, trying suffixes from `start` on (when the caller knows that every lower one is taken), and saying which
 * suffix it used: 1 for the bare slug.
 */
export function numberedId(base: string, taken: (id: Id) => boolean, prefix: string, start: number): { id: Id; n: number } {
  // A base that is already a slug (a tie's default `a-b` of two ids) is its own slug; the full treatment below would
  // give it back unchanged, at the cost of a Unicode normalisation and four replacements per id.
  const slug = SLUG.test(base) && base.length <= 48 ? base : slugOf(base, prefix);
  const root = RESERVED.has(slug) ? `${prefix}-${slug}` : slug;
  if (start <= 2 && !taken(root)) return { id: root, n: 1 };
  for (let n = Math.max(start, 2); ; n++) {
    const candidate = `${root}-${n}`;
    if (!taken(candidate)) return { id: candidate, n };
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slugOf(base: string, prefix: string): string {
  return (
    base
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/g, '') || prefix
  );
}
