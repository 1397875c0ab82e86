import type { Id } from '@relmap/core';

/** Answers by id, each worked out the first time it is asked for and remembered. */
export interface Remembering<V> {
  get(id: Id): V;
}

/** `compute` of each id, worked out when first asked for: a drag frame asks only about the lines it draws. */
export function remembering<V>(compute: (id: Id) => V): Remembering<V> {
  const found = new Map<Id, V>();
  return {
    get(id) {
      if (!found.has(id)) found.set(id, compute(id));
      return found.get(id)!;
    },
  };
}
