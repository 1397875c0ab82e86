import type { GoalProgress, PartialDate } from '@relmap/core';
import { defaultTimelineStrings } from '../relationship-timeline/timeline-strings.ts';

/**
 * Every text the goals element shows or speaks. Replace any of them through the element's `strings` property to
 * translate it; what is not replaced stays English. People's labels and problem areas come from the bound map's
 * strings, as the map shows them.
 */
export interface GoalsStrings {
  /** The heading of the element. */
  title: string;
  /** Shown when the element is bound to no map. */
  unbound: string;
  /** Shown when the map is blanked. */
  blanked: string;
  /** The empty state: no goal yet. */
  empty: string;
  /** How to add the first goal, under `empty` (not shown when read-only). */
  emptyHint: string;
  /** Shown in place of a private wording while presenting. */
  privateGoal: string;
  /** A goal's position, used to say which goal a control belongs to: "goal 2". */
  goalN: (n: number) => string;
  /** A partial date in words: "2024", "November 2024", "12 November 2024". */
  dateInWords: (date: PartialDate) => string;
  /** How far the client has come towards a goal. */
  progress: Record<GoalProgress, string>;
  /** Said of an agreed goal, with the date of agreement in words when known. */
  agreed: (date: string | undefined) => string;
  /** Said of a goal the client has not agreed to yet. */
  proposed: string;
  /** The focus a goal serves: its problem area, and whether it is the primary focus. */
  serves: (area: string, primary: boolean) => string;
  /** The people a goal concerns, by their labels. */
  concerns: (people: readonly string[]) => string;
  /** The latest review: its progress and date. */
  latest: (progress: string, date: string) => string;
  /** Said of a goal not yet reviewed. */
  notReviewed: string;
  /** The name of a goal's list of reviews. */
  reviewsOf: (goal: string) => string;
  /** The button that opens a goal's editing controls. */
  edit: string;
  /** Its accessible name: which goal it edits. */
  editName: (goal: string) => string;
  /** Field labels. */
  wording: string;
  focus: string;
  noFocus: string;
  people: string;
  agreedBox: string;
  agreedOn: string;
  reviewDate: string;
  reviewProgress: string;
  reviewNote: string;
  /** The legend of one review's controls. */
  reviewLegend: (date: string) => string;
  /** The legend of the controls that record a review, and their button. */
  recordReview: string;
  recordReviewButton: string;
  removeReview: string;
  removeGoal: string;
  /** The legend of the controls that add a goal, and their button. */
  addGoal: string;
  addGoalButton: string;
  /** The visible text of the box that makes a note private, and its accessible name. */
  private: string;
  privateOf: (field: string) => string;
  /** A field's accessible name: the field and the goal or review it belongs to. */
  fieldOf: (field: string, item: string) => string;
  /** How to write a date. */
  dateHint: string;
  /** Shown when the text typed is not a date. */
  invalidDate: (typed: string) => string;
  /** Shown when another review of the goal has this date. */
  duplicateDate: (date: string) => string;
  /** Shown when a review is recorded without a date. */
  dateMissing: string;
  /** Shown when a goal is added without words. */
  wordingMissing: string;
  /** Shown when the map refused an edit for another reason. */
  refused: string;
  /** Announced after an edit from this element. */
  added: string;
  removed: string;
  recorded: string;
  reviewRemoved: string;
}

/** The default English strings. */
export const defaultGoalsStrings: GoalsStrings = {
  title: 'Treatment goals',
  unbound: 'Not bound to a map: set the for attribute to the id of a relationship-map.',
  blanked: 'Hidden while the map is hidden.',
  empty: 'No goals agreed yet.',
  emptyHint: 'Write a goal in the client’s words below; mark it agreed when the client agrees to it.',
  privateGoal: defaultTimelineStrings.privateGoal,
  goalN: (n) => `goal ${n}`,
  dateInWords: defaultTimelineStrings.dateInWords,
  progress: defaultTimelineStrings.goalProgress,
  agreed: (date) => (date ? `Agreed ${date}` : 'Agreed'),
  proposed: 'Proposed, not yet agreed',
  serves: (area, primary) => `${primary ? 'Primary focus' : 'Focus'}: ${area}`,
  concerns: (people) => (people.length ? `Concerns ${people.join(', ')}` : ''),
  latest: (progress, date) => `${progress} (${date})`,
  notReviewed: 'Not reviewed yet',
  reviewsOf: (goal) => `Reviews of ${goal}`,
  edit: 'Edit',
  editName: (goal) => `Edit ${goal}`,
  wording: 'Goal, in the client’s words',
  focus: 'Serves',
  noFocus: 'No focus',
  people: 'Concerns',
  agreedBox: 'Agreed with the client',
  agreedOn: 'Agreed on',
  reviewDate: 'Date',
  reviewProgress: 'Progress',
  reviewNote: 'What was said',
  reviewLegend: (date) => `Review of ${date}`,
  recordReview: 'Record a review',
  recordReviewButton: 'Record review',
  removeReview: 'Remove review',
  removeGoal: 'Remove goal',
  addGoal: 'Add a goal',
  addGoalButton: 'Add goal',
  private: 'Private',
  privateOf: (field) => `Private: ${field}`,
  fieldOf: (field, item) => `${field} (${item})`,
  dateHint: 'Year, year and month, or full date: 2025, 2025-03 or 2025-03-14.',
  invalidDate: (typed) => `"${typed}" is not a date this form can keep. Write the year (2025), year and month (2025-03) or full date (2025-03-14).`,
  duplicateDate: (date) => `This goal already has a review dated ${date}.`,
  dateMissing: 'Write the date of the review.',
  wordingMissing: 'Write the goal before adding it.',
  refused: 'The map did not accept this change.',
  added: 'Goal added.',
  removed: 'Goal removed.',
  recorded: 'Review recorded.',
  reviewRemoved: 'Review removed.',
};
