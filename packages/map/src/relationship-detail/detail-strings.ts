import type { ContactFrequency, ExpectationsMet, SupportDirection } from '@relmap/core';

/** The fields of an inventory row that hold a note, in the order the panel shows them. */
export type TieNoteField = 'contactNote' | 'satisfying' | 'unsatisfying' | 'expectationsOfOther' | 'expectationsOfClient' | 'wishedChanges';

/**
 * Every text the detail panel shows. Replace any of them through the element's `strings` property; the names of
 * conflict, support, categories and rings come from the map's own strings.
 */
export interface DetailStrings {
  panelLabel: string;
  empty: string;
  who: string;
  relationship: string;
  inventoryRow: string;
  name: string;
  alias: string;
  initials: string;
  role: string;
  category: string;
  notes: string;
  ring: string;
  conflict: string;
  support: string;
  supportDirection: string;
  contact: string;
  knowsAboutDepression: string;
  expectationsMet: string;
  ended: string;
  private: string;
  notSet: string;
  noteField: Record<TieNoteField, string>;
  direction: Record<SupportDirection, string>;
  frequency: Record<ContactFrequency, string>;
  met: Record<ExpectationsMet, string>;
  yesNo: Record<'yes' | 'no' | 'unknown', string>;
}

/** The default English strings of the detail panel. */
export const defaultDetailStrings: DetailStrings = {
  panelLabel: 'Inventory row',
  empty: 'Select a person on the map to see and edit their inventory row.',
  who: 'Who',
  relationship: 'Relationship',
  inventoryRow: 'Inventory',
  name: 'Name',
  alias: 'Alias (for a shared screen)',
  initials: 'Initials',
  role: 'Role',
  category: 'Category',
  notes: 'What they are like',
  ring: 'Closeness',
  conflict: 'Conflict',
  support: 'Support',
  supportDirection: 'Support flows',
  contact: 'Contact',
  knowsAboutDepression: 'Knows about the depression',
  expectationsMet: 'Expectations met',
  ended: 'The relationship has ended or been lost',
  private: 'Private',
  notSet: '—',
  noteField: {
    contactNote: 'Contact and shared activities',
    satisfying: 'Satisfying',
    unsatisfying: 'Unsatisfying',
    expectationsOfOther: 'What the client expects of them',
    expectationsOfClient: 'What they expect of the client',
    wishedChanges: 'What the client would like to change',
  },
  direction: { 'to-client': 'to the client', 'from-client': 'from the client', mutual: 'both ways' },
  frequency: { daily: 'daily', weekly: 'weekly', monthly: 'monthly', rarely: 'rarely', stopped: 'stopped', unknown: 'unknown' },
  met: { yes: 'yes', partly: 'partly', no: 'no', unknown: 'unknown' },
  yesNo: { yes: 'yes', no: 'no', unknown: 'unknown' },
};
