import { defineCommand } from '../define-command.ts';
import { RelmapError } from '../errors.ts';
import { CONFLICTS, SUPPORTS, type Conflict, type Id, type Support, type SupportDirection } from '../model.ts';
import { checkOneOf, checkRing, describe, findPerson, sameData } from './checks.ts';
import { applyTieChanges, type TieChanges } from './tie-fields.ts';

/** Arguments of `setCloseness`. */
export interface SetClosenessArgs {
  readonly id: Id;
  /** The new ring, 1 (innermost) to the ring count. */
  readonly ring: number;
}

/** Moves a person to another closeness ring. */
export const setCloseness = /* @__PURE__ */ defineCommand('setCloseness', (draft, args: SetClosenessArgs) => {
  const person = findPerson(draft, 'id', args.id);
  person.tie.ring = checkRing(draft, 'ring', args.ring);
});

/** Arguments of `setConflict`. */
export interface SetConflictArgs {
  readonly id: Id;
  readonly conflict: Conflict;
}

/** Sets the conflict between the client and a person. */
export const setConflict = /* @__PURE__ */ defineCommand('setConflict', (draft, args: SetConflictArgs) => {
  const person = findPerson(draft, 'id', args.id);
  person.tie.conflict = checkOneOf('conflict', args.conflict, CONFLICTS);
});

/** Arguments of `setSupport`. */
export interface SetSupportArgs {
  readonly id: Id;
  readonly support: Support;
  /** Which way support flows; `null` clears it, absent leaves it as it is. */
  readonly direction?: SupportDirection | null;
}

/** Sets how supported the client feels by a person, and optionally which way support flows. */
export const setSupport = /* @__PURE__ */ defineCommand('setSupport', (draft, args: SetSupportArgs) => {
  const person = findPerson(draft, 'id', args.id);
  const support = checkOneOf('support', args.support, SUPPORTS);
  const direction =
    args.direction === undefined || args.direction === null ? args.direction : checkOneOf('direction', args.direction, ['to-client', 'from-client', 'mutual']);
  person.tie.support = support;
  if (direction === null) delete person.tie.supportDirection;
  else if (direction !== undefined) person.tie.supportDirection = direction;
});

/** Arguments of `updateTie`. */
export interface UpdateTieArgs {
  readonly id: Id;
  readonly changes: TieChanges;
}

/**
 * Edits a person's inventory row: contact, satisfying and unsatisfying aspects, expectations both ways and whether
 * they are met, wished changes, and the fields the other commands set. All changes apply together or not at all.
 */
export const updateTie = /* @__PURE__ */ defineCommand('updateTie', (draft, args: UpdateTieArgs) => {
  const person = findPerson(draft, 'id', args.id);
  applyTieChanges(draft, person.tie, 'changes', args.changes);
});

/** Arguments of `setPin`. */
export interface SetPinArgs {
  readonly id: Id;
  /** Degrees clockwise from 12 o'clock; `null` un-pins the person so the layout places them again. */
  readonly angle: number | null;
}

/** Pins a person at an angle on their ring (the layout keeps them there), or releases the pin. */
export const setPin = /* @__PURE__ */ defineCommand('setPin', (draft, args: SetPinArgs) => {
  const person = findPerson(draft, 'id', args.id);
  if (args.angle === null) {
    delete person.pin;
    return;
  }
  if (typeof args.angle !== 'number' || !Number.isFinite(args.angle)) {
    throw new RelmapError('invalid-argument', 'angle', `expected a finite number of degrees, got ${describe(args.angle)}.`);
  }
  // Rounded to a tenth of a degree: finer is invisible and would only make documents noisy.
  const angle = Math.round((((args.angle % 360) + 360) % 360) * 10) / 10;
  const pin = { angle: angle === 360 ? 0 : angle };
  if (!sameData(person.pin, pin)) person.pin = pin;
});
