import {
  command,
  CONFLICTS,
  findTieBetween,
  SUPPORTS,
  type Command,
  type Id,
  type Inventory,
  type Person,
  type PersonTie,
  type TieCloseness,
} from '@relmap/core';

/** What the editing keys need from the map. */
export interface EditKeyTarget {
  readonly inventory: Inventory;
  /** The person a keyboard link started from, if a link is in progress. */
  readonly linkFrom: Id | undefined;
  /** The person `]` and `[` step around, if the user is stepping along ties. */
  tieAnchor: Id | undefined;
  dispatch(cmd: Command): boolean;
  removeSelectedOr(id: Id): void;
  cancelLink(): void;
  announce(message: string): void;
  labelOf(id: Id): string;
  notLinkedMessage(a: string, b: string): string;
}

/**
 * Editing keys on the focused person, beyond rings and renaming: `C` and Shift+C step conflict up and down its
 * scale (none, low, high, hostile, cut off), `S` and Shift+S step support (none, some, strong), `U` unlinks the
 * focused person from the person a link (`L`) or a walk along ties (`]`, `[`) started from, `T` and Shift+T step
 * the conflict of the tie between those two people (such as the client's parents in high conflict), `D` and
 * Shift+D cycle that tie's closeness (close, normal, distant, and round again), and Delete or Backspace removes
 * the person or the selection. Each change goes through `dispatch`, so it is undoable, vetoable and announced like
 * any other. Returns whether the key was one of these.
 */
export function handleEditKey(map: EditKeyTarget, e: KeyboardEvent, key: string, id: Id, person: Person): boolean {
  if (key === 'c') {
    const next = stepScale(CONFLICTS, person.tie.conflict, e.shiftKey ? -1 : 1);
    if (next !== person.tie.conflict) map.dispatch(command('setConflict', { id, conflict: next }));
    return true;
  }
  if (key === 's') {
    const next = stepScale(SUPPORTS, person.tie.support, e.shiftKey ? -1 : 1);
    if (next !== person.tie.support) map.dispatch(command('setSupport', { id, support: next }));
    return true;
  }
  if (key === 'u') {
    const other = map.linkFrom ?? map.tieAnchor;
    if (!other || other === id) return true;
    if (map.linkFrom) map.cancelLink();
    if (findTieBetween(map.inventory, other, id)) map.dispatch(command('unlinkPeople', { a: other, b: id }));
    else map.announce(map.notLinkedMessage(map.labelOf(other), map.labelOf(id)));
    return true;
  }
  if (key === 't') {
    const tie = tieInFocus(map, id);
    if (!tie) return true;
    const next = stepScale(CONFLICTS, tie.conflict, e.shiftKey ? -1 : 1);
    if (next !== tie.conflict) map.dispatch(command('updateLink', { id: tie.id, changes: { conflict: next } }));
    return true;
  }
  if (key === 'd') {
    const tie = tieInFocus(map, id);
    if (!tie) return true;
    const closeness = cycleScale(TIE_CLOSENESS, tie.closeness, e.shiftKey ? -1 : 1);
    map.dispatch(command('updateLink', { id: tie.id, changes: { closeness } }));
    return true;
  }
  if (key === 'Delete' || key === 'Backspace') {
    map.removeSelectedOr(id);
    return true;
  }
  return false;
}

/** A tie's closeness, closest first, the order in which `D` cycles through it. */
const TIE_CLOSENESS: readonly TieCloseness[] = ['close', 'normal', 'distant'];

/**
 * The tie between the focused person and the person a link or a walk along ties started from. When there is
 * none, says so in the live region (or says nothing when there is no such person) and returns `undefined`.
 */
function tieInFocus(map: EditKeyTarget, id: Id): PersonTie | undefined {
  const other = map.linkFrom ?? map.tieAnchor;
  if (!other || other === id) return undefined;
  const tie = findTieBetween(map.inventory, other, id);
  if (!tie) map.announce(map.notLinkedMessage(map.labelOf(other), map.labelOf(id)));
  return tie;
}

/**
 * One step around a short scale, wrapping at its ends: with only three values, cycling reaches each in at most
 * two presses, and the live region says where it landed.
 */
export function cycleScale<T>(scale: readonly T[], value: T, step: 1 | -1): T {
  const i = Math.max(0, scale.indexOf(value));
  return scale[(i + step + scale.length) % scale.length]!;
}

/** One step along an ordered scale, stopping at its ends (no wrap, so holding the key cannot overshoot to "none"). */
export function stepScale<T>(scale: readonly T[], value: T, step: 1 | -1): T {
  const i = scale.indexOf(value);
  return scale[Math.min(scale.length - 1, Math.max(0, i + step))]!;
}
