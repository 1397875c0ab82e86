import { CONFLICTS, CONTACT_FREQUENCIES, SUPPORTS, type Id, type Inventory, type Person } from '@relmap/core';

/** A column the table can be sorted by. */
export type SortKey = 'name' | 'ring' | 'conflict' | 'support' | 'contact';

/** Which way a column is sorted. */
export type SortDirection = 'ascending' | 'descending';

/** The table's sort: a column and a direction. */
export interface SortState {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

/** Ranks on a column; a blank contact sorts after every known frequency. */
function rank(person: Person, key: Exclude<SortKey, 'name'>): number {
  switch (key) {
    case 'ring':
      return person.tie.ring;
    case 'conflict':
      return CONFLICTS.indexOf(person.tie.conflict);
    case 'support':
      return SUPPORTS.indexOf(person.tie.support);
    case 'contact':
      return person.tie.contact === undefined ? CONTACT_FREQUENCIES.length : CONTACT_FREQUENCIES.indexOf(person.tie.contact);
  }
}

/**
 * The ids of the inventory's people sorted by a column. Ties are broken by name and then id, so the order is the
 * same whatever the order of the records. `label` gives the text the name column shows (a presenting table sorts
 * by what it shows, not by hidden names).
 */
export function sortRows(inventory: Inventory, sort: SortState, label: (p: Person) => string): Id[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: Person, b: Person): number => label(a).localeCompare(label(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return Object.values(inventory.people)
    .sort((a, b) => {
      if (sort.key === 'name') return sign * byName(a, b);
      return sign * (rank(a, sort.key) - rank(b, sort.key)) || byName(a, b);
    })
    .map((p) => p.id);
}

/**
 * The row order after the inventory changed: rows keep their places (so an edit never moves the row being edited
 * out from under the keyboard), removed people drop out, and new people are added at the end in `sorted` order.
 */
export function keepOrder(previous: readonly Id[], inventory: Inventory, sorted: readonly Id[]): Id[] {
  const kept = previous.filter((id) => Object.hasOwn(inventory.people, id));
  const known = new Set(kept);
  return [...kept, ...sorted.filter((id) => !known.has(id))];
}
