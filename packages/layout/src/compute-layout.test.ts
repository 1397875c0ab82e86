import { setPin, type Inventory } from '@relmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRadians } from './angles.ts';
import { computeLayout } from './compute-layout.ts';
import { LayoutEngine } from './engine.ts';
import { MAX_FILL } from './ring-geometry.ts';
import { exactText, overlaps, worstRingOffset } from './testing/checks.ts';
import { caseLikeInventories, generatedInventory } from './testing/inventories.ts';

const SPACING = 90;
const cases = caseLikeInventories();
const generated = {
  'generated 30': generatedInventory({ people: 30, seed: 1 }),
  'generated 300': generatedInventory({ people: 300, seed: 2 }),
  'generated 30, sectors': generatedInventory({ people: 30, seed: 3, sectors: true }),
  'generated 300, sectors, 5 rings': generatedInventory({ people: 300, seed: 4, sectors: true, rings: 5 }),
};
const all: Record<string, Inventory> = { ...cases, ...generated };

/** The same inventory with its people and ties stored in another order. */
function reordered(inventory: Inventory, people: readonly string[], ties: readonly string[]): Inventory {
  return {
    ...inventory,
    people: Object.fromEntries(people.map((id) => [id, inventory.people[id]!])),
    ties: Object.fromEntries(ties.map((id) => [id, inventory.ties[id]!])),
  };
}

describe('computeLayout', () => {
  for (const [name, inventory] of Object.entries(all)) {
    it(`L1, L2: ${name}: everyone ends on their ring and nobody overlaps`, () => {
      const layout = computeLayout(inventory);
      expect(layout.positions.size).toBe(Object.keys(inventory.people).length);
      expect(worstRingOffset(layout)).toBeLessThan(0.02 * SPACING);
      expect(overlaps(layout)).toEqual([]);
    });
  }

  it('L1: every person is on the ring their tie names, and the client is at the centre of the rings', () => {
    const inventory = cases.dispute!;
    const layout = computeLayout(inventory);
    for (const [id, p] of layout.positions) expect(p.ring, id).toBe(inventory.people[id]!.tie.ring);
    expect(layout.ringRadii).toHaveLength(inventory.settings.rings);
  });

  it('L3: gives byte-identical positions whatever the order of the records', () => {
    for (const inventory of [cases.family!, generated['generated 30']]) {
      const expected = exactText(computeLayout(inventory));
      const people = Object.keys(inventory.people);
      const ties = Object.keys(inventory.ties);
      fc.assert(
        fc.property(
          fc.shuffledSubarray(people, { minLength: people.length, maxLength: people.length }),
          fc.shuffledSubarray(ties, { minLength: ties.length, maxLength: ties.length }),
          (p, t) => exactText(computeLayout(reordered(inventory, p, t))) === expected,
        ),
        { numRuns: 25 },
      );
    }
  });

  it('L3: a second engine given the same inventory gives the same picture', () => {
    const inventory = generated['generated 300'];
    const engine = new LayoutEngine();
    engine.update(inventory);
    engine.settle();
    expect(exactText(engine.snapshot())).toBe(exactText(computeLayout(inventory)));
  });

  it('L4: pinned people sit exactly at their pin on their ring', () => {
    let inventory = cases.family!;
    inventory = setPin(inventory, { id: 'c2', angle: 200 });
    const layout = computeLayout(inventory);
    for (const [id, angle] of [
      ['f', 135],
      ['c2', 200],
    ] as const) {
      const p = layout.positions.get(id)!;
      const r = layout.ringRadii[p.ring - 1]!;
      expect(p.pinned).toBe(true);
      expect(p.x).toBe(r * Math.sin(toRadians(angle)));
      expect(p.y).toBe(-r * Math.cos(toRadians(angle)));
    }
    expect(computeLayout(cases.grief!).positions.get('tom')).toMatchObject({ x: 0, pinned: true });
  });

  it('L5: crowded rings grow, in order, a gap apart, each long enough for its people', () => {
    const inventory = generated['generated 300'];
    const layout = computeLayout(inventory);
    const radii = layout.ringRadii;
    expect(radii[0]).toBeGreaterThan(36 + SPACING);
    for (let k = 1; k < radii.length; k++) expect(radii[k]! - radii[k - 1]!).toBeGreaterThanOrEqual(SPACING);
    radii.forEach((r, k) => {
      let diameters = 0;
      for (const p of layout.positions.values()) if (p.ring === k + 1) diameters += 2 * p.radius;
      expect(diameters).toBeLessThanOrEqual(MAX_FILL * 2 * Math.PI * r);
    });
    expect(radii[2]).toBeGreaterThan(3 * computeLayout(generated['generated 30']).ringRadii[2]!);
  });

  it('L5: rings keep their resting spacing when they are not crowded', () => {
    expect(computeLayout(cases.transition!).ringRadii).toEqual([126, 216, 306, 396]);
  });

  it('L14: a fresh layout is placed at rest, so settling takes no tick at all', () => {
    for (const inventory of Object.values(all)) {
      const engine = new LayoutEngine();
      engine.update(inventory);
      expect(engine.moving).toBe(false);
      expect(engine.settle()).toBe(0);
    }
  });

  it('extent encloses every ring, symbol and label', () => {
    for (const inventory of Object.values(all)) {
      const layout = computeLayout(inventory);
      expect(layout.extent).toBeGreaterThanOrEqual(layout.ringRadii.at(-1)!);
      for (const p of layout.positions.values()) {
        const halfWidth = Math.max(18, p.labelWidth / 2);
        // The symbol reaches 18 above the centre; the label ends 18 + 4 + 16 below it.
        const corner = Math.hypot(Math.abs(p.x) + halfWidth, Math.max(Math.abs(p.y - 18), Math.abs(p.y + 38)));
        expect(corner).toBeLessThanOrEqual(layout.extent + 1e-9);
      }
    }
  });

  it('L10: leaves the (frozen) inventory untouched', () => {
    const inventory = cases.family!;
    const before = JSON.stringify(inventory);
    computeLayout(inventory);
    expect(JSON.stringify(inventory)).toBe(before);
    expect(Object.isFrozen(inventory.people.p)).toBe(true);
  });

  it('sizes people by their label, capped at maxLabelWidth, or by a measuring function', () => {
    const layout = computeLayout(cases.family!, { maxLabelWidth: 100 });
    expect(layout.positions.get('gp')!.labelWidth).toBe(13);
    expect(layout.positions.get('w3')!.labelWidth).toBe(100);
    const measured = computeLayout(cases.family!, { measureLabel: (text) => text.length * 10, label: (p) => p.id });
    expect(measured.positions.get('gp')!.labelWidth).toBe(20);
  });
});
