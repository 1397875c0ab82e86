import type { Client, ClientTie, Focus, Goal, GoalReview, Inventory, LayoutHint, LifeEvent, Note, Person, PersonTie, Pin, Settings } from '../model.ts';

/** The fields of a record type, in writing order. */
export type FieldList<T> = readonly (keyof T & string)[];

// Curried so that `T` is given and `L` inferred; the compiler then rejects a list that misses a field of `T`.
function fields<T>() {
  return <const L extends FieldList<T>>(
    list: L & ([Exclude<keyof T, L[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, L[number]> }),
  ): FieldList<T> => list;
}

/**
 * The order in which `serializeInventory` writes the fields of each kind of record: the order of the fields in
 * the model. The document starts with `schema` and `version`, then the client and the settings, and the record
 * collections last, where they can grow without pushing the settings out of sight.
 */
export const FIELD_ORDER = {
  inventory: fields<Inventory>()(['schema', 'version', 'client', 'settings', 'people', 'ties', 'events', 'focus', 'goals']),
  client: fields<Client>()(['label']),
  settings: fields<Settings>()(['rings', 'ringLabels', 'sectors', 'ringRadii']),
  person: fields<Person>()(['id', 'name', 'alias', 'initials', 'role', 'category', 'kind', 'status', 'born', 'died', 'notes', 'tie', 'pin', 'hint']),
  clientTie: fields<ClientTie>()([
    'ring',
    'conflict',
    'support',
    'supportDirection',
    'contact',
    'contactNote',
    'satisfying',
    'unsatisfying',
    'expectationsOfOther',
    'expectationsOfClient',
    'expectationsMet',
    'wishedChanges',
    'knowsAboutDepression',
    'ended',
  ]),
  pin: fields<Pin>()(['angle']),
  hint: fields<LayoutHint>()(['angle']),
  note: fields<Note>()(['text', 'sensitivity']),
  personTie: fields<PersonTie>()(['id', 'a', 'b', 'closeness', 'conflict', 'label', 'ended']),
  event: fields<LifeEvent>()(['id', 'kind', 'label', 'date', 'people']),
  focus: fields<Focus>()(['id', 'area', 'primary', 'people', 'events', 'disputeStage', 'transitionFrom', 'transitionTo', 'note']),
  goal: fields<Goal>()(['id', 'wording', 'focus', 'people', 'agreed', 'agreedOn', 'reviews']),
  goalReview: fields<GoalReview>()(['id', 'date', 'progress', 'note']),
} as const;
