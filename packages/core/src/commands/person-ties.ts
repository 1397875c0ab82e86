import type { Draft } from 'immer';
import { defineCommand } from '../define-command.ts';
import { RelmapError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { CONFLICTS, type Conflict, type Id, type Inventory, type Note, type PersonTie, type TieCloseness } from '../model.ts';
import { tieChanged, tieIdBetween } from './draft-index.ts';
import { checkChanges, checkId, checkNote, checkOneOf, checkRoom, describe, findTie, requirePerson, sameData } from './checks.ts';

/** Arguments of `linkPeople`. */
export interface LinkPeopleArgs {
  /** An id to use; by default a new opaque one (`t-...`, SPEC M15), never made from the two person ids. */
  readonly id?: Id;
  readonly a: Id;
  readonly b: Id;
  readonly closeness?: TieCloseness;
  readonly conflict?: Conflict;
  readonly label?: Note;
}

/** The tie between two people, in either direction, if there is one. */
export function findTieBetween(inventory: Inventory, a: Id, b: Id): PersonTie | undefined {
  return Object.values(inventory.ties).find((t) => (t.a === a && t.b === b) || (t.a === b && t.b === a));
}

/** Links two people (not the client) with a tie. Two people have at most one tie. */
export const linkPeople = /* @__PURE__ */ defineCommand('linkPeople', (draft, args: LinkPeopleArgs) => {
  const a = requirePerson(draft, 'a', args.a);
  const b = requirePerson(draft, 'b', args.b);
  if (a === b) throw new RelmapError('invalid-argument', 'b', 'a person cannot be linked to themselves.');
  // Looked up in the draft's index of pairs: walking every tie on every link would make building a network
  // quadratic in its size.
  if (tieIdBetween(draft, a, b) !== undefined) {
    throw new RelmapError('duplicate', 'b', `"${a}" and "${b}" are already linked.`);
  }
  checkRoom(draft, 'ties', LIMITS.ties, 'ties');
  const taken = (id: Id): boolean => Object.hasOwn(draft.ties, id);
  const id = args.id === undefined ? newId('tie', taken) : checkId('id', args.id);
  if (taken(id)) throw new RelmapError('duplicate', 'id', `a tie with id "${id}" exists.`);
  const tie: Draft<PersonTie> = {
    id,
    a,
    b,
    closeness: args.closeness === undefined ? 'normal' : checkOneOf('closeness', args.closeness, ['close', 'normal', 'distant']),
    conflict: args.conflict === undefined ? 'none' : checkOneOf('conflict', args.conflict, CONFLICTS),
  };
  if (args.label !== undefined) tie.label = checkNote('label', args.label);
  draft.ties[id] = tie;
  tieChanged(draft, tie, true);
});

/** Arguments of `unlinkPeople`: the tie's id, or its two ends. */
export type UnlinkPeopleArgs = { readonly id: Id } | { readonly a: Id; readonly b: Id };

/** Removes the tie between two people. */
export const unlinkPeople = /* @__PURE__ */ defineCommand('unlinkPeople', (draft, args: UnlinkPeopleArgs) => {
  if ('id' in args) {
    const { id, a, b } = findTie(draft, 'id', args.id);
    delete draft.ties[id];
    tieChanged(draft, { id, a, b }, false);
    return;
  }
  const id = typeof args.a === 'string' && typeof args.b === 'string' ? tieIdBetween(draft, args.a, args.b) : undefined;
  if (id === undefined) throw new RelmapError('not-found', 'b', `${describe(args.a)} and ${describe(args.b)} are not linked.`);
  delete draft.ties[id];
  tieChanged(draft, { id, a: args.a, b: args.b }, false);
});

/** Arguments of `updateLink`; `null` removes the label. */
export interface UpdateLinkArgs {
  readonly id: Id;
  readonly changes: {
    readonly closeness?: TieCloseness;
    readonly conflict?: Conflict;
    readonly label?: Note | null;
    readonly ended?: boolean;
  };
}

const LINK_FIELDS: ReadonlySet<string> = new Set(['closeness', 'conflict', 'label', 'ended']);

/** Edits a tie between two people: closeness, conflict, label, ended. */
export const updateLink = /* @__PURE__ */ defineCommand('updateLink', (draft, args: UpdateLinkArgs) => {
  const tie = findTie(draft, 'id', args.id);
  const c = checkChanges('changes', args.changes === undefined ? {} : args.changes, LINK_FIELDS, 'updateLink') as UpdateLinkArgs['changes'];
  const closeness = c.closeness === undefined ? tie.closeness : checkOneOf('changes.closeness', c.closeness, ['close', 'normal', 'distant']);
  const conflict = c.conflict === undefined ? tie.conflict : checkOneOf('changes.conflict', c.conflict, CONFLICTS);
  const label = c.label === undefined || c.label === null ? c.label : checkNote('changes.label', c.label);
  if (c.ended !== undefined && typeof c.ended !== 'boolean') {
    throw new RelmapError('invalid-argument', 'changes.ended', `expected true or false, got ${describe(c.ended)}.`);
  }
  tie.closeness = closeness;
  tie.conflict = conflict;
  if (label === null) delete tie.label;
  else if (label !== undefined && !sameData(tie.label, label)) tie.label = label;
  if (c.ended === true) tie.ended = true;
  else if (c.ended === false) delete tie.ended;
});
