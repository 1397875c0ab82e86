import type { Inventory, PersonTie } from '../model.ts';
import { compareConflict, byId } from './order.ts';
import type { PersonRef, TieChange, TieRef } from './inventory-diff.ts';

/** The ties of two inventories compared by their ends: added, removed and changed, each sorted by id. */
export interface TieDiff {
  /** Ties only in the later inventory. */
  readonly tiesAdded: TieRef[];
  /** Ties only in the earlier inventory. */
  readonly tiesRemoved: TieRef[];
  /** Ties in both whose closeness or conflict changed. */
  readonly tiesChanged: TieChange[];
}

// Space never occurs in an id (rule M9), so it cannot make two different pairs look alike.
const pairKey = (tie: PersonTie): string => (tie.a < tie.b ? `${tie.a} ${tie.b}` : `${tie.b} ${tie.a}`);

function tiesByPair(inv: Inventory): Map<string, PersonTie> {
  const map = new Map<string, PersonTie>();
  // In id order, so that if a document broke rule M5 the same tie of a pair would always be the one compared.
  for (const tie of Object.values(inv.ties).sort(byId)) {
    const key = pairKey(tie);
    if (!map.has(key)) map.set(key, tie);
  }
  return map;
}

function ref(inv: Inventory, tie: PersonTie): TieRef {
  const end = (id: string): PersonRef => ({ id, name: Object.hasOwn(inv.people, id) ? inv.people[id]!.name : id });
  const [first, second] = tie.a < tie.b ? [tie.a, tie.b] : [tie.b, tie.a];
  return { id: tie.id, a: end(first), b: end(second) };
}

/** Compares the person-to-person ties of an earlier inventory `a` and a later inventory `b` (rule D4). */
export function diffTies(a: Inventory, b: Inventory): TieDiff {
  const before = tiesByPair(a);
  const after = tiesByPair(b);
  const tiesAdded: TieRef[] = [];
  const tiesRemoved: TieRef[] = [];
  const tiesChanged: TieChange[] = [];
  for (const [key, tie] of before) if (!after.has(key)) tiesRemoved.push(ref(a, tie));
  for (const [key, later] of after) {
    const earlier = before.get(key);
    if (!earlier) {
      tiesAdded.push(ref(b, later));
      continue;
    }
    const closeness = earlier.closeness === later.closeness ? undefined : { from: earlier.closeness, to: later.closeness };
    const conflict = compareConflict(earlier.conflict, later.conflict);
    if (!closeness && !conflict) continue;
    tiesChanged.push({ ...ref(b, later), ...(closeness && { closeness }), ...(conflict && { conflict }) });
  }
  return { tiesAdded: tiesAdded.sort(byId), tiesRemoved: tiesRemoved.sort(byId), tiesChanged: tiesChanged.sort(byId) };
}
