import { check, finite, literal, minValue, pipe, transform, type GenericSchema } from 'valibot';
import { LIMITS } from '../limits.ts';
import {
  CATEGORIES,
  CONFLICTS,
  CONTACT_FREQUENCIES,
  CURRENT_VERSION,
  EVENT_KINDS,
  GOAL_PROGRESS,
  MAX_RINGS,
  MIN_RINGS,
  PROBLEM_AREAS,
  SCHEMA,
  SUPPORTS,
  type Client,
  type ClientTie,
  type DisputeStage,
  type ExpectationsMet,
  type Focus,
  type Goal,
  type GoalReview,
  type LifeEvent,
  type Person,
  type PersonKind,
  type PersonTie,
  type LayoutHint,
  type Pin,
  type Settings,
  type SupportDirection,
  type TieCloseness,
} from '../model.ts';
import { describeValue } from './describe-value.ts';
import { choice, closed, collection, date, flag, id, idList, list, note, numeric, optional, records, text } from './fields.ts';
import type { PlainObject } from './read-plain.ts';

// Shapes only: every rule that compares one value with another (a ring with the ring count, a tie with the
// people) lives in cross-checks.ts, so that it can be checked even where a neighbouring field is broken.

const label = (what: string): GenericSchema<unknown, string> => text(`${what} of 1 to ${LIMITS.labelLength} characters`, LIMITS.labelLength);

const SUPPORT_DIRECTIONS: readonly SupportDirection[] = ['to-client', 'from-client', 'mutual'];
const EXPECTATIONS_MET: readonly ExpectationsMet[] = ['yes', 'partly', 'no', 'unknown'];
const KNOWS: readonly ('yes' | 'no' | 'unknown')[] = ['yes', 'no', 'unknown'];
const KINDS: readonly PersonKind[] = ['person', 'group'];
const STATUSES: readonly Person['status'][] = ['living', 'deceased'];
const CLOSENESS: readonly TieCloseness[] = ['close', 'normal', 'distant'];
const DISPUTE_STAGES: readonly DisputeStage[] = ['renegotiation', 'impasse', 'dissolution'];

const ANGLE = 'an angle in degrees from 0 up to, but not including, 360';

/** The fields of an inventory row, in model order. */
export const CLIENT_TIE_ENTRIES = {
  ring: numeric('a ring number (1 is the innermost ring)'),
  conflict: choice(CONFLICTS),
  support: choice(SUPPORTS),
  supportDirection: optional(choice(SUPPORT_DIRECTIONS)),
  contact: optional(choice(CONTACT_FREQUENCIES)),
  contactNote: optional(note),
  satisfying: optional(note),
  unsatisfying: optional(note),
  expectationsOfOther: optional(note),
  expectationsOfClient: optional(note),
  expectationsMet: optional(choice(EXPECTATIONS_MET)),
  wishedChanges: optional(note),
  knowsAboutDepression: optional(choice(KNOWS)),
  ended: optional(flag('whether the relationship has ended')),
} satisfies { [K in keyof ClientTie]-?: unknown };

/** The inventory row on a person. */
export const clientTie: GenericSchema<unknown, ClientTie> = closed('an inventory row (a client tie)', CLIENT_TIE_ENTRIES);

/** The fields of a pin. */
export const PIN_ENTRIES = {
  angle: pipe(
    numeric(ANGLE),
    finite(`expected ${ANGLE}, got an infinite number.`),
    minValue(0, (issue) => `expected ${ANGLE}, got ${describeValue(issue.input)}.`),
    check(
      (a) => a < 360,
      (issue) => `expected ${ANGLE}, got ${describeValue(issue.input)}.`,
    ),
    // -0 and 0 are the same angle; keep one of them so that a round trip through JSON gives back the same value.
    transform((a) => a + 0),
  ),
} satisfies { [K in keyof Pin]-?: unknown };

/** The fields of a layout hint: an angle, as a pin's. */
export const HINT_ENTRIES = {
  angle: PIN_ENTRIES.angle,
} satisfies { [K in keyof LayoutHint]-?: unknown };

const RADIUS = 'a ring radius in layout units, a positive finite number';

/** A remembered ring radius. */
const ringRadius = pipe(
  numeric(RADIUS),
  check(
    (r) => Number.isFinite(r) && r > 0 && r <= LIMITS.ringRadius,
    (i) => `expected ${RADIUS} up to ${LIMITS.ringRadius}, got ${describeValue(i.input)}.`,
  ),
);

/** The fields of a person, in model order. */
export const PERSON_ENTRIES = {
  id: id('the id of this person'),
  name: label('a name'),
  alias: optional(label('an alias')),
  initials: optional(text(`initials of 1 to ${LIMITS.initialsLength} characters`, LIMITS.initialsLength)),
  role: optional(label('a role')),
  category: choice(CATEGORIES),
  kind: choice(KINDS),
  status: choice(STATUSES),
  born: optional(date('a date of birth')),
  died: optional(date('a date of death')),
  notes: optional(note),
  tie: clientTie,
  pin: optional(closed('a pin { angle }', PIN_ENTRIES)),
  hint: optional(closed('a layout hint { angle }', HINT_ENTRIES)),
} satisfies { [K in keyof Person]-?: unknown };

/** A person with their inventory row. */
export const person: GenericSchema<unknown, Person> = closed('a person', PERSON_ENTRIES);

/** The fields of a tie between two people, in model order. */
export const PERSON_TIE_ENTRIES = {
  id: id('the id of this tie'),
  a: id('the id of a person'),
  b: id('the id of a person'),
  closeness: choice(CLOSENESS),
  conflict: choice(CONFLICTS),
  label: optional(note),
  ended: optional(flag('whether the tie has ended')),
} satisfies { [K in keyof PersonTie]-?: unknown };

/** A tie between two people. */
export const personTie: GenericSchema<unknown, PersonTie> = closed('a tie between two people', PERSON_TIE_ENTRIES);

/** The fields of a life event, in model order. */
export const EVENT_ENTRIES = {
  id: id('the id of this event'),
  kind: choice(EVENT_KINDS),
  label: note,
  date: optional(date('a date')),
  people: idList('people', 'a person', LIMITS.people),
} satisfies { [K in keyof LifeEvent]-?: unknown };

/** A life event. */
export const lifeEvent: GenericSchema<unknown, LifeEvent> = closed('a life event', EVENT_ENTRIES);

/** The fields of a focus, in model order. */
export const FOCUS_ENTRIES = {
  id: id('the id of this focus'),
  area: choice(PROBLEM_AREAS),
  primary: flag('whether this is the primary focus'),
  people: idList('people', 'a person', LIMITS.people),
  events: idList('events', 'an event', LIMITS.events),
  disputeStage: optional(choice(DISPUTE_STAGES)),
  transitionFrom: optional(label('a former role')),
  transitionTo: optional(label('a new role')),
  note: optional(note),
} satisfies { [K in keyof Focus]-?: unknown };

/** A problem-area focus. */
export const focus: GenericSchema<unknown, Focus> = closed('a focus', FOCUS_ENTRIES);

/** The fields of a review of a goal, in model order. */
export const GOAL_REVIEW_ENTRIES = {
  id: id('the id of this review'),
  date: date('the date of the review'),
  progress: choice(GOAL_PROGRESS),
  note: optional(note),
} satisfies { [K in keyof GoalReview]-?: unknown };

/** A review of a goal. */
export const goalReview: GenericSchema<unknown, GoalReview> = closed('a review of a goal', GOAL_REVIEW_ENTRIES);

/** The fields of a goal, in model order. */
export const GOAL_ENTRIES = {
  id: id('the id of this goal'),
  wording: note,
  focus: optional(id('the id of a focus')),
  people: idList('people', 'a person', LIMITS.people),
  agreed: flag('whether the client agreed to the goal'),
  agreedOn: optional(date('the date the client agreed to the goal')),
  reviews: records('reviews', goalReview, LIMITS.goalReviews),
} satisfies { [K in keyof Goal]-?: unknown };

/** A treatment goal with its reviews. */
export const goal: GenericSchema<unknown, Goal> = closed('a goal', GOAL_ENTRIES);

const RING_COUNT = `a whole number of rings from ${MIN_RINGS} to ${MAX_RINGS}`;

/** The fields of the settings, in model order. */
export const SETTINGS_ENTRIES = {
  rings: pipe(
    numeric(RING_COUNT),
    check(
      (n) => Number.isInteger(n) && n >= MIN_RINGS && n <= MAX_RINGS,
      (i) => `expected ${RING_COUNT}, got ${describeValue(i.input)}.`,
    ),
  ),
  ringLabels: list('a list of ring labels, innermost first', label('a ring label'), MAX_RINGS),
  sectors: flag('whether people gather in sectors by category'),
  ringRadii: optional(list('a list of remembered ring radii, innermost first', ringRadius, MAX_RINGS)),
} satisfies { [K in keyof Settings]-?: unknown };

/** The fields of the client. */
export const CLIENT_ENTRIES = {
  label: label('a label for the client'),
} satisfies { [K in keyof Client]-?: unknown };

/**
 * The top of a document once it is migrated. The five collections are only checked to be objects here; their
 * records are checked one at a time, after their count (SPEC V5).
 */
export const inventoryTop = closed('an inventory', {
  schema: literal(SCHEMA, (i) => `expected "${SCHEMA}", got ${describeValue(i.input)}.`),
  version: literal(CURRENT_VERSION, (i) => `expected version ${CURRENT_VERSION}, got ${describeValue(i.input)}.`),
  client: closed('the client { label }', CLIENT_ENTRIES),
  people: collection('people'),
  ties: collection('ties'),
  events: collection('events'),
  focus: collection('focus entries'),
  goals: collection('goals'),
  settings: closed('the settings { rings, ringLabels, sectors, ringRadii }', SETTINGS_ENTRIES),
}) satisfies GenericSchema<unknown, { people: PlainObject; client: Client; settings: Settings }>;
