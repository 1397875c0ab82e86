import { recordLayout, setPin, type Inventory } from '@relmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from './compute-layout.ts';
import { LayoutEngine } from './engine.ts';
import { exactText } from './testing/checks.ts';
import { generatedInventory } from './testing/inventories.ts';
import { TUNING } from './tuning.ts';

/** Any inventory of up to 120 people, some pinned, some remembering where the map had laid them out. */
const inventories = fc
  .record({
    people: fc.integer({ min: 0, max: 120 }),
    seed: fc.nat(),
    rings: fc.integer({ min: 2, max: 5 }),
    sectors: fc.boolean(),
    ties: fc.constantFrom(0, 0.5, 1, 2),
    pins: fc.uniqueArray(fc.nat(), { maxLength: 3 }),
    remembered: fc.boolean(),
  })
  .map((spec): Inventory => {
    let inventory = generatedInventory({ people: spec.people, seed: spec.seed, rings: spec.rings, sectors: spec.sectors, tiesPerPerson: spec.ties });
    spec.pins.forEach((k, j) => {
      if (spec.people > 0) inventory = setPin(inventory, { id: `p${k % spec.people}`, angle: j * 120 + 10 });
    });
    if (!spec.remembered) return inventory;
    const engine = new LayoutEngine();
    engine.update(inventory);
    engine.settle();
    const record = engine.record();
    return record ? recordLayout(inventory, record) : inventory;
  });

/** Runs `updating` one step at a time, as a caller slicing it over several tasks would; returns the steps taken. */
function stepThrough(engine: LayoutEngine, inventory: Inventory): number {
  const steps = engine.updating(inventory, { fresh: true });
  let count = 0;
  while (steps.next().done !== true) count++;
  return count;
}

describe('LayoutEngine.updating, the layout in steps for a first paint in steps (M51)', () => {
  it('leaves exactly the positions of the one call, from an empty engine or one that showed another inventory', () => {
    fc.assert(
      fc.property(inventories, inventories, (inventory, before) => {
        const once = computeLayout(inventory);
        const empty = new LayoutEngine();
        stepThrough(empty, inventory);
        empty.settle();
        expect(exactText(empty.snapshot())).toBe(exactText(once));
        const used = new LayoutEngine();
        used.update(before);
        used.settle();
        stepThrough(used, inventory);
        used.settle();
        expect(exactText(used.snapshot())).toBe(exactText(once));
        expect(used.record()).toEqual(empty.record());
      }),
      { numRuns: 60 },
    );
  });

  it('seeds a fresh layout ring by ring and relaxes it round by round, pausing in between', () => {
    const inventory = generatedInventory({ people: 300, seed: 7, rings: 4 });
    expect(stepThrough(new LayoutEngine(), inventory)).toBeGreaterThanOrEqual(4 + TUNING.relaxRounds);
  });
});
