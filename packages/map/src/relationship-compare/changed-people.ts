import type { Id, InventoryDiff } from '@relmap/core';

/**
 * The ids of the people a diff concerns in the later inventory: added, moved, renamed, who died, whose conflict or
 * support changed, and both ends of every tie that was added, removed or changed. Removed people are left out:
 * they are not in the later map. Sorted, without repeats.
 */
export function changedPeople(diff: InventoryDiff): Id[] {
  const ids = new Set<Id>();
  for (const list of [diff.added, diff.moved, diff.conflict, diff.support, diff.died]) for (const p of list) ids.add(p.id);
  for (const r of diff.renamed) ids.add(r.id);
  for (const t of [...diff.tiesAdded, ...diff.tiesRemoved, ...diff.tiesChanged]) {
    ids.add(t.a.id);
    ids.add(t.b.id);
  }
  for (const p of diff.removed) ids.delete(p.id);
  return [...ids].sort();
}
