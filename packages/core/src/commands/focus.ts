import { current, type Draft } from 'immer';
import { defineCommand } from '../define-command.ts';
import { RelmapError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { PROBLEM_AREAS, type DisputeStage, type Focus, type Id, type Note, type ProblemArea } from '../model.ts';
import { checkId, checkList, checkNote, checkOneOf, checkText, describe, requirePerson, sameData } from './checks.ts';

/** Arguments of `setFocus`: creates the focus with this id, or replaces it. */
export interface SetFocusArgs {
  /** The focus to create or replace; by default the problem area's name (`grief`). */
  readonly id?: Id;
  readonly area: ProblemArea;
  /** Makes this the primary focus (any other loses that mark). Default: primary when it is the only focus. */
  readonly primary?: boolean;
  readonly people?: readonly Id[];
  readonly events?: readonly Id[];
  readonly disputeStage?: DisputeStage;
  readonly transitionFrom?: string;
  readonly transitionTo?: string;
  readonly note?: Note;
}

/** Sets a problem-area focus: which area, whether primary, the people and events it concerns. */
export const setFocus = /* @__PURE__ */ defineCommand('setFocus', (draft, args: SetFocusArgs) => {
  const area = checkOneOf('area', args.area, PROBLEM_AREAS);
  const id = args.id === undefined ? area : checkId('id', args.id);
  const isNew = !Object.hasOwn(draft.focus, id);
  if (isNew && Object.keys(draft.focus).length >= LIMITS.focus) {
    throw new RelmapError('too-large', 'focus', `an inventory holds at most ${LIMITS.focus} focus entries.`);
  }
  if (args.primary !== undefined && typeof args.primary !== 'boolean') {
    throw new RelmapError('invalid-argument', 'primary', `expected true or false, got ${describe(args.primary)}.`);
  }
  const peopleArg = checkList('people', args.people ?? [], 'person ids');
  const people = [...new Set(peopleArg.map((p, i) => requirePerson(draft, `people.${i}`, p)))];
  const events = [
    ...new Set(
      checkList('events', args.events ?? [], 'event ids').map((e, i) => {
        if (typeof e !== 'string' || !Object.hasOwn(draft.events, e)) {
          throw new RelmapError('not-found', `events.${i}`, `no event with id ${describe(e)}.`);
        }
        return e;
      }),
    ),
  ];
  const others = Object.keys(draft.focus).filter((k) => k !== id);
  const primary = args.primary ?? others.length === 0;
  const focus: Draft<Focus> = { id, area, primary, people, events };
  if (args.disputeStage !== undefined) {
    if (area !== 'role-dispute') throw new RelmapError('invalid-argument', 'disputeStage', 'only a role dispute has a stage.');
    focus.disputeStage = checkOneOf('disputeStage', args.disputeStage, ['renegotiation', 'impasse', 'dissolution']);
  }
  if (args.transitionFrom !== undefined) focus.transitionFrom = checkText('transitionFrom', args.transitionFrom, LIMITS.labelLength);
  if (args.transitionTo !== undefined) focus.transitionTo = checkText('transitionTo', args.transitionTo, LIMITS.labelLength);
  if (args.note !== undefined) focus.note = checkNote('note', args.note);
  if (primary) for (const other of others) draft.focus[other]!.primary = false;
  if (!sameData(draft.focus[id], focus)) draft.focus[id] = focus;
});

/** Arguments of `removeFocus`. */
export interface RemoveFocusArgs {
  readonly id: Id;
}

/**
 * Removes a focus. Goals that served it stay, with no focus: the client agreed to them, and a goal can stand on
 * its own until it is tied to another focus or removed.
 */
export const removeFocus = /* @__PURE__ */ defineCommand('removeFocus', (draft, args: RemoveFocusArgs) => {
  if (typeof args.id !== 'string' || !Object.hasOwn(draft.focus, args.id)) {
    throw new RelmapError('not-found', 'id', `no focus with id ${describe(args.id)}.`);
  }
  delete draft.focus[args.id];
  for (const [goalId, goal] of Object.entries(current(draft.goals))) {
    if (goal.focus === args.id) delete draft.goals[goalId]!.focus;
  }
});
