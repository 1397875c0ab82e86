import type { Conflict, GoalProgress, Support, TieCloseness } from '../model.ts';
import type { ConflictChange, GoalProgressChange, RingMove, SupportChange } from './inventory-diff.ts';

/**
 * The sentences `describeDiff` writes, one function per kind of change, so that a host can say them in another
 * language. Each gets the labels of the people concerned (already labelled as the screen shows them) and the raw
 * values, which the sentence names through `conflict`, `support` and `tieCloseness`.
 */
export interface DiffStrings {
  added: (label: string) => string;
  removed: (label: string) => string;
  renamed: (from: string, to: string) => string;
  /** A rename whose labels read the same (a shared screen shows initials or aliases): the names stay unsaid. */
  nameChanged: (label: string) => string;
  died: (label: string) => string;
  moved: (label: string, from: number, to: number, direction: RingMove['direction']) => string;
  conflictWithClient: (label: string, direction: ConflictChange['direction'], from: string, to: string) => string;
  supportFromClient: (label: string, direction: SupportChange['direction'], from: string, to: string) => string;
  tieAdded: (a: string, b: string) => string;
  tieRemoved: (a: string, b: string) => string;
  tieCloseness: (a: string, b: string, from: string, to: string) => string;
  tieConflict: (a: string, b: string, direction: ConflictChange['direction'], from: string, to: string) => string;
  /**
   * A goal added, removed or agreed. `goal` is its wording when that may be said (shareable), `undefined` when it
   * may not (private, or hidden by `DescribeDiffOptions.goalLabel`): the sentence must then not try to say it.
   */
  goalAdded: (goal: string | undefined) => string;
  goalRemoved: (goal: string | undefined) => string;
  /** `date` is when the client agreed, where known. */
  goalAgreed: (goal: string | undefined, date: string | undefined) => string;
  /**
   * A goal's progress at its latest review, named through `progress`. `from` is `undefined` (and `direction` too)
   * when the goal had not been reviewed before.
   */
  goalProgress: (goal: string | undefined, from: string | undefined, to: string, direction: GoalProgressChange['direction']) => string;
  /** How a progress value is named inside the sentences. */
  progress: Readonly<Record<GoalProgress, string>>;
  /** How a conflict, a support and a tie's closeness are named inside the sentences. */
  conflict: Readonly<Record<Conflict, string>>;
  support: Readonly<Record<Support, string>>;
  closeness: Readonly<Record<TieCloseness, string>>;
}

/** The English sentences, as `describeDiff` has always written them. */
export const defaultDiffStrings: DiffStrings = {
  added: (label) => `Added: ${label}.`,
  removed: (label) => `Removed: ${label}.`,
  renamed: (from, to) => `${from} was renamed ${to}.`,
  nameChanged: (label) => `${label}: name changed.`,
  died: (label) => `${label} died.`,
  moved: (label, from, to, direction) => `${label} moved from ring ${from} to ring ${to} (${direction}).`,
  conflictWithClient: (label, direction, from, to) => `Conflict with ${label} ${direction}: ${from} → ${to}.`,
  supportFromClient: (label, direction, from, to) => `Support from ${label} ${direction}: ${from} → ${to}.`,
  tieAdded: (a, b) => `Tie added between ${a} and ${b}.`,
  tieRemoved: (a, b) => `Tie removed between ${a} and ${b}.`,
  tieCloseness: (a, b, from, to) => `Tie between ${a} and ${b}: closeness ${from} → ${to}.`,
  tieConflict: (a, b, direction, from, to) => `Conflict between ${a} and ${b} ${direction}: ${from} → ${to}.`,
  goalAdded: (goal) => (goal === undefined ? 'A goal was added.' : `Goal added: ${ending(goal)}`),
  goalRemoved: (goal) => (goal === undefined ? 'A goal was removed.' : `Goal removed: ${ending(goal)}`),
  goalAgreed: (goal, date) => {
    const when = date === undefined ? '' : ` (${date})`;
    return goal === undefined ? `A goal was agreed${when}.` : `Goal agreed${when}: ${ending(goal)}`;
  },
  goalProgress: (goal, from, to, direction) => {
    const which = goal === undefined ? 'a goal' : `“${goal}”`;
    return from === undefined ? `First review of ${which}: ${to}.` : `Progress ${direction} on ${which}: ${from} → ${to}.`;
  },
  progress: { none: 'no progress', some: 'some progress', much: 'much progress', achieved: 'achieved' },
  conflict: { none: 'none', low: 'low', high: 'high', hostile: 'hostile', cutoff: 'cutoff' },
  support: { none: 'none', some: 'some', strong: 'strong' },
  closeness: { close: 'close', normal: 'normal', distant: 'distant' },
};

// A wording quoted at the end of a sentence: its own full stop ends ours, or we add one.
function ending(text: string): string {
  return /[.!?]$/.test(text) ? `“${text}”` : `“${text}”.`;
}
