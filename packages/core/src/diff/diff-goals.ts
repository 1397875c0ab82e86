import { GOAL_PROGRESS, type Goal, type GoalReview, type Inventory } from '../model.ts';
import type { GoalAgreement, GoalProgressChange, GoalRef } from './inventory-diff.ts';
import { byId } from './order.ts';

/** The goals of two inventories compared by id: added, removed, newly agreed, and whose progress changed (D7). */
export interface GoalDiff {
  /** Goals only in the later inventory. */
  readonly goalsAdded: GoalRef[];
  /** Goals only in the earlier inventory. */
  readonly goalsRemoved: GoalRef[];
  /** Goals agreed in the later inventory that were not agreed, or not there, in the earlier one. */
  readonly goalsAgreed: GoalAgreement[];
  /** Goals whose latest review gives another progress than before, or that were reviewed for the first time. */
  readonly goalProgress: GoalProgressChange[];
}

const refOf = (goal: Goal): GoalRef => ({ id: goal.id, wording: goal.wording });

/**
 * The latest review of a goal: the one with the greatest date, compared as text, so that a less precise date
 * ("2025-03") comes before the days of its month ("2025-03-14"). Two reviews of a goal never share a date (M13).
 */
export function latestReview(goal: Goal): GoalReview | undefined {
  let latest: GoalReview | undefined;
  for (const review of Object.values(goal.reviews)) if (!latest || review.date > latest.date) latest = review;
  return latest;
}

/** Compares the goals of an earlier inventory `a` with those of a later one `b`, each list sorted by id. */
export function diffGoals(a: Inventory, b: Inventory): GoalDiff {
  const goalsAdded: GoalRef[] = [];
  const goalsRemoved: GoalRef[] = [];
  const goalsAgreed: GoalAgreement[] = [];
  const goalProgress: GoalProgressChange[] = [];
  for (const earlier of Object.values(a.goals)) if (!Object.hasOwn(b.goals, earlier.id)) goalsRemoved.push(refOf(earlier));
  for (const later of Object.values(b.goals)) {
    const earlier = Object.hasOwn(a.goals, later.id) ? a.goals[later.id] : undefined;
    if (!earlier) goalsAdded.push(refOf(later));
    if (later.agreed && !earlier?.agreed) {
      goalsAgreed.push({ ...refOf(later), ...(later.agreedOn === undefined ? {} : { agreedOn: later.agreedOn }) });
    }
    const to = latestReview(later);
    const from = earlier && latestReview(earlier);
    if (!to || from?.progress === to.progress) continue;
    const change: GoalProgressChange = { ...refOf(later), to: to.progress, date: to.date };
    if (!from) goalProgress.push(change);
    else {
      const direction = GOAL_PROGRESS.indexOf(to.progress) > GOAL_PROGRESS.indexOf(from.progress) ? 'advanced' : 'slipped';
      goalProgress.push({ ...change, from: from.progress, direction });
    }
  }
  for (const list of [goalsAdded, goalsRemoved, goalsAgreed, goalProgress]) list.sort(byId);
  return { goalsAdded, goalsRemoved, goalsAgreed, goalProgress };
}
