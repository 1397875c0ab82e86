import { isRelmapError, setCloseness, setPin } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { LayoutEngine } from './engine.ts';
import { displacement, settled } from './testing/checks.ts';
import { caseLikeInventories } from './testing/inventories.ts';

describe('LayoutEngine: drag and release', () => {
  it('L11: a dragged person stays at the pointer while others make room, and all return home on release', () => {
    const base = caseLikeInventories().family!;
    const engine = settled(base);
    const before = engine.snapshot();
    const target = before.positions.get('c1')!;
    const neighbour = before.positions.get('c2')!;
    // Drag Ella onto Finn's spot.
    engine.drag('c1', neighbour.x, neighbour.y);
    engine.tick(30);
    const during = engine.snapshot();
    expect(during.positions.get('c1')).toMatchObject({ x: neighbour.x, y: neighbour.y });
    const finn = during.positions.get('c2')!;
    expect(Math.hypot(finn.x - neighbour.x, finn.y - neighbour.y)).toBeGreaterThan(0.9 * (finn.radius + target.radius));
    engine.release('c1');
    engine.settle();
    const after = engine.snapshot();
    expect(displacement(before, after).max).toBeLessThan(0.5);
  });

  it('L11: a pinned person returns to their pin when released without a commit', () => {
    const base = caseLikeInventories().family!;
    const engine = settled(base);
    const pin = engine.snapshot().positions.get('f')!;
    engine.drag('f', 0, 0);
    engine.tick();
    expect(engine.snapshot().positions.get('f')).toMatchObject({ x: 0, y: 0 });
    engine.release('f');
    engine.settle();
    expect(engine.snapshot().positions.get('f')).toMatchObject({ x: pin.x, y: pin.y });
  });

  it('L11: the drop point gives the ring and the angle to commit', () => {
    const base = caseLikeInventories().dispute!;
    const engine = settled(base);
    const radii = engine.snapshot().ringRadii;
    const [x, y] = [radii[2]! * Math.sin(Math.PI / 4), -radii[2]! * Math.cos(Math.PI / 4)];
    engine.drag('sam', x, y);
    engine.tick(3);
    engine.release('sam');
    const ring = engine.nearestRing(x, y);
    const angle = engine.angleOf(x, y);
    expect([ring, angle]).toEqual([3, 45]);
    engine.update(setPin(setCloseness(base, { id: 'sam', ring }), { id: 'sam', angle }));
    engine.settle();
    const sam = engine.snapshot().positions.get('sam')!;
    expect([sam.ring, sam.x, sam.y]).toEqual([3, x, y]);
  });

  it('drag and release of someone not on the map throw a RelmapError naming the id', () => {
    const engine = settled(caseLikeInventories().dispute!);
    for (const act of [() => engine.drag('nobody', 0, 0), () => engine.release('nobody')]) {
      try {
        act();
        expect.unreachable();
      } catch (error) {
        expect(isRelmapError(error) && error.code === 'not-found' && error.message.includes('nobody')).toBe(true);
      }
    }
  });
});

describe('LayoutEngine: geometry', () => {
  it("L12: angleOf measures degrees clockwise from 12 o'clock, with y growing downward", () => {
    const engine = new LayoutEngine();
    expect([engine.angleOf(0, -1), engine.angleOf(1, 0), engine.angleOf(0, 1), engine.angleOf(-1, 0)]).toEqual([0, 90, 180, 270]);
    expect(engine.angleOf(-1, -1)).toBeCloseTo(315, 12);
  });

  it('L12: nearestRing picks the ring whose radius is nearest the distance from the centre', () => {
    const engine = settled(caseLikeInventories().transition!);
    const radii = engine.snapshot().ringRadii;
    expect(radii).toEqual([126, 216, 306, 396]);
    expect([0, 170, 172, 260, 1000].map((d) => engine.nearestRing(0, -d))).toEqual([1, 1, 2, 2, 4]);
    expect(engine.nearestRing(200, 0)).toBe(2);
  });
});
