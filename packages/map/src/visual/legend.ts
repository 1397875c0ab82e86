import { CATEGORIES, PROBLEM_AREAS, type Inventory, type ProblemArea } from '@relmap/core';
import { formulationOf } from './formulation.ts';
import type { CategoryLegendKey, FocusLegendKey, LegendKey } from './legend-key.ts';
import { clientLineStyle, lineStyleKeys, personLineStyle } from './line-style.ts';

export type { CategoryLegendKey, FocusLegendKey, LegendKey } from './legend-key.ts';
export { legendStrings, type LegendStrings } from './legend-strings.ts';

/** Every legend entry, in the fixed order in which a legend lists them. */
export const LEGEND_ORDER: readonly LegendKey[] = [
  ...CATEGORIES.map((c): CategoryLegendKey => `category-${c}`),
  'sectors',
  ...PROBLEM_AREAS.map((a): FocusLegendKey => `focus-primary-${a}`),
  ...PROBLEM_AREAS.map((a): FocusLegendKey => `focus-${a}`),
  'life-events',
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

/** Whether a legend entry is a category's colour and glyph. */
export function isCategoryKey(key: LegendKey): key is CategoryLegendKey {
  return key.startsWith('category-');
}

/** Whether a legend entry is a focus mark; with its problem area and whether it is the primary focus's. */
export function focusKeyOf(key: LegendKey): { area: ProblemArea; primary: boolean } | undefined {
  if (!key.startsWith('focus-')) return undefined;
  const primary = key.startsWith('focus-primary-');
  const area = key.slice(primary ? 'focus-primary-'.length : 'focus-'.length) as ProblemArea;
  return PROBLEM_AREAS.includes(area) ? { area, primary } : undefined;
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
 * person is deceased or a group. With the formulation shown (`formulation`, the default), the focus marks and the
 * life-events mark that some person carries (rule V31). An empty inventory needs none.
 */
export function legendKeysFor(inventory: Inventory, options: { readonly formulation?: boolean } = {}): LegendKey[] {
  const keys = new Set<LegendKey>();
  if (options.formulation !== false) {
    for (const f of formulationOf(inventory).values()) {
      for (const m of f.marks) keys.add(m.primary ? `focus-primary-${m.area}` : `focus-${m.area}`);
      if (f.events > 0) keys.add('life-events');
    }
  }
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
