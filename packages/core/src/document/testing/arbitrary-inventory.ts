import fc from 'fast-check';
import {
  addGoal,
  addPerson,
  recordGoalReview,
  linkPeople,
  markDeceased,
  recordEvent,
  recordLayout,
  setFocus,
  setPin,
  setRings,
  setSectors,
  updateLink,
  type AddPersonArgs,
} from '../../commands/index.ts';
import { createInventory } from '../../create-inventory.ts';
import { isRelmapError } from '../../errors.ts';
import { CATEGORIES, CONFLICTS, CONTACT_FREQUENCIES, EVENT_KINDS, GOAL_PROGRESS, PROBLEM_AREAS, SUPPORTS, type Inventory, type Note } from '../../model.ts';

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });

// Ids that sort differently as numbers and as text ("10" before "9"), and that use every allowed character.
const idArb = fc.oneof(fc.constantFrom('10', '9', '0', 'a.b', 'x:y', 'Z_1', 'dr-osei'), fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/));
const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => /\S/.test(s));
const noteArb: fc.Arbitrary<Note> = fc.record({
  text: fc.string({ unit: 'binary', maxLength: 30 }),
  sensitivity: fc.constantFrom('shareable', 'private'),
});
const dateArb = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.nat(2))
  .map(([y, m, d, precision]) => {
    const day = Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate());
    const parts = [String(y), String(m).padStart(2, '0'), String(day).padStart(2, '0')];
    return parts.slice(0, precision + 1).join('-');
  });

const personArb = fc.record({
  id: opt(idArb),
  name: text(20),
  ring: fc.integer({ min: 1, max: 5 }),
  category: fc.constantFrom(...CATEGORIES),
  kind: fc.constantFrom('person' as const, 'group' as const),
  role: opt(text(10)),
  alias: opt(text(10)),
  initials: opt(fc.stringMatching(/^[A-Z]{1,4}$/)),
  born: opt(dateArb),
  notes: opt(noteArb),
  tie: fc.record(
    {
      conflict: fc.constantFrom(...CONFLICTS),
      support: fc.constantFrom(...SUPPORTS),
      supportDirection: fc.constantFrom('to-client' as const, 'from-client' as const, 'mutual' as const),
      contact: fc.constantFrom(...CONTACT_FREQUENCIES),
      contactNote: noteArb,
      satisfying: noteArb,
      unsatisfying: noteArb,
      expectationsOfOther: noteArb,
      expectationsOfClient: noteArb,
      expectationsMet: fc.constantFrom('yes' as const, 'partly' as const, 'no' as const, 'unknown' as const),
      wishedChanges: noteArb,
      knowsAboutDepression: fc.constantFrom('yes' as const, 'no' as const, 'unknown' as const),
      ended: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  deceased: opt(fc.record({ died: opt(dateArb) })),
  pin: opt(fc.double({ min: -720, max: 720, noNaN: true })),
  hint: opt(fc.double({ min: -720, max: 720, noNaN: true })),
});

const linkArb = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  closeness: fc.constantFrom('close' as const, 'normal' as const, 'distant' as const),
  conflict: fc.constantFrom(...CONFLICTS),
  label: opt(noteArb),
  ended: fc.boolean(),
});

const eventArb = fc.record({
  id: opt(idArb),
  kind: fc.constantFrom(...EVENT_KINDS),
  label: noteArb,
  date: opt(dateArb),
  people: fc.array(fc.nat(), { maxLength: 3 }),
});

const focusArb = fc.record({
  id: opt(idArb),
  area: fc.constantFrom(...PROBLEM_AREAS),
  primary: opt(fc.boolean()),
  people: fc.array(fc.nat(), { maxLength: 3 }),
  events: fc.array(fc.nat(), { maxLength: 2 }),
  disputeStage: opt(fc.constantFrom('renegotiation' as const, 'impasse' as const, 'dissolution' as const)),
  transitionFrom: opt(text(10)),
  transitionTo: opt(text(10)),
  note: opt(noteArb),
});

const goalArb = fc.record({
  id: opt(idArb),
  wording: noteArb.filter((n) => n.text.trim() !== ''),
  focus: opt(fc.nat()),
  people: fc.array(fc.nat(), { maxLength: 3 }),
  agreed: opt(fc.boolean()),
  agreedOn: opt(dateArb),
  reviews: fc.array(fc.record({ id: opt(idArb), date: dateArb, progress: fc.constantFrom(...GOAL_PROGRESS), note: opt(noteArb) }), { maxLength: 3 }),
});

/** `T` with its possibly-undefined fields made optional instead, as the commands' argument types want them. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

// Drops undefined fields, which the commands (compiled with exactOptionalPropertyTypes) do not accept.
function defined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}

// A generated step may clash with an earlier one (a second tie between the same two people); it is skipped.
function attempt(inv: Inventory, step: (inv: Inventory) => Inventory): Inventory {
  try {
    return step(inv);
  } catch (error) {
    if (isRelmapError(error)) return inv;
    throw error;
  }
}

/**
 * Valid inventories, built by the real commands from random arguments: people with every optional field, ties,
 * events, focus entries and goals (with reviews) that refer to them, ids such as "10" and "9", and unicode text.
 */
export const arbitraryInventory: fc.Arbitrary<Inventory> = fc
  .record({
    rings: fc.integer({ min: 2, max: 5 }),
    sectors: fc.boolean(),
    ringSteps: opt(fc.array(fc.double({ min: 1, max: 400, noNaN: true }), { minLength: 5, maxLength: 5 })),
    clientLabel: text(12),
    people: fc.array(personArb, { maxLength: 8 }),
    links: fc.array(linkArb, { maxLength: 8 }),
    events: fc.array(eventArb, { maxLength: 4 }),
    foci: fc.array(focusArb, { maxLength: 3 }),
    goals: fc.array(goalArb, { maxLength: 3 }),
  })
  .map((spec) => {
    let inv = createInventory({ clientLabel: spec.clientLabel });
    inv = setRings(inv, { rings: spec.rings });
    inv = setSectors(inv, { enabled: spec.sectors });
    for (const p of spec.people) {
      const { deceased, pin, hint, ring, ...rest } = p;
      const args = defined({ ...rest, ring: Math.min(ring, spec.rings), tie: defined(p.tie) }) as AddPersonArgs;
      const before = inv;
      inv = attempt(inv, (i) => addPerson(i, args));
      if (inv === before) continue;
      const id = Object.keys(inv.people).find((k) => !Object.hasOwn(before.people, k))!;
      if (deceased) inv = markDeceased(inv, defined({ id, died: deceased.died }));
      if (pin !== undefined) inv = setPin(inv, { id, angle: pin });
      if (hint !== undefined) inv = recordLayout(inv, { hints: { [id]: hint } });
    }
    if (spec.ringSteps) {
      let r = 0;
      const ringRadii = spec.ringSteps.slice(0, spec.rings).map((step) => (r += step));
      inv = recordLayout(inv, { ringRadii });
    }
    const people = Object.keys(inv.people);
    const pick = (list: readonly string[], n: number): string => list[n % list.length]!;
    if (people.length > 0) {
      for (const l of spec.links) {
        const args = defined({ a: pick(people, l.a), b: pick(people, l.b), closeness: l.closeness, conflict: l.conflict, label: l.label });
        const before = inv;
        inv = attempt(inv, (i) => linkPeople(i, args));
        const added = Object.keys(inv.ties).find((k) => !Object.hasOwn(before.ties, k));
        if (added && l.ended) inv = updateLink(inv, { id: added, changes: { ended: true } });
      }
    }
    for (const e of spec.events) {
      const ids = people.length ? e.people.map((n) => pick(people, n)) : [];
      inv = attempt(inv, (i) => recordEvent(i, defined({ ...e, people: ids })));
    }
    const events = Object.keys(inv.events);
    for (const f of spec.foci) {
      const args = defined({
        ...f,
        people: people.length ? f.people.map((n) => pick(people, n)) : [],
        events: events.length ? f.events.map((n) => pick(events, n)) : [],
        disputeStage: f.area === 'role-dispute' ? f.disputeStage : undefined,
      });
      inv = attempt(inv, (i) => setFocus(i, args));
    }
    const foci = Object.keys(inv.focus);
    for (const g of spec.goals) {
      const { reviews, agreed, agreedOn, ...rest } = g;
      const args = defined({
        ...rest,
        focus: foci.length && g.focus !== undefined ? pick(foci, g.focus) : undefined,
        people: people.length ? g.people.map((n) => pick(people, n)) : [],
        agreed,
        agreedOn: agreed === false ? undefined : agreedOn,
      });
      const before = inv;
      inv = attempt(inv, (i) => addGoal(i, args));
      const goal = Object.keys(inv.goals).find((k) => !Object.hasOwn(before.goals, k));
      if (goal === undefined) continue;
      for (const r of reviews) inv = attempt(inv, (i) => recordGoalReview(i, defined({ ...r, goal })));
    }
    return inv;
  });
