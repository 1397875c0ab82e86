import {
  addPerson,
  CATEGORIES,
  createInventory,
  linkPeople,
  removePerson,
  setCloseness,
  setPin,
  unlinkPeople,
  updatePerson,
  type Inventory,
} from '@relmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from './compute-layout.ts';
import { LayoutEngine } from './engine.ts';
import { overlaps, worstRingOffset } from './testing/checks.ts';

/** Any small inventory: 0 to 40 people on 2 to 5 rings, any categories and names, ties, a few pins. */
const inventories = fc
  .record({
    rings: fc.integer({ min: 2, max: 5 }),
    sectors: fc.boolean(),
    people: fc.array(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
        ring: fc.integer({ min: 1, max: 5 }),
        category: fc.constantFrom(...CATEGORIES),
      }),
      { maxLength: 40 },
    ),
    ties: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
    pins: fc.uniqueArray(fc.nat(), { maxLength: 3 }),
  })
  .map((spec): Inventory => {
    let inventory = createInventory({ rings: spec.rings, sectors: spec.sectors });
    spec.people.forEach((p, i) => {
      const ring = Math.min(p.ring, spec.rings);
      inventory = addPerson(inventory, { id: `p${i}`, name: p.name, ring, category: p.category });
    });
    const n = spec.people.length;
    const linked = new Set<string>();
    for (const [a, b] of spec.ties) {
      const [i, j] = [a % Math.max(1, n), b % Math.max(1, n)];
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (n < 2 || i === j || linked.has(key)) continue;
      linked.add(key);
      inventory = linkPeople(inventory, { id: `p${i}-p${j}`, a: `p${i}`, b: `p${j}` });
    }
    // Pins a third of a turn apart, so that pinned people never sit on each other (that would be the user's choice).
    spec.pins.forEach((k, j) => {
      if (n > 0) inventory = setPin(inventory, { id: `p${k % n}`, angle: j * 120 + 10 });
    });
    return inventory;
  });

describe('computeLayout on any inventory', () => {
  it('L1, L2: puts everyone on their ring with no overlap', () => {
    fc.assert(
      fc.property(inventories, (inventory) => {
        const layout = computeLayout(inventory);
        expect(worstRingOffset(layout)).toBeLessThan(0.02 * 90);
        expect(overlaps(layout)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('L1, L2: keeps everyone on their ring with no overlap through any run of edits', () => {
    const edit = fc.record({
      kind: fc.constantFrom('add', 'remove', 'ring', 'rename', 'link', 'unlink', 'pin', 'unpin'),
      pick: fc.nat(),
      other: fc.nat(),
      ring: fc.integer({ min: 1, max: 5 }),
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim().length > 0),
    });
    fc.assert(
      fc.property(inventories, fc.array(edit, { maxLength: 12 }), fc.boolean(), (start, edits, animate) => {
        const engine = new LayoutEngine();
        engine.update(start);
        engine.settle();
        let inventory = start;
        let added = 0;
        for (const e of edits) {
          const ids = Object.keys(inventory.people).sort();
          const id = ids[e.pick % Math.max(1, ids.length)];
          const other = ids[e.other % Math.max(1, ids.length)];
          const ring = Math.min(e.ring, inventory.settings.rings);
          const tie = Object.values(inventory.ties).find((t) => t.a === id || t.b === id);
          if (e.kind === 'add') {
            inventory = addPerson(inventory, { id: `new${added++}`, name: e.name, ring });
            if (id !== undefined) inventory = linkPeople(inventory, { id: `new${added - 1}-${id}`, a: `new${added - 1}`, b: id });
          } else if (id === undefined) continue;
          else if (e.kind === 'remove') inventory = removePerson(inventory, { id });
          else if (e.kind === 'ring') inventory = setCloseness(inventory, { id, ring });
          else if (e.kind === 'rename') inventory = updatePerson(inventory, { id, changes: { name: e.name } });
          else if (e.kind === 'pin') inventory = setPin(inventory, { id, angle: (e.other % 12) * 30 });
          else if (e.kind === 'unpin') inventory = setPin(inventory, { id, angle: null });
          else if (e.kind === 'unlink' && tie) inventory = unlinkPeople(inventory, { id: tie.id });
          else if (e.kind === 'link' && other !== undefined && other !== id) {
            const linked = Object.values(inventory.ties).some((t) => (t.a === id && t.b === other) || (t.a === other && t.b === id));
            if (!linked) inventory = linkPeople(inventory, { id: `${id}-${other}`, a: id, b: other });
          }
          engine.update(inventory, { animate });
          engine.settle();
        }
        const layout = engine.snapshot();
        expect(worstRingOffset(layout)).toBeLessThan(0.02 * 90);
        // Pins may be set on top of each other (the user's choice); everyone else must be clear.
        const pinned = new Set([...layout.positions.values()].filter((p) => p.pinned).map((p) => p.id));
        const clashes = overlaps(layout).filter((pair) => pair.split('/').some((id) => !pinned.has(id)));
        expect(clashes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
