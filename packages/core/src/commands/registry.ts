import { addPerson, markDeceased, markLiving, removePerson, updatePerson } from './people.ts';
import { setCloseness, setConflict, setPin, setSupport, updateTie } from './client-tie.ts';
import { linkPeople, unlinkPeople, updateLink } from './person-ties.ts';
import { recordEvent, removeEvent, updateEvent } from './events.ts';
import { removeFocus, setFocus } from './focus.ts';
import { setClientLabel, setRingLabel, setRings, setSectors } from './settings.ts';
import { recordLayout } from './layout-memory.ts';
import { addGoal, recordGoalReview, removeGoal, removeGoalReview, updateGoal, updateGoalReview } from './goals.ts';

/** Every built-in command by name. A store looks commands up here, so a command can travel as plain data. */
export const commands = {
  addPerson,
  updatePerson,
  removePerson,
  markDeceased,
  markLiving,
  setCloseness,
  setConflict,
  setSupport,
  updateTie,
  setPin,
  linkPeople,
  unlinkPeople,
  updateLink,
  recordEvent,
  updateEvent,
  removeEvent,
  setFocus,
  removeFocus,
  setRings,
  setRingLabel,
  setSectors,
  setClientLabel,
  recordLayout,
  addGoal,
  updateGoal,
  removeGoal,
  recordGoalReview,
  updateGoalReview,
  removeGoalReview,
} as const;

/** The name of a built-in command. */
export type CommandName = keyof typeof commands;

/** The arguments a command takes. */
export type CommandArgs<N extends CommandName> = Parameters<(typeof commands)[N]>[1];

/**
 * A command as plain, serializable data: `{ name: 'setCloseness', args: { id: 'jonas', ring: 1 } }`.
 * It can be logged, sent to another window, and replayed.
 */
export type Command = { [N in CommandName]: { readonly name: N; readonly args: CommandArgs<N> } }[CommandName];
