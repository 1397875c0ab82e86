import { current, type Draft } from 'immer';
import { defineCommand } from '../define-command.ts';
import { RelmapError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { CATEGORIES, type Category, type Id, type Inventory, type Note, type PartialDate, type Person, type PersonKind } from '../model.ts';
import { checkDate, checkId, checkNote, checkOneOf, checkRing, checkRoom, checkText, findPerson, requirePerson, sameData } from './checks.ts';
import { countChanged, forgetIndex } from './draft-index.ts';
import { applyTieChanges, type TieChanges } from './tie-fields.ts';

/** Arguments of `addPerson`. Only `name` is required; the person lands on the outermost ring unless told. */
export interface AddPersonArgs {
  /** An id to use; by default a new opaque one (`p-4k0c9z1qma`, SPEC M15), never made from the name. */
  readonly id?: Id;
  readonly name: string;
  readonly ring?: number;
  readonly category?: Category;
  readonly kind?: PersonKind;
  readonly role?: string;
  readonly alias?: string;
  readonly initials?: string;
  readonly born?: PartialDate;
  readonly notes?: Note;
  /** Further inventory-row fields (conflict, support, contact, ...). */
  readonly tie?: TieChanges;
}

/**
 * A new opaque person id not yet taken in this inventory (SPEC M15). Pass it to `addPerson` as `id` to know the
 * new person's id before the command runs.
 */
export function newPersonId(inventory: Inventory): Id {
  return newId('person', (id) => Object.hasOwn(inventory.people, id));
}

/** Adds a person to the inventory, on `ring` (default: the outermost), with no conflict and no support. */
export const addPerson = /* @__PURE__ */ defineCommand('addPerson', (draft, args: AddPersonArgs) => {
  checkRoom(draft, 'people', LIMITS.people, 'people');
  const name = checkText('name', args.name, LIMITS.labelLength);
  const id = args.id === undefined ? newPersonId(draft) : checkId('id', args.id);
  if (Object.hasOwn(draft.people, id)) throw new RelmapError('duplicate', 'id', `a person with id "${id}" exists.`);
  const ring = args.ring === undefined ? draft.settings.rings : checkRing(draft, 'ring', args.ring);
  const person: Draft<Person> = {
    id,
    name,
    category: args.category === undefined ? 'other' : checkOneOf('category', args.category, CATEGORIES),
    kind: args.kind === undefined ? 'person' : checkOneOf('kind', args.kind, ['person', 'group']),
    status: 'living',
    tie: { ring, conflict: 'none', support: 'none' },
  };
  if (args.role !== undefined) person.role = checkText('role', args.role, LIMITS.labelLength);
  if (args.alias !== undefined) person.alias = checkText('alias', args.alias, LIMITS.labelLength);
  if (args.initials !== undefined) person.initials = checkText('initials', args.initials, LIMITS.initialsLength);
  if (args.born !== undefined) person.born = checkDate('born', args.born);
  if (args.notes !== undefined) person.notes = checkNote('notes', args.notes);
  if (args.tie !== undefined) applyTieChanges(draft, person.tie, 'tie', args.tie);
  draft.people[id] = person;
  countChanged(draft, 'people', 1);
});

/** Fields of a person that `updatePerson` edits; `null` removes an optional field. */
export interface PersonChanges {
  readonly name?: string;
  readonly alias?: string | null;
  readonly initials?: string | null;
  readonly role?: string | null;
  readonly category?: Category;
  readonly kind?: PersonKind;
  readonly born?: PartialDate | null;
  readonly notes?: Note | null;
}

/** Arguments of `updatePerson`. */
export interface UpdatePersonArgs {
  readonly id: Id;
  readonly changes: PersonChanges;
}

/** Edits who a person is: name, alias, initials, role, category, kind, birth date, notes. */
export const updatePerson = /* @__PURE__ */ defineCommand('updatePerson', (draft, args: UpdatePersonArgs) => {
  const person = findPerson(draft, 'id', args.id);
  const c = args.changes ?? {};
  const next: Record<string, unknown> = {};
  const remove: string[] = [];
  const optional = (key: string, value: unknown, check: (v: never) => unknown): void => {
    if (value === null) remove.push(key);
    else if (value !== undefined) next[key] = check(value as never);
  };
  if (c.name !== undefined) next.name = checkText('changes.name', c.name, LIMITS.labelLength);
  optional('alias', c.alias, (v: string) => checkText('changes.alias', v, LIMITS.labelLength));
  optional('initials', c.initials, (v: string) => checkText('changes.initials', v, LIMITS.initialsLength));
  optional('role', c.role, (v: string) => checkText('changes.role', v, LIMITS.labelLength));
  optional('born', c.born, (v: string) => checkDate('changes.born', v));
  optional('notes', c.notes, (v: Note) => checkNote('changes.notes', v));
  if (c.category !== undefined) next.category = checkOneOf('changes.category', c.category, CATEGORIES);
  if (c.kind !== undefined) next.kind = checkOneOf('changes.kind', c.kind, ['person', 'group']);
  for (const key of Object.keys(c)) {
    if (!EDITABLE.has(key)) throw new RelmapError('invalid-argument', `changes.${key}`, 'is not a field updatePerson edits.');
  }
  // Every check passed: only now touch the draft, so a bad field never half-applies the others.
  const target = person as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(next)) if (!sameData(target[key], value)) target[key] = value;
  for (const key of remove) delete target[key];
});

const EDITABLE = new Set(['name', 'alias', 'initials', 'role', 'category', 'kind', 'born', 'notes']);

/** Arguments of `removePerson`. */
export interface RemovePersonArgs {
  readonly id: Id;
}

/**
 * Removes a person with everything that points at them: their ties to others, and their place in events, in the
 * focus and in the goals. Events and goals left with no people stay: a move or a job change can concern the client
 * alone, and so can a goal.
 */
export const removePerson = /* @__PURE__ */ defineCommand('removePerson', (draft, args: RemovePersonArgs) => {
  const id = requirePerson(draft, 'id', args.id);
  delete draft.people[id];
  forgetIndex(draft);
  // Search the records as they stand (`current`) and touch the draft only where the person is named: walking
  // the draft itself would make a draft of every tie, event and focus, in proportion to all of them.
  for (const [tieId, tie] of Object.entries(current(draft.ties))) {
    if (tie.a === id || tie.b === id) delete draft.ties[tieId];
  }
  for (const [eventId, event] of Object.entries(current(draft.events))) {
    const at = event.people.indexOf(id);
    if (at >= 0) draft.events[eventId]!.people.splice(at, 1);
  }
  for (const [focusId, focus] of Object.entries(current(draft.focus))) {
    const at = focus.people.indexOf(id);
    if (at >= 0) draft.focus[focusId]!.people.splice(at, 1);
  }
  for (const [goalId, goal] of Object.entries(current(draft.goals))) {
    const at = goal.people.indexOf(id);
    if (at >= 0) draft.goals[goalId]!.people.splice(at, 1);
  }
});

/** Arguments of `markDeceased`. */
export interface MarkDeceasedArgs {
  readonly id: Id;
  /** Date of death, as precisely as known. */
  readonly died?: PartialDate;
}

/** Marks a person as deceased, with the date of death where known. */
export const markDeceased = /* @__PURE__ */ defineCommand('markDeceased', (draft, args: MarkDeceasedArgs) => {
  const person = findPerson(draft, 'id', args.id);
  const died = args.died === undefined ? undefined : checkDate('died', args.died);
  person.status = 'deceased';
  if (died === undefined) delete person.died;
  else person.died = died;
});

/** Arguments of `markLiving`. */
export interface MarkLivingArgs {
  readonly id: Id;
}

/** Marks a person as living again (corrects a mistaken `markDeceased`); the date of death is removed. */
export const markLiving = /* @__PURE__ */ defineCommand('markLiving', (draft, args: MarkLivingArgs) => {
  const person = findPerson(draft, 'id', args.id);
  person.status = 'living';
  delete person.died;
});
