import { CATEGORIES, type Inventory } from '@relmap/core';
import type { CategoryLegendKey, LegendKey } from './legend-key.ts';
import { clientLineStyle, lineStyleKeys, personLineStyle } from './line-style.ts';

export type { CategoryLegendKey, LegendKey } from './legend-key.ts';

/** Every legend entry, in the fixed order in which a legend lists them. */
export const LEGEND_ORDER: readonly LegendKey[] = [
  ...CATEGORIES.map((c): CategoryLegendKey => `category-${c}`),
  'sectors',
  'strong',
  'some',
  'no-support',
  'tenuous',
  'tie-close',
  'tie-normal',
  'tie-distant',
  'conflict-low',
  'conflict',
  'hostile',
  'cutoff',
  'support-to-client',
  'support-from-client',
  'support-mutual',
  'ended',
  'deceased',
  'group',
];

/** The text of every legend entry; replace it to translate the legend. */
export type LegendStrings = Readonly<Record<LegendKey, string>>;

/** The default English text of every legend entry. */
export const legendStrings: LegendStrings = {
  'category-partner': 'Partner',
  'category-parent': 'Parent',
  'category-child': 'Child',
  'category-sibling': 'Sibling',
  'category-other-family': 'Other family',
  'category-friend': 'Friend',
  'category-colleague': 'Colleague',
  'category-neighbour': 'Neighbour',
  'category-professional': 'Professional',
  'category-community': 'Community',
  'category-other': 'Other',
  sectors: 'Sector boundary',
  strong: 'Close / strong support',
  some: 'Some support',
  'no-support': 'Little or no support',
  tenuous: 'Distant / tenuous',
  'tie-close': 'Close, between two people',
  'tie-normal': 'Tie between two people',
  'tie-distant': 'Distant, between two people',
  'conflict-low': 'Some conflict',
  conflict: 'Conflict',
  hostile: 'Hostile conflict',
  cutoff: 'Cut off',
  'support-to-client': 'Support to the client',
  'support-from-client': 'Support from the client',
  'support-mutual': 'Mutual support',
  ended: 'Ended or lost',
  deceased: 'Deceased',
  group: 'Group',
};

/** Whether a legend entry is a category's colour and glyph. */
export function isCategoryKey(key: LegendKey): key is CategoryLegendKey {
  return key.startsWith('category-');
}

/** The given keys without repeats, in legend order. */
export function sortLegendKeys(keys: Iterable<LegendKey>): LegendKey[] {
  const present = new Set(keys);
  return LEGEND_ORDER.filter((key) => present.has(key));
}

/**
 * Exactly the legend entries an inventory's map needs, in legend order (rule V9): the category of every person,
 * the sector boundaries when sectors are on, those of every line to the client, of every tie between two people
 * who are both in the inventory (muted when either has died), and the `deceased` and `group` symbols when some
 * person is deceased or a group. An empty inventory needs none.
 */
export function legendKeysFor(inventory: Inventory): LegendKey[] {
  const keys = new Set<LegendKey>();
  const people = inventory.people;
  const everyone = Object.values(people);
  if (inventory.settings.sectors && everyone.length > 0) keys.add('sectors');
  for (const person of everyone) {
    keys.add(`category-${person.category}`);
    for (const key of lineStyleKeys(clientLineStyle(person), 'client')) keys.add(key);
    if (person.status === 'deceased') keys.add('deceased');
    if (person.kind === 'group') keys.add('group');
  }
  for (const tie of Object.values(inventory.ties)) {
    const a = Object.hasOwn(people, tie.a) ? people[tie.a] : undefined;
    const b = Object.hasOwn(people, tie.b) ? people[tie.b] : undefined;
    if (a === undefined || b === undefined) continue;
    const muted = a.status === 'deceased' || b.status === 'deceased';
    for (const key of lineStyleKeys(personLineStyle(tie, { muted }), 'person')) keys.add(key);
  }
  return sortLegendKeys(keys);
}
