import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInventory } from '../create-inventory.ts';
import { isRelmapError } from '../errors.ts';
import type { Id, Inventory } from '../model.ts';
import { isDeepFrozen } from '../testing/is-deep-frozen.ts';
import { sampleInventory } from '../testing/sample-inventory.ts';
import { neutraliseIds, type IdRenaming } from './neutralise-ids.ts';
import { parseInventory } from './parse-inventory.ts';
import { arbitraryInventory } from './testing/arbitrary-inventory.ts';

/** Every id and every reference to an id, wherever the model holds one. */
function idsIn(inv: Inventory): Id[] {
  return [
    ...Object.values(inv.people).flatMap((p) => [p.id]),
    ...Object.keys(inv.people),
    ...Object.values(inv.ties).flatMap((t) => [t.id, t.a, t.b]),
    ...Object.keys(inv.ties),
    ...Object.values(inv.events).flatMap((e) => [e.id, ...e.people]),
    ...Object.keys(inv.events),
    ...Object.values(inv.focus).flatMap((f) => [f.id, ...f.people, ...f.events]),
    ...Object.keys(inv.focus),
    ...Object.values(inv.goals).flatMap((g) => [g.id, ...g.people, ...(g.focus === undefined ? [] : [g.focus]), ...Object.keys(g.reviews)]),
  ];
}

/** The inventory with every id put back through the renaming's inverse: equal to the input if only ids changed. */
function renamedBack(inv: Inventory, renamed: IdRenaming): Inventory {
  const back = (map: ReadonlyMap<Id, Id>) => new Map([...map].map(([o, n]) => [n, o]));
  const [p, t, e, f, g] = [back(renamed.people), back(renamed.ties), back(renamed.events), back(renamed.focus), back(renamed.goals)];
  const key = <T>(record: Readonly<Record<Id, T>>, map: Map<Id, Id>, fn: (v: T) => T) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [map.get(k)!, fn(v)]));
  return {
    ...inv,
    people: key(inv.people, p, (x) => ({ ...x, id: p.get(x.id)! })),
    ties: key(inv.ties, t, (x) => ({ ...x, id: t.get(x.id)!, a: p.get(x.a)!, b: p.get(x.b)! })),
    events: key(inv.events, e, (x) => ({ ...x, id: e.get(x.id)!, people: x.people.map((i) => p.get(i)!) })),
    focus: key(inv.focus, f, (x) => ({
      ...x,
      id: f.get(x.id)!,
      people: x.people.map((i) => p.get(i)!),
      events: x.events.map((i) => e.get(i)!),
    })),
    goals: key(inv.goals, g, (x) => {
      const r = back(renamed.reviews.get(g.get(x.id)!)!);
      return {
        ...x,
        id: g.get(x.id)!,
        ...(x.focus === undefined ? {} : { focus: f.get(x.focus)! }),
        people: x.people.map((i) => p.get(i)!),
        reviews: key(x.reviews, r, (y) => ({ ...y, id: r.get(y.id)! })),
      };
    }),
  };
}

describe('neutraliseIds', () => {
  it('M16: replaces ids made from names, and rewrites every reference to them', () => {
    const before = sampleInventory();
    const { inventory, renamed } = neutraliseIds(before);
    const jonas = renamed.people.get('jonas')!;
    expect(jonas).toMatch(/^p-[0-9a-z]{10}$/);
    expect(inventory.people[jonas]?.name).toBe('Jonas');
    const tie = renamed.ties.get('henrik-ingrid')!;
    expect(tie).toMatch(/^t-[0-9a-z]{10}$/);
    expect(inventory.ties[tie]).toMatchObject({ a: renamed.people.get('henrik'), b: renamed.people.get('ingrid') });
    const move = renamed.events.get('event-move')!;
    expect(move).toMatch(/^e-[0-9a-z]{10}$/);
    expect(inventory.events[move]?.people).toEqual([jonas]);
    const focus = renamed.focus.get('role-dispute')!;
    expect(focus).toMatch(/^f-[0-9a-z]{10}$/);
    expect(inventory.focus[focus]).toMatchObject({ people: [jonas], events: [move] });
    const json = JSON.stringify(idsIn(inventory));
    for (const old of ['jonas', 'henrik', 'ingrid', 'astrid', 'lea', 'event-move', 'event-death', 'role-dispute']) {
      expect(json).not.toContain(old);
    }
    expect(isDeepFrozen(inventory)).toBe(true);
    expect(before).toEqual(sampleInventory());
  });

  it('M16: keeps pins, hints, settings and the order of every collection', () => {
    const before = sampleInventory();
    const { inventory, renamed } = neutraliseIds(before);
    expect(Object.keys(inventory.people)).toEqual(Object.keys(before.people).map((id) => renamed.people.get(id)));
    expect(inventory.settings).toEqual(before.settings);
    expect(inventory.client).toEqual(before.client);
  });

  it('M16: for any valid inventory, the result parses, is the same up to the renaming, and holds no old id', () => {
    fc.assert(
      fc.property(arbitraryInventory, (inv) => {
        const { inventory, renamed } = neutraliseIds(inv);
        const parsed = parseInventory(inventory);
        expect(parsed.ok).toBe(true);
        expect(renamedBack(inventory, renamed)).toEqual(inv);
        const old = new Set(idsIn(inv));
        for (const id of idsIn(inventory)) {
          expect(old.has(id)).toBe(false);
          expect(id).toMatch(/^[ptefgr]-[0-9a-z]{10}$/);
        }
        const all = [...renamed.people.values(), ...renamed.ties.values(), ...renamed.events.values(), ...renamed.focus.values(), ...renamed.goals.values()];
        expect(new Set(all).size).toBe(all.length);
      }),
      { numRuns: 60 },
    );
  });

  it('C2/M16: refuses something that is not a valid inventory, with a typed error', () => {
    const broken = { ...createInventory(), people: { x: { id: 'y' } } } as unknown as Inventory;
    let error: unknown;
    try {
      neutraliseIds(broken);
    } catch (e) {
      error = e;
    }
    expect(isRelmapError(error) && error.code).toBe('invalid-document');
  });
});
