import type { Inventory, Person } from '../model.ts';
import { diffGoals } from './diff-goals.ts';
import { diffTies } from './diff-ties.ts';
import type { InventoryDiff, PersonConflictChange, PersonRef, Rename, RingMove, SupportChange } from './inventory-diff.ts';
import { byId, compareConflict, supportDirection } from './order.ts';

const refOf = (person: Person): PersonRef => ({ id: person.id, name: person.name });

/**
 * Compares an earlier inventory `a` with a later inventory `b`, such as the intake and session 12 of a teaching
 * case: who was added, removed, moved rings, changed in conflict or support, died or was renamed, which ties
 * between other people were added, removed or changed, and which goals were added, removed, agreed or reviewed
 * with another progress (rules D1 to D7). Neither input is changed, and the same
 * two inventories always give the same diff, whatever the order of their records.
 */
export function diffInventories(a: Inventory, b: Inventory): InventoryDiff {
  const added: PersonRef[] = [];
  const removed: PersonRef[] = [];
  const moved: RingMove[] = [];
  const conflict: PersonConflictChange[] = [];
  const support: SupportChange[] = [];
  const died: PersonRef[] = [];
  const renamed: Rename[] = [];

  for (const earlier of Object.values(a.people)) {
    if (!Object.hasOwn(b.people, earlier.id)) removed.push(refOf(earlier));
  }
  for (const later of Object.values(b.people)) {
    const earlier = Object.hasOwn(a.people, later.id) ? a.people[later.id] : undefined;
    if (!earlier) {
      added.push(refOf(later));
      continue;
    }
    const ref = refOf(later);
    const [from, to] = [earlier.tie.ring, later.tie.ring];
    if (from !== to) moved.push({ ...ref, from, to, direction: to < from ? 'inward' : 'outward' });
    const conflictChange = compareConflict(earlier.tie.conflict, later.tie.conflict);
    if (conflictChange) conflict.push({ ...ref, ...conflictChange });
    const direction = supportDirection(earlier.tie.support, later.tie.support);
    if (direction) support.push({ ...ref, from: earlier.tie.support, to: later.tie.support, direction });
    if (earlier.status === 'living' && later.status === 'deceased') died.push(ref);
    if (earlier.name !== later.name) renamed.push({ id: later.id, from: earlier.name, to: later.name });
  }

  const ties = diffTies(a, b);
  const goals = diffGoals(a, b);
  const lists = { added, removed, moved, conflict, support, died, renamed };
  for (const list of Object.values(lists)) list.sort(byId);
  // Listed by name: Object.values of an interface is any[], and a list left out here would make isEmpty lie.
  const all: readonly (readonly unknown[])[] = [
    ...Object.values(lists),
    ties.tiesAdded,
    ties.tiesRemoved,
    ties.tiesChanged,
    goals.goalsAdded,
    goals.goalsRemoved,
    goals.goalsAgreed,
    goals.goalProgress,
  ];
  return { ...lists, ...ties, ...goals, isEmpty: all.every((list) => list.length === 0) };
}
