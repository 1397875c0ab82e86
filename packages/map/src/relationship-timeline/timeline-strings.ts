import type { EventKind, GoalProgress, PartialDate, ProblemArea } from '@relmap/core';
import { defaultStrings } from '../strings.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Every text the timeline shows or speaks. Replace any of them through the element's `strings` property to
 * translate it; what is not replaced stays English. People's labels and dates said relative to now come from the
 * bound map's strings, as the map shows them.
 */
export interface TimelineStrings {
  /** The name of the list of events and goal reviews, shown above the axis. */
  title: string;
  /** Shown when the timeline is bound to no map. */
  unbound: string;
  /** Shown when the map is blanked. */
  blanked: string;
  /** The empty state: no life event and no known date of death. */
  empty: string;
  /** How to add the first event, under `empty`. */
  emptyHint: string;
  /** A partial date in words: "2024", "November 2024", "12 November 2024". */
  dateInWords: (date: PartialDate) => string;
  /** A tick of the axis: a year ("2024"), a month ("Nov"), a January with its year ("Jan 2025"). */
  tick: (date: PartialDate, major: boolean) => string;
  /** The date of an event whose date is not known. */
  undated: string;
  /** A life event's kind. */
  eventKind: Record<EventKind, string>;
  /** The kind of a goal's review, and of the date the client agreed to a goal. */
  goalReview: string;
  goalAgreed: string;
  /** How far the client had come towards a goal at a review. */
  goalProgress: Record<GoalProgress, string>;
  /** The goal a review or an agreement is about, by its wording. */
  goal: (wording: string) => string;
  /** Shown in place of a goal's private wording while presenting. */
  privateGoal: string;
  /** A problem area. */
  problemArea: Record<ProblemArea, string>;
  /** The text of a death known only from the person's date of death. */
  deathOf: (person: string) => string;
  /** The people an event concerns. */
  concerns: (people: readonly string[]) => string;
  /** Said of an event named by the primary focus. */
  primaryFocus: (areas: readonly string[]) => string;
  /** Said of an event named by another focus. */
  focus: (areas: readonly string[]) => string;
  /** Said of an event that concerns someone selected on the map. */
  concernsSelected: string;
  /** What the picture of the axis shows, for a screen reader: the list that follows reads it in order. */
  axisDescription: (first: string, last: string, count: number) => string;
  /** Said after the axis when some events have no date and are only in the list. */
  undatedNote: (count: number) => string;
  /** Heard, not seen, between the parts of an event in the list (its date, what, who, focus). */
  separator: string;
}

const SHORT = MONTHS.map((m) => m.slice(0, 3));

/** The default English strings. */
export const defaultTimelineStrings: TimelineStrings = {
  title: 'Life events and goal reviews',
  unbound: 'Not bound to a map: set the for attribute to the id of a relationship-map.',
  blanked: 'Hidden while the map is hidden.',
  empty: 'No life events or goal reviews yet.',
  emptyHint:
    'Record one in the detail panel of a person (Life events, Record), and it shows here on a time axis. A deceased person with a date of death shows here too, and so do the reviews of treatment goals.',
  dateInWords: (date) => {
    const [y, m, d] = date.split('-');
    if (m === undefined) return y ?? date;
    const month = MONTHS[Number(m) - 1] ?? m;
    return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
  },
  tick: (date, major) => {
    const [y, m] = date.split('-');
    if (m === undefined) return y ?? date;
    const month = SHORT[Number(m) - 1] ?? m;
    return major ? `${month} ${y}` : month;
  },
  undated: 'Date not known',
  eventKind: {
    death: 'Death',
    separation: 'Separation',
    move: 'Move',
    job: 'Job change',
    retirement: 'Retirement',
    birth: 'Birth',
    illness: 'Illness',
    'symptom-onset': 'Onset of symptoms',
    conflict: 'Conflict',
    other: 'Life event',
  },
  goalReview: 'Goal review',
  goalAgreed: 'Goal agreed',
  goalProgress: { none: 'No progress yet', some: 'Some progress', much: 'Much progress', achieved: 'Achieved' },
  goal: (wording) => `Goal: ${wording}`,
  privateGoal: 'A private goal',
  problemArea: defaultStrings.problemArea,
  deathOf: (person) => `Death of ${person}`,
  concerns: (people) => (people.length ? `Concerns ${people.join(', ')}` : ''),
  primaryFocus: (areas) => `Primary focus: ${areas.join(', ')}`,
  focus: (areas) => `Focus: ${areas.join(', ')}`,
  concernsSelected: 'Concerns the person selected on the map',
  axisDescription: (first, last, count) =>
    `Time axis from ${first} to ${last} with ${count} ${count === 1 ? 'entry' : 'entries'}; the list that follows reads them in order.`,
  undatedNote: (count) => `${count} ${count === 1 ? 'event has' : 'events have'} no date and ${count === 1 ? 'is' : 'are'} only in the list.`,
  separator: '. ',
};
