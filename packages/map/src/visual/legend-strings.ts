import type { LegendKey } from './legend-key.ts';

// Apart from the legend's code (legend.ts), which the map loads only when it shows its legend: the map's strings
// carry these as the defaults a host translates.

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
  'focus-primary-grief': 'Primary focus: grief',
  'focus-primary-role-dispute': 'Primary focus: role dispute',
  'focus-primary-role-transition': 'Primary focus: role transition',
  'focus-primary-interpersonal-deficits': 'Primary focus: interpersonal sensitivity',
  'focus-grief': 'Focus: grief',
  'focus-role-dispute': 'Focus: role dispute',
  'focus-role-transition': 'Focus: role transition',
  'focus-interpersonal-deficits': 'Focus: interpersonal sensitivity',
  'life-events': 'Life events recorded',
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
