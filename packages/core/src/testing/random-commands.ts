import fc from 'fast-check';
import type { Command } from '../commands/index.ts';
import { CATEGORIES, CONFLICTS, CONTACT_FREQUENCIES, EVENT_KINDS, GOAL_PROGRESS, PROBLEM_AREAS, SUPPORTS } from '../model.ts';

// Small pools, so that commands keep meeting the same people, ties and events; each pool holds a few ids that
// never exist, so that some commands throw.
const PERSON_IDS = ['jonas', 'henrik', 'ingrid', 'astrid', 'lea', 'mia', 'ole', 'nobody'];
const NAMES = ['Mia', 'Ole', 'Jonas', 'Dr. Osei', 'Zoë'];
const TIE_IDS = ['henrik-ingrid', 't1', 't2', 'missing-tie'];
const EVENT_IDS = ['event-move', 'event-death', 'e1', 'e2'];
const FOCUS_IDS = ['role-dispute', 'grief', 'f1'];
const GOAL_IDS = ['goal', 'goal-2', 'g1', 'missing-goal'];
const REVIEW_IDS = ['review', 'review-2', 'r1'];

// Bad values are rare, so that most commands (and most transactions of several commands) go through.
const withBad = <T>(values: readonly T[], ...bad: unknown[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 15, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom(...(bad as T[])) });

const person = fc.constantFrom(...PERSON_IDS);
const people = fc.array(person, { maxLength: 3 });
const ring = withBad([1, 2, 3, 4, 5], 0, 6, 2.5);
const conflict = withBad(CONFLICTS, 'furious');
const support = withBad(SUPPORTS, 'lots');
const note = fc.record({
  text: fc.constantFrom('', 'Calls on Sundays.', 'Argues about money.'),
  sensitivity: withBad(['shareable', 'private'] as const, 'public'),
});
const maybeNull = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> => fc.oneof(arb, fc.constant(null), fc.constant(undefined));
const date = withBad(['2024', '2024-11', '2025-03-14'], '2025-02-30', 'soon');

const tieChanges = fc.record(
  {
    ring,
    conflict,
    support,
    supportDirection: maybeNull(withBad(['to-client', 'from-client', 'mutual'] as const, 'sideways')),
    contact: maybeNull(withBad(CONTACT_FREQUENCIES, 'hourly')),
    satisfying: maybeNull(note),
    wishedChanges: maybeNull(note),
    ended: maybeNull(fc.boolean()),
  },
  { requiredKeys: [] },
);

const as =
  (name: string) =>
  (args: unknown): Command =>
    ({ name, args }) as Command;

/** One random command over small pools of ids: mostly valid, sometimes naming a missing record or a bad value. */
export const arbitraryCommand: fc.Arbitrary<Command> = fc.oneof(
  fc
    .record({ id: person, name: withBad(NAMES, '  '), ring, category: withBad(CATEGORIES, 'pet'), tie: tieChanges }, { requiredKeys: ['name'] })
    .map(as('addPerson')),
  fc
    .record({
      id: person,
      changes: fc.record(
        { name: fc.constantFrom(...NAMES), alias: maybeNull(fc.constant('M.')), born: maybeNull(date), notes: maybeNull(note) },
        { requiredKeys: [] },
      ),
    })
    .map(as('updatePerson')),
  fc.record({ id: person }).map(as('removePerson')),
  fc.record({ id: person, died: date }, { requiredKeys: ['id'] }).map(as('markDeceased')),
  fc.record({ id: person }).map(as('markLiving')),
  fc.record({ id: person, ring }).map(as('setCloseness')),
  fc.record({ id: person, conflict }).map(as('setConflict')),
  fc.record({ id: person, support, direction: maybeNull(fc.constantFrom('mutual', 'to-client')) }).map(as('setSupport')),
  fc.record({ id: person, changes: tieChanges }).map(as('updateTie')),
  fc.record({ id: person, angle: fc.oneof(fc.constant(null), fc.double({ min: -720, max: 720, noNaN: true })) }).map(as('setPin')),
  fc.record({ id: fc.constantFrom(...TIE_IDS), a: person, b: person, conflict }, { requiredKeys: ['a', 'b'] }).map(as('linkPeople')),
  fc.oneof(fc.record({ id: fc.constantFrom(...TIE_IDS) }), fc.record({ a: person, b: person })).map(as('unlinkPeople')),
  fc
    .record({
      id: fc.constantFrom(...TIE_IDS),
      changes: fc.record(
        { closeness: withBad(['close', 'normal', 'distant'] as const, 'far'), conflict, label: maybeNull(note), ended: fc.boolean() },
        { requiredKeys: [] },
      ),
    })
    .map(as('updateLink')),
  fc
    .record({ id: fc.constantFrom(...EVENT_IDS), kind: withBad(EVENT_KINDS, 'party'), label: note, date, people }, { requiredKeys: ['kind', 'label'] })
    .map(as('recordEvent')),
  fc
    .record({
      id: fc.constantFrom(...EVENT_IDS),
      changes: fc.record({ label: note, date: maybeNull(date), people }, { requiredKeys: [] }),
    })
    .map(as('updateEvent')),
  fc.record({ id: fc.constantFrom(...EVENT_IDS) }).map(as('removeEvent')),
  fc
    .record(
      {
        id: fc.constantFrom(...FOCUS_IDS),
        area: withBad(PROBLEM_AREAS, 'boredom'),
        primary: fc.boolean(),
        people,
        events: fc.array(fc.constantFrom(...EVENT_IDS), { maxLength: 2 }),
        disputeStage: fc.constantFrom('renegotiation', 'impasse'),
      },
      { requiredKeys: ['area'] },
    )
    .map(as('setFocus')),
  fc.record({ id: fc.constantFrom(...FOCUS_IDS) }).map(as('removeFocus')),
  fc
    .record(
      {
        id: fc.constantFrom(...GOAL_IDS),
        wording: note,
        focus: fc.constantFrom(...FOCUS_IDS),
        people,
        agreed: fc.boolean(),
        agreedOn: date,
      },
      { requiredKeys: ['wording'] },
    )
    .map(as('addGoal')),
  fc
    .record({
      id: fc.constantFrom(...GOAL_IDS),
      changes: fc.record(
        { wording: note, focus: maybeNull(fc.constantFrom(...FOCUS_IDS)), people, agreed: fc.boolean(), agreedOn: maybeNull(date) },
        { requiredKeys: [] },
      ),
    })
    .map(as('updateGoal')),
  fc.record({ id: fc.constantFrom(...GOAL_IDS) }).map(as('removeGoal')),
  fc
    .record(
      {
        goal: fc.constantFrom(...GOAL_IDS),
        id: fc.constantFrom(...REVIEW_IDS),
        date,
        progress: withBad(GOAL_PROGRESS, 'lots'),
        note,
      },
      { requiredKeys: ['goal', 'date', 'progress'] },
    )
    .map(as('recordGoalReview')),
  fc
    .record({
      goal: fc.constantFrom(...GOAL_IDS),
      id: fc.constantFrom(...REVIEW_IDS),
      changes: fc.record({ date, progress: withBad(GOAL_PROGRESS, 'lots'), note: maybeNull(note) }, { requiredKeys: [] }),
    })
    .map(as('updateGoalReview')),
  fc.record({ goal: fc.constantFrom(...GOAL_IDS), id: fc.constantFrom(...REVIEW_IDS) }).map(as('removeGoalReview')),
  fc.record({ rings: withBad([2, 3, 4, 5], 1, 6) }).map(as('setRings')),
  fc.record({ ring, label: withBad(['Core', 'Outer'], '') }).map(as('setRingLabel')),
  fc.record({ enabled: fc.boolean() }).map(as('setSectors')),
  fc.record({ label: fc.constantFrom('Maya', 'M.') }).map(as('setClientLabel')),
);

/** A step of a random session: one command, or a few commands run as one transaction. */
export type RandomStep = { readonly kind: 'command'; readonly command: Command } | { readonly kind: 'transaction'; readonly commands: readonly Command[] };

/** A random step: mostly single commands, one in eight a transaction of up to four commands. */
export const arbitraryStep: fc.Arbitrary<RandomStep> = fc.oneof(
  { weight: 7, arbitrary: arbitraryCommand.map((command) => ({ kind: 'command' as const, command })) },
  {
    weight: 1,
    arbitrary: fc.array(arbitraryCommand, { minLength: 1, maxLength: 4 }).map((commands) => ({ kind: 'transaction' as const, commands })),
  },
);
