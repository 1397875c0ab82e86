import type { Draft } from 'immer';
import { defineCommand } from '../define-command.ts';
import { RelmapError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { EVENT_KINDS, type EventKind, type Id, type LifeEvent, type Note, type PartialDate } from '../model.ts';
import { countChanged } from './draft-index.ts';
import { checkChanges, checkDate, checkId, checkNote, checkOneOf, checkRoom, describe, requirePerson, sameData } from './checks.ts';

/** Arguments of `recordEvent`. */
export interface RecordEventArgs {
  /** An id to use; by default a new opaque one (`e-...`, SPEC M15). */
  readonly id?: Id;
  readonly kind: EventKind;
  readonly label: Note;
  readonly date?: PartialDate;
  readonly people?: readonly Id[];
}

function checkPeople(draft: Draft<import('../model.ts').Inventory>, path: string, people: unknown): Id[] {
  if (!Array.isArray(people)) throw new RelmapError('invalid-argument', path, `expected a list of person ids, got ${describe(people)}.`);
  const ids = people.map((id, i) => requirePerson(draft, `${path}.${i}`, id));
  return [...new Set(ids)];
}

/** Records a life event (a death, a move, a new job) and the people it concerns. */
export const recordEvent = /* @__PURE__ */ defineCommand('recordEvent', (draft, args: RecordEventArgs) => {
  checkRoom(draft, 'events', LIMITS.events, 'events');
  const kind = checkOneOf('kind', args.kind, EVENT_KINDS);
  const taken = (id: Id): boolean => Object.hasOwn(draft.events, id);
  const id = args.id === undefined ? newId('event', taken) : checkId('id', args.id);
  if (taken(id)) throw new RelmapError('duplicate', 'id', `an event with id "${id}" exists.`);
  const event: Draft<LifeEvent> = {
    id,
    kind,
    label: checkNote('label', args.label),
    people: checkPeople(draft, 'people', args.people ?? []),
  };
  if (args.date !== undefined) event.date = checkDate('date', args.date);
  draft.events[id] = event;
  countChanged(draft, 'events', 1);
});

/** Arguments of `updateEvent`; `null` removes the date. */
export interface UpdateEventArgs {
  readonly id: Id;
  readonly changes: {
    readonly kind?: EventKind;
    readonly label?: Note;
    readonly date?: PartialDate | null;
    readonly people?: readonly Id[];
  };
}

const EVENT_FIELDS: ReadonlySet<string> = new Set(['kind', 'label', 'date', 'people']);

/** Edits a life event. */
export const updateEvent = /* @__PURE__ */ defineCommand('updateEvent', (draft, args: UpdateEventArgs) => {
  const event = typeof args.id === 'string' && Object.hasOwn(draft.events, args.id) ? draft.events[args.id] : undefined;
  if (!event) throw new RelmapError('not-found', 'id', `no event with id ${describe(args.id)}.`);
  const c = checkChanges('changes', args.changes === undefined ? {} : args.changes, EVENT_FIELDS, 'updateEvent') as UpdateEventArgs['changes'];
  const kind = c.kind === undefined ? undefined : checkOneOf('changes.kind', c.kind, EVENT_KINDS);
  const label = c.label === undefined ? undefined : checkNote('changes.label', c.label);
  const date = c.date === undefined || c.date === null ? c.date : checkDate('changes.date', c.date);
  const people = c.people === undefined ? undefined : checkPeople(draft, 'changes.people', c.people);
  if (kind !== undefined) event.kind = kind;
  if (label !== undefined && !sameData(event.label, label)) event.label = label;
  if (date === null) delete event.date;
  else if (date !== undefined) event.date = date;
  if (people !== undefined && !sameData(event.people, people)) event.people = people;
});

/** Arguments of `removeEvent`. */
export interface RemoveEventArgs {
  readonly id: Id;
}

/** Removes a life event, and its mention in the focus. */
export const removeEvent = /* @__PURE__ */ defineCommand('removeEvent', (draft, args: RemoveEventArgs) => {
  if (typeof args.id !== 'string' || !Object.hasOwn(draft.events, args.id)) {
    throw new RelmapError('not-found', 'id', `no event with id ${describe(args.id)}.`);
  }
  delete draft.events[args.id];
  countChanged(draft, 'events', -1);
  for (const focus of Object.values(draft.focus)) {
    const at = focus.events.indexOf(args.id);
    if (at >= 0) focus.events.splice(at, 1);
  }
});
