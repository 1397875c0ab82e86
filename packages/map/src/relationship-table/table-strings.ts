import type { ContactFrequency } from '@relmap/core';

/**
 * Every text the table shows. Replace any of them through the table's `strings` property; conflict, support and
 * ring names, and a tie's closeness, come from the bound map's strings and ring labels, so the two views always
 * use the same words.
 */
export interface TableStrings {
  caption: string;
  name: string;
  category: string;
  ring: string;
  conflict: string;
  support: string;
  contact: string;
  notes: string;
  deceased: string;
  actions: string;
  remove: string;
  /** The accessible name of one cell's control: the column, then whose row it is ("Ring, Jonas"). */
  cellLabel: (column: string, person: string) => string;
  contactFrequency: Record<ContactFrequency, string>;
  noContact: string;
  privateNote: string;
  addName: string;
  addRing: string;
  addButton: string;
  addLegend: string;
  empty: string;
  unbound: string;
  /** Shown instead of the table while its map is blanked. */
  blanked: string;
  /** What a sortable header's button says it does. */
  sortHint: string;
  /** The caption of the table of ties between people. */
  tiesCaption: string;
  /** The header of the column that names a tie's two people. */
  between: string;
  closeness: string;
  tieLabel: string;
  /** The name of the checkbox that keeps a tie's label private. */
  tieLabelPrivate: string;
  /** The visible text beside that checkbox; its name must contain it (WCAG 2.5.3, label in name). */
  privateMark: string;
  ended: string;
  /** Shown in place of a private tie label while presenting. */
  privateTieLabel: string;
  noTies: string;
  addTieLegend: string;
  addTieFirst: string;
  addTieSecond: string;
  addTieButton: string;
  /** Said when the two people chosen for a new tie are the same person. */
  tieSamePerson: string;
  /** Said when the two people chosen for a new tie are tied already; `pair` names them ("Karin and Ola"). */
  tieExists: (pair: string) => string;
  /** The legend of the map's settings: client label, rings, ring labels, sectors. */
  settingsLegend: string;
  clientLabel: string;
  ringCount: string;
  /** The label of the field that names one ring ("Ring 1"). */
  ringLabel: (ring: number) => string;
  sectors: string;
}

/** The default English strings of the table. */
export const defaultTableStrings: TableStrings = {
  caption: 'Interpersonal inventory',
  name: 'Name',
  category: 'Relationship',
  ring: 'Ring',
  conflict: 'Conflict',
  support: 'Support',
  contact: 'Contact',
  notes: 'Notes',
  deceased: 'Deceased',
  actions: 'Actions',
  remove: 'Remove',
  cellLabel: (column, person) => `${column}, ${person}`,
  contactFrequency: {
    daily: 'daily',
    weekly: 'weekly',
    monthly: 'monthly',
    rarely: 'rarely',
    stopped: 'stopped',
    unknown: 'unknown',
  },
  noContact: '—',
  privateNote: 'Private note (hidden while presenting)',
  addName: 'Name of a new person',
  addRing: 'Ring of the new person',
  addButton: 'Add person',
  addLegend: 'Add a person',
  empty: 'No one in the inventory yet.',
  unbound: 'Not connected to a relationship map.',
  blanked: 'The map is blanked.',
  sortHint: 'sort',
  tiesCaption: 'Ties between people',
  between: 'Between',
  closeness: 'Closeness',
  tieLabel: 'Label',
  tieLabelPrivate: 'Private label',
  privateMark: 'private',
  ended: 'Ended',
  privateTieLabel: 'Private label (hidden while presenting)',
  noTies: 'No ties between people yet.',
  addTieLegend: 'Add a tie',
  addTieFirst: 'First person of the new tie',
  addTieSecond: 'Second person of the new tie',
  addTieButton: 'Add tie',
  tieSamePerson: 'Choose two different people to tie.',
  tieExists: (pair) => `${pair} are already tied.`,
  settingsLegend: 'Map settings',
  clientLabel: 'Client at the centre',
  ringCount: 'Number of rings',
  ringLabel: (ring) => `Ring ${ring}`,
  sectors: 'Group people in sectors by category',
};
