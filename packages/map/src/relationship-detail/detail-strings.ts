import type { ClientTieNote, ContactFrequency, DisputeStage, EventKind, ExpectationsMet, ProblemArea, SupportDirection, TieCloseness } from '@relmap/core';

/** The fields of an inventory row that hold a note, in the order the panel shows them. */
export type TieNoteField = ClientTieNote;

/**
 * Every text the detail panel shows. Replace any of them through the element's `strings` property; the names of
 * conflict, support, categories and rings come from the map's own strings.
 */
export interface DetailStrings {
  panelLabel: string;
  empty: string;
  /** Shown instead of the panel while its map is blanked. */
  blanked: string;
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
  /**
   * The accessible name of a note's "Private" box, given the note's name, so that each box says whose note it is;
   * it starts with `private`, to match what is on screen.
   */
  privateOf: (note: string) => string;
  /**
   * The accessible name of a field shown once per tie, event or focus, given its visible label and the legend of
   * its group: a list of the panel's controls then says which tie, event or focus each belongs to.
   */
  fieldOf: (field: string, item: string) => string;
  notSet: string;
  noteField: Record<TieNoteField, string>;
  direction: Record<SupportDirection, string>;
  frequency: Record<ContactFrequency, string>;
  met: Record<ExpectationsMet, string>;
  yesNo: Record<'yes' | 'no' | 'unknown', string>;
  /** Living or deceased, and the dates. */
  lifeAndDates: string;
  status: string;
  statusValue: Record<'living' | 'deceased', string>;
  born: string;
  died: string;
  /** Said with every date field, as its instructions. */
  dateHint: string;
  /** The error for a date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, given what was typed. */
  invalidDate: (typed: string) => string;
  /** Ties between this person and other people. */
  ties: string;
  noTies: string;
  /** The legend of one tie, given the other person's label. */
  tieWith: (other: string) => string;
  tieCloseness: string;
  closeness: Record<TieCloseness, string>;
  tieConflict: string;
  tieLabel: string;
  tieEnded: string;
  removeTie: (other: string) => string;
  addTie: string;
  addTieWith: string;
  addTieButton: string;
  noOneToLink: string;
  /** Life events that concern this person. */
  events: string;
  noEvents: string;
  /** The legend of one event, given its kind's name and its date, if any. */
  eventLegend: (kind: string, date: string | undefined) => string;
  eventKind: string;
  eventKinds: Record<EventKind, string>;
  eventLabel: string;
  eventDate: string;
  /** The group of boxes, one per other person, that says whom an event concerns. */
  eventPeople: string;
  /** The button that takes the person shown out of an event that concerns others too, given their label. */
  removeFromEvent: (person: string) => string;
  eventLabelMissing: string;
  removeEvent: string;
  recordEvent: string;
  recordEventButton: string;
  /** The IPT focus. */
  focus: string;
  noFocus: string;
  areas: Record<ProblemArea, string>;
  primaryFocus: string;
  disputeStage: string;
  stages: Record<DisputeStage, string>;
  /** For a role transition: the old role and the new one. */
  transitionFrom: string;
  transitionTo: string;
  /** The clinician's formulation of a focus (a note). */
  focusNote: string;
  /** The group of boxes, one per life event of the inventory, that says which events a focus concerns. */
  focusEvents: string;
  /**
   * One of those boxes, given the event's legend (`eventLegend`) and its label, which is left out while presenting
   * (a label may name people).
   */
  eventChoice: (legend: string, label: string | undefined) => string;
  /** The button that removes a focus for everyone in it. */
  removeFocus: string;
  /** The button that takes this person out of a focus, given their label. */
  removeFromFocus: (person: string) => string;
  addToFocus: string;
  focusChoice: string;
  /** An option that starts a focus for a problem area that has none yet. */
  newFocus: (area: string) => string;
  addToFocusButton: string;
}

/** The default English strings of the detail panel. */
export const defaultDetailStrings: DetailStrings = {
  panelLabel: 'Inventory row',
  empty: 'Select a person on the map to see and edit their inventory row.',
  blanked: 'The map is blanked.',
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
  privateOf: (note) => `Private: ${note}`,
  fieldOf: (field, item) => `${field} (${item})`,
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
  lifeAndDates: 'Living or deceased, and dates',
  status: 'Status',
  statusValue: { living: 'living', deceased: 'deceased' },
  born: 'Date of birth',
  died: 'Date of death',
  dateHint: 'Year, year and month, or full date: 1961, 1961-04 or 1961-04-23.',
  invalidDate: (typed) => `"${typed}" is not a date this form can keep. Write the year (2025), year and month (2025-03) or full date (2025-03-14).`,
  ties: 'Ties with other people',
  noTies: 'No ties with other people yet.',
  tieWith: (other) => `Tie with ${other}`,
  tieCloseness: 'How close they are',
  closeness: { close: 'close', normal: 'neither close nor distant', distant: 'distant' },
  tieConflict: 'Conflict between them',
  tieLabel: 'What the tie is',
  tieEnded: 'This tie has ended',
  removeTie: (other) => `Remove the tie with ${other}`,
  addTie: 'Add a tie',
  addTieWith: 'With',
  addTieButton: 'Add tie',
  noOneToLink: 'Everyone else in the inventory is tied to them already.',
  events: 'Life events',
  noEvents: 'No life events concern them yet.',
  eventLegend: (kind, date) => (date ? `${kind}, ${date}` : kind),
  eventKind: 'Kind of event',
  eventKinds: {
    death: 'death',
    separation: 'separation',
    move: 'move',
    job: 'job',
    retirement: 'retirement',
    birth: 'birth',
    illness: 'illness',
    'symptom-onset': 'onset of symptoms',
    conflict: 'conflict',
    other: 'other',
  },
  eventLabel: 'What happened',
  eventDate: 'When',
  eventPeople: 'Who else it concerns',
  removeFromEvent: (person) => `Take ${person} out of this event`,
  eventLabelMissing: 'Say in a few words what happened.',
  removeEvent: 'Remove this event',
  recordEvent: 'Record an event',
  recordEventButton: 'Record event',
  focus: 'IPT focus',
  noFocus: 'Not part of any focus yet.',
  areas: { grief: 'Grief', 'role-dispute': 'Role dispute', 'role-transition': 'Role transition', 'interpersonal-deficits': 'Interpersonal sensitivity' },
  primaryFocus: 'Primary focus',
  disputeStage: 'Stage of the dispute',
  stages: { renegotiation: 'renegotiation', impasse: 'impasse', dissolution: 'dissolution' },
  transitionFrom: 'Old role',
  transitionTo: 'New role',
  focusNote: 'Formulation',
  focusEvents: 'Life events it concerns',
  eventChoice: (legend, label) => (label ? `${legend}: ${label}` : legend),
  removeFocus: 'Remove this focus for everyone',
  removeFromFocus: (person) => `Take ${person} out of this focus`,
  addToFocus: 'Add to a focus',
  focusChoice: 'Focus',
  newFocus: (area) => `${area} (start this focus)`,
  addToFocusButton: 'Add to focus',
};
