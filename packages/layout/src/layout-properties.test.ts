import { addPerson, CATEGORIES, createInventory, linkPeople, setPin, type Inventory } from '@relmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from './compute-layout.ts';
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
      inventory = linkPeople(inventory, { a: `p${i}`, b: `p${j}` });
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
});
