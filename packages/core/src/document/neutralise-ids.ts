import { deepFreeze } from '../deep-freeze.ts';
import { newId, type IdKind } from '../ids.ts';
import type { Focus, Goal, GoalReview, Id, Inventory, LifeEvent, Person, PersonTie } from '../model.ts';
import { assertInventory } from './parse-inventory.ts';

/** The old id of each record and the new one `neutraliseIds` gave it, one map per collection. */
export interface IdRenaming {
  readonly people: ReadonlyMap<Id, Id>;
  readonly ties: ReadonlyMap<Id, Id>;
  readonly events: ReadonlyMap<Id, Id>;
  readonly focus: ReadonlyMap<Id, Id>;
  readonly goals: ReadonlyMap<Id, Id>;
  /** A review's new id, by its goal's old id and then its own old id (a review's id is unique within its goal). */
  readonly reviews: ReadonlyMap<Id, ReadonlyMap<Id, Id>>;
}

/** What `neutraliseIds` returns: the renamed inventory, and how each old id was renamed. */
export interface NeutralisedIds {
  /** The same inventory with every id replaced by an opaque one and every reference rewritten; frozen. */
  readonly inventory: Inventory;
  /** Old id to new id, per collection: to carry selections, snapshots or links of the caller across. */
  readonly renamed: IdRenaming;
}

/**
 * The same inventory with every id made opaque (SPEC M16): each person, tie, event, focus entry, goal and review gets
 * a new id as a command would make one (M15, `p-4k0c9z1qma`), and every reference to it (a tie's ends, an event's
 * people, a focus entry's people and events, a goal's focus and people) is rewritten, so that ids made from names in an older or imported
 * document (`jonas`, `jonas-anneli`) leave nothing of the names behind. No new id equals any old one, of any
 * kind. The order of every collection is kept. The input is checked first (a `RelmapError` with code
 * `invalid-document` when it is not a valid inventory) and is not changed.
 */
export function neutraliseIds(inventory: Inventory): NeutralisedIds {
  const valid = assertInventory(inventory);
  const old = new Set<Id>([
    ...Object.keys(valid.people),
    ...Object.keys(valid.ties),
    ...Object.keys(valid.events),
    ...Object.keys(valid.focus),
    ...Object.keys(valid.goals),
    ...Object.values(valid.goals).flatMap((g) => Object.keys(g.reviews)),
  ]);
  const given = new Set<Id>();
  const rename = (record: Readonly<Record<Id, unknown>>, kind: IdKind): Map<Id, Id> => {
    const map = new Map<Id, Id>();
    for (const id of Object.keys(record)) {
      const next = newId(kind, (candidate) => old.has(candidate) || given.has(candidate));
      given.add(next);
      map.set(id, next);
    }
    return map;
  };
  const renamed: IdRenaming = {
    people: rename(valid.people, 'person'),
    ties: rename(valid.ties, 'tie'),
    events: rename(valid.events, 'event'),
    focus: rename(valid.focus, 'focus'),
    goals: rename(valid.goals, 'goal'),
    reviews: new Map(Object.entries(valid.goals).map(([id, g]) => [id, rename(g.reviews, 'review')])),
  };
  const to =
    (map: ReadonlyMap<Id, Id>) =>
    (id: Id): Id =>
      map.get(id)!;
  const person = to(renamed.people);
  const event = to(renamed.events);
  const next: Inventory = {
    ...valid,
    people: rekey(valid.people, renamed.people, (p: Person) => ({ ...p, id: person(p.id) })),
    ties: rekey(valid.ties, renamed.ties, (t: PersonTie) => ({ ...t, id: to(renamed.ties)(t.id), a: person(t.a), b: person(t.b) })),
    events: rekey(valid.events, renamed.events, (e: LifeEvent) => ({ ...e, id: event(e.id), people: e.people.map(person) })),
    focus: rekey(valid.focus, renamed.focus, (f: Focus) => ({
      ...f,
      id: to(renamed.focus)(f.id),
      people: f.people.map(person),
      events: f.events.map(event),
    })),
    goals: rekey(valid.goals, renamed.goals, (g: Goal) => {
      const reviews = renamed.reviews.get(g.id)!;
      return {
        ...g,
        id: to(renamed.goals)(g.id),
        ...(g.focus === undefined ? {} : { focus: to(renamed.focus)(g.focus) }),
        people: g.people.map(person),
        reviews: rekey(g.reviews, reviews, (r: GoalReview) => ({ ...r, id: to(reviews)(r.id) })),
      };
    }),
  };
  return Object.freeze({ inventory: deepFreeze(next), renamed: Object.freeze(renamed) });
}

function rekey<T>(record: Readonly<Record<Id, T>>, ids: ReadonlyMap<Id, Id>, fn: (value: T) => T): Record<Id, T> {
  const out: Record<Id, T> = {};
  for (const [key, value] of Object.entries(record)) out[ids.get(key)!] = fn(value);
  return out;
}
