import type { Id, Inventory } from '@relmap/core';
import type { NavPoint } from './navigation.ts';

/**
 * The people linked to `id` by a person-to-person tie, clockwise around them from 12 o'clock, so that `]` and
 * `[` step through them in the order a sighted user would scan them. People without a position come last, by id.
 */
export function linkedPeople(inventory: Inventory, id: Id, points: readonly NavPoint[]): Id[] {
  const at = new Map(points.map((p) => [p.id, p]));
  const centre = at.get(id);
  const others = new Set<Id>();
  for (const tie of Object.values(inventory.ties)) {
    if (tie.a === id) others.add(tie.b);
    else if (tie.b === id) others.add(tie.a);
  }
  const angle = (other: Id): number => {
    const p = at.get(other);
    if (!p || !centre) return Infinity;
    return (Math.atan2(p.x - centre.x, -(p.y - centre.y)) + 2 * Math.PI) % (2 * Math.PI);
  };
  return [...others].sort((a, b) => angle(a) - angle(b) || (a < b ? -1 : 1));
}

/**
 * The next (`step` 1) or previous (`step` -1) person linked to `anchor`, after `current`. When `current` is the
 * anchor itself, `]` gives the first linked person and `[` the last. Returns `undefined` when the anchor has no ties.
 */
export function stepAlongTies(inventory: Inventory, anchor: Id, current: Id, step: 1 | -1, points: readonly NavPoint[]): Id | undefined {
  const ring = linkedPeople(inventory, anchor, points);
  if (ring.length === 0) return undefined;
  const i = ring.indexOf(current);
  if (i < 0) return step === 1 ? ring[0] : ring.at(-1);
  return ring[(i + step + ring.length) % ring.length];
}
