import type { Category, Conflict, EventKind, ProblemArea, Support, TieCloseness } from '@relmap/core';
import type { Sector } from '@relmap/layout';
import { relativeDate } from './relative-date.ts';
import { legendStrings, type LegendStrings } from './visual/legend-strings.ts';
import { defaultWaysStrings, type WaysStrings } from './relationship-map/ways-strings.ts';

/**
 * Every text the map shows or announces. Replace any of them through the element's `strings` property to
 * translate the map; what is not replaced stays English.
 */
export interface MapStrings {
  mapLabel: string;
  toolbarLabel: string;
  mapDescription: (client: string, people: number, rings: number) => string;
  addPlaceholder: string;
  addButton: string;
  ringPicker: string;
  undo: string;
  redo: string;
  fit: string;
  zoomIn: string;
  zoomOut: string;
  linkMode: string;
  deleteSelected: string;
  legendTitle: string;
  emptyMap: string;
  renameLabel: string;
  ring: (n: number, label: string) => string;
  /** A label shared with others told apart: the second "A" becomes "A 2". */
  distinctLabel: (label: string, n: number) => string;
  conflict: Record<Conflict, string>;
  support: Record<Support, string>;
  category: Record<Category, string>;
  deceased: string;
  group: string;
  personDescription: (parts: readonly string[]) => string;
  announceAdded: (name: string, ring: string) => string;
  announceRemoved: (name: string) => string;
  announceMoved: (name: string, ring: string) => string;
  announceLinked: (a: string, b: string) => string;
  announceLinkStart: (name: string) => string;
  announceUndo: (what: string) => string;
  announceRedo: (what: string) => string;
  announceVetoed: string;
  died: (date: string) => string;
  /** The accessible name of a blanked map. */
  blankedLabel: string;
  /** What a blanked map shows. */
  blankedHint: string;
  /** A partial date said relative to `now` ("4 months ago"), shown instead of the date when presenting. */
  relativeDate: (date: string, now: Date) => string;
  /** "Jonas: high conflict." after a change of conflict or support. */
  announceQuality: (name: string, quality: string) => string;
  announceUnlinked: (a: string, b: string) => string;
  announceRenamed: (from: string, to: string) => string;
  announceUpdated: (name: string) => string;
  announceManyChanges: (count: number) => string;
  announceNotLinked: (a: string, b: string) => string;
  announceNoTies: (name: string) => string;
  /** A command's name (`setCloseness`) as words ("change of ring"), for "Undone: …". */
  commandLabel: (command: string) => string;
  /** Spoken with a person: the people they are linked to. */
  linkedTo: (names: readonly string[]) => string;
  helpButton: string;
  helpTitle: string;
  helpClose: string;
  announceLinkCancelled: string;
  living: string;
  /** Two linked people, named together in announcements ("Karin and Ola: high conflict."). */
  tieLabel: (a: string, b: string) => string;
  /** How close two linked people are, as announced ("Karin and Ola: distant.") and offered in the table. */
  tieCloseness: Record<TieCloseness, string>;
  /** Said of a tie marked as ended ("Karin and Ola: tie ended."). */
  tieEnded: string;
  /** Said of a tie no longer marked as ended. */
  tieOngoing: string;
  /** A life event's kind as announced ("Death recorded for Anneli."). */
  eventKind: Record<EventKind, string>;
  /**
   * A problem area as announced ("Focus added: grief.") and spoken with a person. `interpersonal-deficits`, the
   * stored value, is said as "interpersonal sensitivity", the current term.
   */
  problemArea: Record<ProblemArea, string>;
  /** Spoken with a person in a focus, for their focus mark ("primary focus: grief"). */
  focusDescription: (area: string, primary: boolean) => string;
  /** Spoken with a person whom life events name, for their life-events mark ("2 life events"); never the events' labels. */
  lifeEvents: (count: number) => string;
  /** A life event was recorded; `people` are the labels of those it concerns. Its label is never said: it may be private. */
  announceEventRecorded: (kind: string, people: readonly string[]) => string;
  announceEventRemoved: (kind: string) => string;
  announceEventUpdated: (kind: string) => string;
  announceFocusAdded: (area: string) => string;
  announceFocusRemoved: (area: string) => string;
  announceFocusUpdated: (area: string) => string;
  /** A focus became the primary one. */
  announceFocusPrimary: (area: string) => string;
  /** The map's settings changed: the client's label, the number of rings, a ring's label, sectors on or off. */
  announceClientLabel: (label: string) => string;
  announceRings: (rings: number) => string;
  announceRingLabel: (ring: number, label: string) => string;
  announceSectors: (on: boolean) => string;
  /** How many people are on each ring, for the map's description ("Inner circle: 3 people."). */
  ringSummary: (rings: readonly { readonly label: string; readonly count: number }[]) => string;
  /** The name of each sector, drawn outside the outermost ring when sectors are on. */
  sector: Record<Sector, string>;
  /** How many people are in each sector, for the map's description when sectors are on. */
  sectorSummary: (sectors: readonly { readonly label: string; readonly count: number }[]) => string;
  /** The rows of the keyboard help: keys, then what they do. */
  helpKeys: readonly (readonly [keys: string, action: string])[];
  /** The text of the legend entries, by key; entries not given stay English. */
  legend: Partial<LegendStrings>;
  /** The ways through a crowded map and the hint that labels are hidden. */
  ways: WaysStrings;
}

/** The default English strings. */
export const defaultStrings: MapStrings = {
  mapLabel: 'Relationship map',
  toolbarLabel: 'Map tools',
  mapDescription: (client, people, rings) =>
    `${client} at the centre, ${people} ${people === 1 ? 'person' : 'people'} on ${rings} closeness rings. ` +
    'Use the arrow keys to move between people, plus and minus to change a ring; press question mark for all keys.',
  addPlaceholder: 'Add a person: type a name, press Enter',
  addButton: 'Add',
  ringPicker: 'Ring for new people',
  undo: 'Undo',
  redo: 'Redo',
  fit: 'Fit',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  linkMode: 'Link two people',
  deleteSelected: 'Delete',
  legendTitle: 'Legend',
  emptyMap: 'No one on the map yet.',
  renameLabel: 'Name',
  ring: (n, label) => `${label} (ring ${n})`,
  distinctLabel: (label, n) => `${label} ${n}`,
  conflict: { none: 'no conflict', low: 'low conflict', high: 'high conflict', hostile: 'hostile', cutoff: 'cut off' },
  support: { none: 'no support', some: 'some support', strong: 'strong support' },
  category: {
    partner: 'partner',
    parent: 'parent',
    child: 'child',
    sibling: 'sibling',
    'other-family': 'family',
    friend: 'friend',
    colleague: 'colleague',
    neighbour: 'neighbour',
    professional: 'professional',
    community: 'group',
    other: 'other',
  },
  deceased: 'deceased',
  group: 'group',
  personDescription: (parts) => parts.filter(Boolean).join(', '),
  announceAdded: (name, ring) => `${name} added to the ${ring}.`,
  announceRemoved: (name) => `${name} removed.`,
  announceMoved: (name, ring) => `${name} moved to the ${ring}.`,
  announceLinked: (a, b) => `${a} and ${b} linked.`,
  announceLinkStart: (name) => `Linking from ${name}: move to another person and press Enter.`,
  announceUndo: (what) => `Undone: ${what}.`,
  announceRedo: (what) => `Redone: ${what}.`,
  announceVetoed: 'The change was not applied.',
  died: (date) => `† ${date}`,
  blankedLabel: 'Map hidden',
  blankedHint: 'The map is hidden for a moment.',
  relativeDate: (date, now) => relativeDate(date, now) ?? date,
  announceQuality: (name, quality) => `${name}: ${quality}.`,
  announceUnlinked: (a, b) => `${a} and ${b} unlinked.`,
  announceRenamed: (from, to) => `${from} renamed to ${to}.`,
  announceUpdated: (name) => `${name} updated.`,
  announceManyChanges: (count) => `${count} changes.`,
  announceNotLinked: (a, b) => `${a} and ${b} are not linked.`,
  announceNoTies: (name) => `${name} is not linked to anyone.`,
  commandLabel: (name) => COMMAND_LABELS[name] ?? name,
  linkedTo: (names) => (names.length ? `linked to ${names.join(', ')}` : ''),
  announceLinkCancelled: 'Link cancelled.',
  living: 'living',
  tieLabel: (a, b) => `${a} and ${b}`,
  tieCloseness: { close: 'close', normal: 'neither close nor distant', distant: 'distant' },
  tieEnded: 'tie ended',
  tieOngoing: 'tie ongoing',
  eventKind: {
    death: 'death',
    separation: 'separation',
    move: 'move',
    job: 'job change',
    retirement: 'retirement',
    birth: 'birth',
    illness: 'illness',
    'symptom-onset': 'onset of symptoms',
    conflict: 'conflict',
    other: 'life event',
  },
  problemArea: { grief: 'grief', 'role-dispute': 'role dispute', 'role-transition': 'role transition', 'interpersonal-deficits': 'interpersonal sensitivity' },
  focusDescription: (area, primary) => (primary ? `primary focus: ${area}` : `focus: ${area}`),
  lifeEvents: (count) => (count === 1 ? '1 life event' : `${count} life events`),
  announceEventRecorded: (kind, people) => `Life event recorded: ${kind}${people.length ? `, for ${people.join(' and ')}` : ''}.`,
  announceEventRemoved: (kind) => `Life event removed: ${kind}.`,
  announceEventUpdated: (kind) => `Life event updated: ${kind}.`,
  announceFocusAdded: (area) => `Focus added: ${area}.`,
  announceFocusRemoved: (area) => `Focus removed: ${area}.`,
  announceFocusUpdated: (area) => `Focus updated: ${area}.`,
  announceFocusPrimary: (area) => `Primary focus: ${area}.`,
  announceClientLabel: (label) => `The client is shown as ${label}.`,
  announceRings: (rings) => `The map has ${rings} rings.`,
  announceRingLabel: (ring, label) => `Ring ${ring} is now called ${label}.`,
  announceSectors: (on) => (on ? 'People grouped in sectors.' : 'Sectors off.'),
  ringSummary: (rings) => rings.map((r) => `${r.label}: ${r.count} ${r.count === 1 ? 'person' : 'people'}.`).join(' '),
  sector: { family: 'Family', friends: 'Friends', work: 'Work', services: 'Services' },
  sectorSummary: (sectors) => `Grouped in sectors: ${sectors.map((s) => `${s.label}, ${s.count} ${s.count === 1 ? 'person' : 'people'}`).join('; ')}.`,
  helpButton: 'Keys',
  helpTitle: 'Keyboard shortcuts',
  helpClose: 'Close',
  helpKeys: [
    ['Tab', 'Move into the map (one stop), and on to the tools'],
    ['Arrow keys', 'Move to the nearest person in that direction'],
    ['] and [, or Page Down and Page Up', 'Next and previous person linked to the one you started from'],
    ['+ and -', 'Move the person one ring in or out'],
    ['C and Shift+C', 'More or less conflict'],
    ['S and Shift+S', 'More or less support'],
    ['N or Insert', 'Add a person: go to the name field'],
    ['Enter or F2', 'Rename the person'],
    ['L, then Enter on another person', 'Link two people'],
    ['U', 'Unlink from the person you started from (after L or ] and [)'],
    ['T and Shift+T', 'More or less conflict between those two people'],
    ['D and Shift+D', 'Closeness between those two people: close, normal, distant, and round again'],
    ['Delete', 'Remove the person (or the selected people)'],
    ['Space', 'Select or unselect the person'],
    ['Escape', 'Cancel a link, or clear the selection'],
    ['Ctrl+Z', 'Undo'],
    ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
    ['I and O', 'Zoom in and out'],
    ['Shift+Arrow keys', 'Pan the view'],
    ['0', 'Fit the whole map in view'],
    ['/', 'Find a person (Enter goes to the first match, Escape clears)'],
    ['F', 'Focus on the selection: fade everyone but them and their ties'],
    ['B', 'Hide the map at once, and show it again'],
    ['?', 'Show this list'],
  ],
  legend: legendStrings,
  ways: defaultWaysStrings,
};

const COMMAND_LABELS: Record<string, string> = {
  addPerson: 'adding a person',
  removePerson: 'removing a person',
  removePeople: 'removing people',
  updatePerson: 'editing a person',
  setCloseness: 'change of ring',
  moveToRing: 'move',
  setConflict: 'change of conflict',
  setSupport: 'change of support',
  updateTie: 'editing the inventory row',
  linkPeople: 'link',
  updateLink: 'change of a tie',
  unlinkPeople: 'unlink',
  setPin: 'move',
  markDeceased: 'marking as deceased',
  markLiving: 'marking as living',
  setRings: 'change of rings',
  recordEvent: 'recording a life event',
  updateEvent: 'editing a life event',
  removeEvent: 'removing a life event',
  setFocus: 'change of focus',
  removeFocus: 'removing a focus',
  setRingLabel: 'renaming a ring',
  setSectors: 'change of sectors',
  setClientLabel: 'renaming the client',
};
