import type { Id, Inventory } from '@relmap/core';
import type { NavPoint } from '../navigation.ts';

/**
 * Where keyboard focus should go when the focused person is removed by a change (undo of an add, a host's
 * `dispatch`, the table's Remove): the nearest person left on the map, or `null` for the map itself when no one is
 * left. Returns `undefined` when focus need not move (no one focused, or the focused person is still there).
 */
export function focusAfterRemoval(focused: Id | null | undefined, before: readonly NavPoint[], after: Inventory): Id | null | undefined {
  if (!focused || Object.hasOwn(after.people, focused)) return undefined;
  const at = before.find((p) => p.id === focused);
  const left = before.filter((p) => Object.hasOwn(after.people, p.id));
  if (left.length === 0) return null;
  if (!at) return left[0]!.id;
  let best = left[0]!;
  for (const p of left) if (Math.hypot(p.x - at.x, p.y - at.y) < Math.hypot(best.x - at.x, best.y - at.y)) best = p;
  return best.id;
}
