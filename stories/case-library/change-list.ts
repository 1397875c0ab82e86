import { describeDiff, diffInventories, type Id, type Inventory, type InventoryDiff } from '@relmap/core';

/** The kind of one change, as the side-by-side view tags it. */
export type ChangeTag =
  | 'added'
  | 'removed'
  | 'renamed'
  | 'died'
  | 'moved-inward'
  | 'moved-outward'
  | 'conflict-eased'
  | 'conflict-worsened'
  | 'support-increased'
  | 'support-decreased'
  | 'tie'
  | 'goal';

/** One sentence of the diff, with its kind and the person it is about (none for ties between two people). */
export interface ChangeItem {
  readonly tag: ChangeTag;
  readonly sentence: string;
  readonly person?: Id;
}

/** What changed between two inventories: the sentences to list, and whom to highlight in each map. */
export interface ChangeSummary {
  readonly items: readonly ChangeItem[];
  /** People to highlight in the earlier map: those removed. */
  readonly earlier: readonly Id[];
  /** People to highlight in the later map: those added, moved, renamed, who died, or whose conflict or support changed. */
  readonly later: readonly Id[];
}

const EMPTY: InventoryDiff = {
  added: [],
  removed: [],
  moved: [],
  conflict: [],
  support: [],
  died: [],
  tiesAdded: [],
  tiesRemoved: [],
  tiesChanged: [],
  renamed: [],
  goalsAdded: [],
  goalsRemoved: [],
  goalsAgreed: [],
  goalProgress: [],
  isEmpty: true,
};

/**
 * The diff between two inventories as tagged sentences. Each sentence is `describeDiff`'s own, asked for one
 * change at a time, so the list reads exactly as `describeDiff(diffInventories(a, b))` and in the same order.
 */
export function summarizeChanges(before: Inventory, after: Inventory): ChangeSummary {
  const diff = diffInventories(before, after);
  const items: ChangeItem[] = [];
  const one = <K extends keyof Omit<InventoryDiff, 'isEmpty'>>(
    key: K,
    tag: (c: InventoryDiff[K][number]) => ChangeTag,
    person: (c: InventoryDiff[K][number]) => Id | undefined,
  ): void => {
    for (const change of diff[key]) {
      for (const sentence of describeDiff({ ...EMPTY, isEmpty: false, [key]: [change] })) {
        const id = person(change);
        items.push(id === undefined ? { tag: tag(change), sentence } : { tag: tag(change), sentence, person: id });
      }
    }
  };
  one(
    'added',
    () => 'added',
    (c) => c.id,
  );
  one(
    'removed',
    () => 'removed',
    (c) => c.id,
  );
  one(
    'renamed',
    () => 'renamed',
    (c) => c.id,
  );
  one(
    'died',
    () => 'died',
    (c) => c.id,
  );
  one(
    'moved',
    (c) => (c.direction === 'inward' ? 'moved-inward' : 'moved-outward'),
    (c) => c.id,
  );
  one(
    'conflict',
    (c) => (c.direction === 'eased' ? 'conflict-eased' : 'conflict-worsened'),
    (c) => c.id,
  );
  one(
    'support',
    (c) => (c.direction === 'increased' ? 'support-increased' : 'support-decreased'),
    (c) => c.id,
  );
  one(
    'tiesAdded',
    () => 'tie',
    () => undefined,
  );
  one(
    'tiesRemoved',
    () => 'tie',
    () => undefined,
  );
  one(
    'tiesChanged',
    () => 'tie',
    () => undefined,
  );
  one(
    'goalsAdded',
    () => 'goal',
    () => undefined,
  );
  one(
    'goalsRemoved',
    () => 'goal',
    () => undefined,
  );
  one(
    'goalsAgreed',
    () => 'goal',
    () => undefined,
  );
  one(
    'goalProgress',
    () => 'goal',
    () => undefined,
  );
  const removed = new Set(diff.removed.map((p) => p.id));
  const later = [...new Set(items.flatMap((i) => (i.person !== undefined && !removed.has(i.person) ? [i.person] : [])))];
  return { items, earlier: [...removed], later };
}

/** The short word shown before each sentence; the sentence itself says the rest. */
export const TAG_LABELS: Readonly<Record<ChangeTag, string>> = {
  added: 'Added',
  removed: 'Removed',
  renamed: 'Renamed',
  died: 'Died',
  'moved-inward': 'Closer',
  'moved-outward': 'Further',
  'conflict-eased': 'Conflict eased',
  'conflict-worsened': 'Conflict worse',
  'support-increased': 'More support',
  'support-decreased': 'Less support',
  tie: 'Tie',
  goal: 'Goal',
};
