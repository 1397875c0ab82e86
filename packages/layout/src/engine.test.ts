import { addPerson, linkPeople, removePerson, setCloseness, setConflict, setPin, setSectors, updatePerson, type Inventory } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { computeLayout } from './compute-layout.ts';
import { degreesApart, displacement, exactText, meanAngle, overlaps, settled, worstRingOffset } from './testing/checks.ts';
import { caseLikeInventories, generatedInventory } from './testing/inventories.ts';

const SPACING = 90;

describe('LayoutEngine: time', () => {
  it('L9: runs no timer: nothing moves until tick() is called', async () => {
    const engine = settled(generatedInventory({ people: 30, seed: 5 }));
    const [a, b] = [...engine.snapshot().positions.values()];
    // Dropping one person onto another leaves a collision for the simulation to resolve.
    engine.drag(a!.id, b!.x, b!.y);
    const before = exactText(engine.snapshot());
    const alpha = engine.alpha;
    // The layout's lib has no timers in its types (no DOM, no Node); the test runner has them.
    const { setTimeout } = globalThis as unknown as { setTimeout: (done: () => void, ms: number) => void };
    await new Promise<void>((resolve) => setTimeout(resolve, 60));
    expect(exactText(engine.snapshot())).toBe(before);
    expect(engine.alpha).toBe(alpha);
    expect(engine.moving).toBe(true);
    engine.tick();
    expect(exactText(engine.snapshot())).not.toBe(before);
  });

  it('tick(n) runs at most n ticks and says whether the layout still moves; stop() halts it at once', () => {
    const engine = settled(caseLikeInventories().dispute!);
    expect(engine.tick(5)).toBe(false);
    engine.drag('sam', 0, -300);
    expect(engine.tick()).toBe(true);
    engine.stop();
    expect(engine.moving).toBe(false);
    expect(engine.alpha).toBe(0);
    expect(engine.tick(10)).toBe(false);
  });

  it('settle(maxTicks) never runs more than its budget', () => {
    const engine = settled(caseLikeInventories().dispute!);
    const mia = engine.snapshot().positions.get('kid-1')!;
    engine.drag('sam', mia.x, mia.y);
    expect(engine.settle(3)).toBe(3);
    expect(engine.moving).toBe(true);
  });
});

describe('LayoutEngine: incremental updates', () => {
  for (const n of [30, 300]) {
    it(`L6: adding, moving, renaming or removing one person barely moves the others (${n} people)`, () => {
      const base = generatedInventory({ people: n, seed: 11 });
      const ids = Object.keys(base.people).sort();
      const [a, b, c] = [ids[1]!, ids[Math.floor(n / 2)]!, ids[n - 2]!];
      // Bounds on the mean displacement of everyone else, in ring spacings. Measured with this seed: 0 for every
      // edit but the ring change at 30 people (0.047: the person lands on their angle and two neighbours on
      // each side shift over by up to 32 units).
      const edits: [string, Inventory, number][] = [
        ['new', linkPeople(addPerson(base, { id: 'new', name: 'Newcomer', ring: 2 }), { id: `new-${a}`, a: 'new', b: a }), 0.05],
        [a, setCloseness(base, { id: a, ring: base.people[a]!.tie.ring === 1 ? 2 : 1 }), 0.05],
        [b, updatePerson(base, { id: b, changes: { name: `${base.people[b]!.name.slice(0, -1)}x` } }), 0.01],
        [c, removePerson(base, { id: c }), 0.01],
      ];
      for (const [who, next, bound] of edits) {
        const engine = settled(base);
        const before = engine.snapshot();
        engine.update(next);
        expect(engine.settle()).toBeLessThanOrEqual(10);
        const after = engine.snapshot();
        expect(displacement(before, after, [who]).mean, who).toBeLessThan(bound * SPACING);
        expect(overlaps(after), who).toEqual([]);
        expect(worstRingOffset(after), who).toBeLessThan(0.02 * SPACING);
      }
    });
  }

  it('L6: a label that grows makes room by moving only its neighbours, and only a little', () => {
    const base = generatedInventory({ people: 300, seed: 11 });
    const engine = settled(base);
    const before = engine.snapshot();
    engine.update(updatePerson(base, { id: 'p150', changes: { name: 'A considerably longer name' } }));
    engine.settle();
    const after = engine.snapshot();
    const { mean } = displacement(before, after, ['p150']);
    expect(mean).toBeLessThan(0.05 * SPACING);
    expect(overlaps(after)).toEqual([]);
  });

  it('L7: a new person enters beside the people they are tied to', () => {
    const base = generatedInventory({ people: 30, seed: 12 });
    const engine = settled(base);
    const ids = Object.keys(base.people).sort();
    const ring2 = ids.filter((id) => base.people[id]!.tie.ring === 2);
    const [a, b] = [ring2[0]!, ring2[1]!];
    let next = addPerson(base, { id: 'cousin', name: 'Cousin', ring: 2, category: 'other-family' });
    next = linkPeople(linkPeople(next, { id: `cousin-${a}`, a: 'cousin', b: a }), { id: `cousin-${b}`, a: 'cousin', b });
    const tied = meanAngle([a, b].map((id) => engine.snapshot().positions.get(id)!.angle));
    engine.update(next);
    engine.settle();
    const layout = engine.snapshot();
    const onRing = [...layout.positions.values()].filter((p) => p.ring === 2).length;
    expect(degreesApart(layout.positions.get('cousin')!.angle, tied)).toBeLessThan(2 * (360 / onRing));
    expect(overlaps(layout)).toEqual([]);
  });

  it('L7: a new person without ties enters the widest gap of their ring', () => {
    const base = caseLikeInventories().dispute!;
    const engine = settled(base);
    const before = engine.snapshot();
    const r = before.ringRadii[2]!;
    const ring3 = [...before.positions.values()].filter((p) => p.ring === 3).sort((a, b) => a.angle - b.angle);
    const half = (radius: number): number => (Math.asin(radius / r) * 180) / Math.PI;
    let widest = { size: -1, middle: 0 };
    ring3.forEach((from, i) => {
      const to = ring3[(i + 1) % ring3.length]!;
      const size = ((to.angle - from.angle + 360) % 360) - half(from.radius) - half(to.radius);
      if (size > widest.size) widest = { size, middle: from.angle + half(from.radius) + size / 2 };
    });
    engine.update(addPerson(base, { id: 'neighbour', name: 'Neighbour', ring: 3, category: 'neighbour' }));
    engine.settle();
    expect(ring3.length).toBe(3);
    expect(degreesApart(engine.snapshot().positions.get('neighbour')!.angle, widest.middle)).toBeLessThan(1);
  });

  it('a person moved to another ring keeps their angle where that ring has room', () => {
    const base = caseLikeInventories().transition!;
    const engine = settled(base);
    const before = engine.snapshot().positions.get('kwame')!;
    engine.update(setCloseness(base, { id: 'kwame', ring: 4 }));
    engine.settle();
    const after = engine.snapshot().positions.get('kwame')!;
    expect(after.ring).toBe(4);
    expect(degreesApart(after.angle, before.angle)).toBeLessThan(30);
    expect(Math.hypot(after.x, after.y)).toBeCloseTo(engine.snapshot().ringRadii[3]!, 6);
  });

  it('update({ animate: true }) leaves people where they stand and lets the ticks carry them to the same places', () => {
    const base = caseLikeInventories().transition!;
    const next = setCloseness(addPerson(base, { id: 'aunt', name: 'Aunt', ring: 2 }), { id: 'kwame', ring: 4 });
    const placed = settled(base);
    placed.update(next);
    placed.settle();
    const animated = settled(base);
    const kwame = animated.snapshot().positions.get('kwame')!;
    animated.update(next, { animate: true });
    expect(animated.snapshot().positions.get('kwame')).toMatchObject({ x: kwame.x, y: kwame.y });
    expect(animated.settle()).toBeGreaterThan(5);
    const [a, b] = [animated.snapshot(), placed.snapshot()];
    expect(displacement(b, a).max).toBeLessThan(1);
    expect(overlaps(a)).toEqual([]);
  });

  it('L13: an update that changes nothing the layout reads does not wake it', () => {
    const base = caseLikeInventories().dispute!;
    const engine = settled(base);
    const before = exactText(engine.snapshot());
    engine.update(setConflict(base, { id: 'sam', conflict: 'high' }));
    expect(engine.moving).toBe(false);
    expect(engine.tick()).toBe(false);
    expect(exactText(engine.snapshot())).toBe(before);
  });

  it('update({ fresh: true }) lays out afresh, exactly as computeLayout does', () => {
    const cases = caseLikeInventories();
    const engine = settled(cases.grief!);
    engine.update(cases.family!, { fresh: true });
    engine.settle();
    expect(exactText(engine.snapshot())).toBe(exactText(computeLayout(cases.family!)));
  });

  it('switching sectors on lays out afresh, with sectors', () => {
    const base = caseLikeInventories().dispute!;
    const engine = settled(base);
    const next = setSectors(base, { enabled: true });
    engine.update(next);
    engine.settle();
    expect(exactText(engine.snapshot())).toBe(exactText(computeLayout(next)));
    expect(engine.snapshot().sectors).toHaveLength(4);
  });

  it('L4: pinning a settled person moves them to the pin and holds them there', () => {
    const base = caseLikeInventories().dispute!;
    const engine = settled(base);
    engine.update(setPin(base, { id: 'bff', angle: 90 }));
    engine.settle();
    const p = engine.snapshot().positions.get('bff')!;
    expect(p.angle).toBeCloseTo(90, 9);
    expect(p.pinned).toBe(true);
    expect(overlaps(engine.snapshot())).toEqual([]);
  });
});

describe('LayoutEngine: options', () => {
  it('L6: switching labels (names to initials) resizes people in place, without a fresh layout', () => {
    const base = generatedInventory({ people: 30, seed: 13 });
    const engine = settled(base);
    const before = engine.snapshot();
    engine.setOptions({ label: (p) => p.name.slice(0, 2) });
    engine.settle();
    const after = engine.snapshot();
    for (const p of after.positions.values()) expect(p.labelWidth).toBe(13);
    // Smaller labels need less room, so the rings shrink; people keep their order around each ring and, on
    // average, their angle to within a few degrees (a fresh layout would shuffle them).
    expect(after.ringRadii[2]!).toBeLessThan(before.ringRadii[2]!);
    const order = (layout: typeof before, ring: number): string =>
      [...layout.positions.values()]
        .filter((p) => p.ring === ring)
        .sort((a, b) => a.angle - b.angle)
        .map((p) => p.id)
        .join();
    const rotations = (text: string): string[] => text.split(',').map((_, i, ids) => [...ids.slice(i), ...ids.slice(0, i)].join());
    for (const ring of [1, 2, 3]) expect(rotations(order(before, ring))).toContain(order(after, ring));
    let turned = 0;
    for (const [id, p] of after.positions) turned += degreesApart(p.angle, before.positions.get(id)!.angle);
    expect(turned / after.positions.size).toBeLessThan(5);
    expect(overlaps(after)).toEqual([]);
  });
});
