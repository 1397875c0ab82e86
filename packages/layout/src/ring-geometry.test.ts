import { describe, expect, it } from 'vitest';
import { resolveOptions } from './options.ts';
import { MAX_FILL, nearestRingIndex, ringLoad, ringRadii } from './ring-geometry.ts';

const options = resolveOptions();
const people = (count: number, radius = 32): number[] => Array.from({ length: count }, () => radius);

describe('ringRadii', () => {
  it('L5: gives uncrowded rings their resting radii, a ring spacing apart', () => {
    expect(ringRadii([people(3), people(5), people(8)].map(ringLoad), 50, options)).toEqual([126, 216, 306]);
  });

  it('L5: grows a crowded ring until its people fit, and pushes the rings outside it outward', () => {
    const radii = ringRadii([people(60), people(5), people(8)].map(ringLoad), 50, options);
    expect(60 * 64).toBeLessThanOrEqual(MAX_FILL * 2 * Math.PI * radii[0]!);
    expect(radii[1]! - radii[0]!).toBe(90);
    expect(radii[2]! - radii[1]!).toBe(90);
  });

  it('L5: keeps rings twice the largest collision radius apart, and the innermost clear of the client', () => {
    const radii = ringRadii([people(2, 70), people(2), people(2)].map(ringLoad), 60, options);
    expect(radii[0]).toBe(130);
    expect(radii[1]! - radii[0]!).toBe(140);
    expect(radii[2]! - radii[1]!).toBe(140);
  });

  it('keeps the previous radii while they still fit, and resizes with headroom only when they must change', () => {
    const loads = [people(60), people(5), people(8)].map(ringLoad);
    const fresh = ringRadii(loads, 50, options);
    expect(ringRadii(loads, 50, options, fresh)).toEqual(fresh);
    // One more person fits in the headroom: nothing moves.
    expect(ringRadii([people(61), people(5), people(8)].map(ringLoad), 50, options, fresh)).toEqual(fresh);
    // Twenty more do not: the ring grows, and with it the rings outside.
    const grown = ringRadii([people(80), people(5), people(8)].map(ringLoad), 50, options, fresh);
    expect(grown[0]).toBeGreaterThan(fresh[0]!);
    expect(grown[2]! - grown[0]!).toBe(180);
    // Back to a few people: the ring is much too large and shrinks back to its resting radius.
    expect(ringRadii([people(3), people(5), people(8)].map(ringLoad), 50, options, grown)).toEqual([126, 216, 306]);
  });
});

describe('nearestRingIndex', () => {
  it('picks the ring whose radius is nearest, the inner one on a tie', () => {
    const radii = [100, 200, 300];
    expect([0, 149, 150, 151, 260, 999].map((d) => nearestRingIndex(radii, d))).toEqual([1, 1, 1, 2, 3, 3]);
  });
});
