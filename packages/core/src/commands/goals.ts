import type { Draft } from 'immer';
import { defineCommand } from '../define-command.ts';
import { RelmapError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { GOAL_PROGRESS, type Goal, type GoalProgress, type GoalReview, type Id, type Inventory, type Note, type PartialDate } from '../model.ts';
import { checkChanges, checkDate, checkId, checkList, checkNote, checkOneOf, checkRecordRoom, describe, requirePerson, sameData } from './checks.ts';

/** Arguments of `addGoal`. Only `wording` is required; a goal is a proposal until the client agrees to it. */
export interface AddGoalArgs {
  /** An id to use; by default a new one that says nothing of the wording. */
  readonly id?: Id;
  /** The goal in words the client and the clinician agree on; not blank. */
  readonly wording: Note;
  /** The focus entry the goal serves. */
  readonly focus?: Id;
  /** The people the goal concerns. */
  readonly people?: readonly Id[];
  /** Whether the client has agreed to it; default `false`, or `true` when `agreedOn` is given. */
  readonly agreed?: boolean;
  /** When the client agreed to it; only with an agreed goal. */
  readonly agreedOn?: PartialDate;
}

/** The id `addGoal` would give a new goal. Made from a fixed base, never from the wording, which may be private. */
export function newGoalId(inventory: Inventory): Id {
  return newId('goal', (id) => Object.hasOwn(inventory.goals, id));
}

/** Adds a treatment goal, which may serve a focus and concern some people. */
export const addGoal = /* @__PURE__ */ defineCommand('addGoal', (draft, args: AddGoalArgs) => {
  checkRecordRoom(draft.goals, 'goals', LIMITS.goals, 'goals');
  const id = args.id === undefined ? newGoalId(draft) : checkId('id', args.id);
  if (Object.hasOwn(draft.goals, id)) throw new RelmapError('duplicate', 'id', `a goal with id "${id}" exists.`);
  const wording = checkWording('wording', args.wording);
  const focus = args.focus === undefined ? undefined : requireFocus(draft, 'focus', args.focus);
  const people = checkPeople(draft, 'people', args.people ?? []);
  // A new goal has nothing to remove: `null` is a mistake here, not a request.
  if ((args.agreedOn as unknown) === null) throw new RelmapError('invalid-argument', 'agreedOn', 'expected a date, got null.');
  const agreement = checkAgreement(args.agreed, args.agreedOn, '');
  const goal: Draft<Goal> = { id, wording, people, agreed: agreement.agreed ?? false, reviews: {} };
  if (focus !== undefined) goal.focus = focus;
  if (typeof agreement.agreedOn === 'string') goal.agreedOn = agreement.agreedOn;
  draft.goals[id] = goal;
});

/** Fields of a goal that `updateGoal` edits; `null` removes an optional field. */
export interface GoalChanges {
  /** New wording; not blank. */
  readonly wording?: Note;
  /** Another focus, or `null` for none. */
  readonly focus?: Id | null;
  /** The people the goal concerns, in place of the current list. */
  readonly people?: readonly Id[];
  /** `false` takes the agreement back, and its date with it. */
  readonly agreed?: boolean;
  /** The date of agreement; giving one marks the goal agreed. */
  readonly agreedOn?: PartialDate | null;
}

/** Arguments of `updateGoal`. */
export interface UpdateGoalArgs {
  /** The goal to edit. */
  readonly id: Id;
  /** The fields to change; the others stay. */
  readonly changes: GoalChanges;
}

const GOAL_FIELDS: ReadonlySet<string> = new Set(['wording', 'focus', 'people', 'agreed', 'agreedOn']);

/** Edits a goal: its wording, the focus and people it concerns, and whether (and when) the client agreed to it. */
export const updateGoal = /* @__PURE__ */ defineCommand('updateGoal', (draft, args: UpdateGoalArgs) => {
  const goal = findGoal(draft, 'id', args.id);
  const c = checkChanges('changes', args.changes === undefined ? {} : args.changes, GOAL_FIELDS, 'updateGoal') as GoalChanges;
  const wording = c.wording === undefined ? undefined : checkWording('changes.wording', c.wording);
  const focus = c.focus === undefined || c.focus === null ? c.focus : requireFocus(draft, 'changes.focus', c.focus);
  const people = c.people === undefined ? undefined : checkPeople(draft, 'changes.people', c.people);
  const agreement = checkAgreement(c.agreed, c.agreedOn, 'changes.');
  // Every check passed: only now touch the draft, so a bad field never half-applies the others (SPEC C5).
  if (wording !== undefined && !sameData(goal.wording, wording)) goal.wording = wording;
  if (focus === null) {
    if (goal.focus !== undefined) delete goal.focus;
  } else if (focus !== undefined && goal.focus !== focus) goal.focus = focus;
  if (people !== undefined && !sameData(goal.people, people)) goal.people = people;
  if (agreement.agreed !== undefined && goal.agreed !== agreement.agreed) goal.agreed = agreement.agreed;
  if (agreement.agreedOn === null || goal.agreed === false) {
    if (goal.agreedOn !== undefined) delete goal.agreedOn;
  } else if (agreement.agreedOn !== undefined && goal.agreedOn !== agreement.agreedOn) goal.agreedOn = agreement.agreedOn;
});

/** Arguments of `removeGoal`. */
export interface RemoveGoalArgs {
  /** The goal to remove. */
  readonly id: Id;
}

/** Removes a goal with its reviews. */
export const removeGoal = /* @__PURE__ */ defineCommand('removeGoal', (draft, args: RemoveGoalArgs) => {
  findGoal(draft, 'id', args.id);
  delete draft.goals[args.id];
});

/** Arguments of `recordGoalReview`. */
export interface RecordGoalReviewArgs {
  /** The goal reviewed. */
  readonly goal: Id;
  /** An id to use; by default a new one. */
  readonly id?: Id;
  /** When; no other review of this goal may have the same date. */
  readonly date: PartialDate;
  /** How far the client has come towards the goal. */
  readonly progress: GoalProgress;
  /** What the client and the clinician said about it. */
  readonly note?: Note;
}

/** Records a review of a goal: the date, the progress made, and what was said. */
export const recordGoalReview = /* @__PURE__ */ defineCommand('recordGoalReview', (draft, args: RecordGoalReviewArgs) => {
  const goal = findGoal(draft, 'goal', args.goal);
  checkRecordRoom(goal.reviews, 'goal', LIMITS.goalReviews, 'reviews of one goal');
  const taken = (id: Id): boolean => Object.hasOwn(goal.reviews, id);
  const id = args.id === undefined ? newId('review', taken) : checkId('id', args.id);
  if (taken(id)) throw new RelmapError('duplicate', 'id', `goal "${goal.id}" has a review with id "${id}".`);
  const date = checkDate('date', args.date);
  checkFreeDate(goal, id, date);
  const review: Draft<GoalReview> = { id, date, progress: checkOneOf('progress', args.progress, GOAL_PROGRESS) };
  if (args.note !== undefined) review.note = checkNote('note', args.note);
  goal.reviews[id] = review;
});

/** Fields of a review that `updateGoalReview` edits; `null` removes the note. */
export interface GoalReviewChanges {
  /** Another date, not one the goal was reviewed on already. */
  readonly date?: PartialDate;
  /** Another progress. */
  readonly progress?: GoalProgress;
  /** Another note, or `null` for none. */
  readonly note?: Note | null;
}

/** Arguments of `updateGoalReview`. */
export interface UpdateGoalReviewArgs {
  /** The goal the review belongs to. */
  readonly goal: Id;
  /** The review to edit. */
  readonly id: Id;
  /** The fields to change; the others stay. */
  readonly changes: GoalReviewChanges;
}

const REVIEW_FIELDS: ReadonlySet<string> = new Set(['date', 'progress', 'note']);

/** Edits a review of a goal: its date, the progress, its note. */
export const updateGoalReview = /* @__PURE__ */ defineCommand('updateGoalReview', (draft, args: UpdateGoalReviewArgs) => {
  const goal = findGoal(draft, 'goal', args.goal);
  const review = findReview(goal, args.id);
  const c = checkChanges('changes', args.changes === undefined ? {} : args.changes, REVIEW_FIELDS, 'updateGoalReview') as GoalReviewChanges;
  const date = c.date === undefined ? undefined : checkDate('changes.date', c.date);
  if (date !== undefined) checkFreeDate(goal, review.id, date, 'changes.date');
  const progress = c.progress === undefined ? undefined : checkOneOf('changes.progress', c.progress, GOAL_PROGRESS);
  const note = c.note === undefined || c.note === null ? c.note : checkNote('changes.note', c.note);
  if (date !== undefined && review.date !== date) review.date = date;
  if (progress !== undefined && review.progress !== progress) review.progress = progress;
  if (note === null) {
    if (review.note !== undefined) delete review.note;
  } else if (note !== undefined && !sameData(review.note, note)) review.note = note;
});

/** Arguments of `removeGoalReview`. */
export interface RemoveGoalReviewArgs {
  /** The goal the review belongs to. */
  readonly goal: Id;
  /** The review to remove. */
  readonly id: Id;
}

/** Removes a review of a goal. */
export const removeGoalReview = /* @__PURE__ */ defineCommand('removeGoalReview', (draft, args: RemoveGoalReviewArgs) => {
  const goal = findGoal(draft, 'goal', args.goal);
  const review = findReview(goal, args.id);
  delete goal.reviews[review.id];
});

function findGoal(draft: Draft<Inventory>, path: string, id: unknown): Draft<Goal> {
  const goal = typeof id === 'string' && Object.hasOwn(draft.goals, id) ? draft.goals[id] : undefined;
  if (!goal) throw new RelmapError('not-found', path, `no goal with id ${describe(id)}.`);
  return goal;
}

function findReview(goal: Draft<Goal>, id: unknown): Draft<GoalReview> {
  const review = typeof id === 'string' && Object.hasOwn(goal.reviews, id) ? goal.reviews[id] : undefined;
  if (!review) throw new RelmapError('not-found', 'id', `goal "${goal.id}" has no review with id ${describe(id)}.`);
  return review;
}

function requireFocus(draft: Draft<Inventory>, path: string, id: unknown): Id {
  if (typeof id !== 'string' || !Object.hasOwn(draft.focus, id)) {
    throw new RelmapError('not-found', path, `no focus with id ${describe(id)}.`);
  }
  return id;
}

function checkPeople(draft: Draft<Inventory>, path: string, people: unknown): Id[] {
  const ids = checkList(path, people, 'person ids').map((id, i) => requirePerson(draft, `${path}.${i}`, id));
  return [...new Set(ids)];
}

/** A goal's wording is a note that says something: a blank goal is no goal. */
function checkWording(path: string, value: unknown): Note {
  const note = checkNote(path, value);
  if (note.text === '') throw new RelmapError('invalid-argument', `${path}.text`, 'must not be empty.');
  return note;
}

/**
 * SPEC M12: a date of agreement only on an agreed goal. A date given without `agreed` marks the goal agreed;
 * `agreed: false` with a date is a contradiction, not a guess.
 */
function checkAgreement(agreed: unknown, agreedOn: unknown, prefix: string): { agreed?: boolean; agreedOn?: PartialDate | null } {
  if (agreed !== undefined && typeof agreed !== 'boolean') {
    throw new RelmapError('invalid-argument', `${prefix}agreed`, `expected true or false, got ${describe(agreed)}.`);
  }
  if (agreedOn === undefined || agreedOn === null) {
    return { ...(agreed === undefined ? {} : { agreed }), ...(agreedOn === null ? { agreedOn: null } : {}) };
  }
  const date = checkDate(`${prefix}agreedOn`, agreedOn);
  if (agreed === false) {
    throw new RelmapError('invalid-argument', `${prefix}agreedOn`, 'a goal the client has not agreed to has no date of agreement.');
  }
  return { agreed: true, agreedOn: date };
}

/** SPEC M13: one review of a goal per date. */
function checkFreeDate(goal: Draft<Goal>, id: Id, date: PartialDate, path = 'date'): void {
  for (const other of Object.values(goal.reviews)) {
    if (other.id !== id && other.date === date) {
      throw new RelmapError('duplicate', path, `goal "${goal.id}" has a review dated ${date} (${describe(other.id)}).`);
    }
  }
}
