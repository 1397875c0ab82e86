import { CATEGORIES } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { toRadians } from './angles.ts';
import { computeLayout } from './compute-layout.ts';
import { SECTORS, ringSectorArcs, sectorOf, sectorRanges, type Sector } from './sectors.ts';
import { caseLikeInventories, generatedInventory } from './testing/inventories.ts';

/** How many separate runs each sector makes around a ring (1 when its people sit together). */
function runsPerSector(sectors: readonly Sector[]): Map<Sector, number> {
  const runs = new Map<Sector, number>();
  sectors.forEach((s, i) => {
    if (sectors[(i - 1 + sectors.length) % sectors.length] !== s || sectors.length === 1) {
      runs.set(s, (runs.get(s) ?? 0) + 1);
    }
  });
  return runs;
}

describe('sectors', () => {
  it('L8: maps family, friends, work and services categories to their sectors', () => {
    expect(CATEGORIES.map(sectorOf)).toEqual([
      'family',
      'family',
      'family',
      'family',
      'family',
      'friends',
      'work',
      'friends',
      'services',
      'services',
      'services',
    ]);
  });

  it("L8: divides the circle in proportion to the counts, clockwise, with family centred at 12 o'clock", () => {
    const ranges = sectorRanges({ family: 6, friends: 3, work: 0, services: 3 });
    expect(ranges.map((r) => [r.sector, r.start, r.end])).toEqual([
      ['family', -90, 90],
      ['friends', 90, 180],
      ['work', 180, 180],
      ['services', 180, 270],
    ]);
  });

  it('L8: divides each ring without gaps or overlaps, giving a crowded sector the room its people need', () => {
    const ranges = sectorRanges({ family: 1, friends: 1, work: 1, services: 1 });
    const arcs = ringSectorArcs(ranges, { family: 4, friends: 0.2, work: 0.2, services: 0.2 }, 0.85);
    const widths = SECTORS.map((s) => 2 * arcs[s].half);
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(2 * Math.PI, 12);
    expect(widths[0]).toBeCloseTo(4 / 0.85, 12);
    expect(arcs.family.centre).toBeCloseTo(0, 12);
    for (let i = 1; i < SECTORS.length; i++) {
      const prev = arcs[SECTORS[i - 1]!];
      expect(arcs[SECTORS[i]!].centre - arcs[SECTORS[i]!].half).toBeCloseTo(prev.centre + prev.half, 12);
    }
    // Uncrowded, every sector keeps its share.
    const calm = ringSectorArcs(ranges, { family: 0.1, friends: 0.1, work: 0.1, services: 0.1 }, 0.85);
    expect(SECTORS.map((s) => calm[s].half)).toEqual(SECTORS.map(() => toRadians(45)));
  });

  for (const [name, inventory] of [
    ['family case', caseLikeInventories().family!],
    ['300 generated people', generatedInventory({ people: 300, seed: 8, sectors: true })],
  ] as const) {
    it(`L8: ${name}: on every ring, each sector's people sit together in one stretch`, () => {
      const layout = computeLayout(inventory);
      for (let ring = 1; ring <= layout.ringRadii.length; ring++) {
        const around = [...layout.positions.values()]
          .filter((p) => p.ring === ring && !p.pinned)
          .sort((a, b) => a.angle - b.angle)
          .map((p) => sectorOf(inventory.people[p.id]!.category));
        for (const [sector, runs] of runsPerSector(around)) expect(runs, `ring ${ring}, ${sector}`).toBe(1);
      }
      expect(layout.sectors.map((s) => s.sector)).toEqual(SECTORS);
    });
  }

  it('L8: without sectors, the snapshot lists none', () => {
    expect(computeLayout(caseLikeInventories().dispute!).sectors).toEqual([]);
  });
});
