import type { Id } from '@relmap/core';

/** Answers by id, each worked out the first time it is asked for and remembered. */
export interface Remembering<V> {
  get(id: Id): V;
}

/** `compute` of each id, worked out when first asked for: a drag frame asks only about the lines it draws. */
function remembering<V>(compute: (id: Id) => V): Remembering<V> {
  const found = new Map<Id, V>();
  return {
    get(id) {
      if (!found.has(id)) found.set(id, compute(id));
      return found.get(id)!;
    },
  };
}

/**
 * A `remembering` for each snapshot, kept while it is asked with the same record (the inventory's ties, its people)
 * and made again from `answers` when the record is another one: what the lines and the labels of one picture ask.
 */
export function rememberingPerSnapshot<S extends object, R extends object, V>(
  answers: (snapshot: S, record: R) => (id: Id) => V,
): (snapshot: S, record: R) => Remembering<V> {
  const known = new WeakMap<S, { record: R; found: Remembering<V> }>();
  return (snapshot, record) => {
    const kept = known.get(snapshot);
    if (kept && kept.record === record) return kept.found;
    const found = remembering(answers(snapshot, record));
    known.set(snapshot, { record, found });
    return found;
  };
}
