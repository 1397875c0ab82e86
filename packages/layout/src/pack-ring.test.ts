import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { angleDelta, normalizeRadians } from './angles.ts';
import { packAroundPins } from './pack-pins.ts';
import { packArc, packRing, type RingItem } from './pack-ring.ts';

const item = fc.record({
  desired: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
  half: fc.double({ min: 0.001, max: 0.3, noNaN: true }),
  weight: fc.double({ min: 0.5, max: 10, noNaN: true }),
});
/** Items that need at most 85% of the circle, as the ring geometry guarantees. */
const fitting = fc.array(item, { minLength: 1, maxLength: 40 }).filter((items) => items.reduce((sum, i) => sum + 2 * i.half, 0) <= 0.85 * 2 * Math.PI);

function clearOfEachOther(items: readonly RingItem[], angles: readonly number[]): boolean {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (Math.abs(angleDelta(angles[i]!, angles[j]!)) < items[i]!.half + items[j]!.half - 1e-9) return false;
    }
  }
  return true;
}

describe('packRing', () => {
  it('leaves no two items overlapping when they fit on the ring', () => {
    fc.assert(fc.property(fitting, (items) => clearOfEachOther(items, packRing(items))));
  });

  it('leaves items that are already clear of each other where they are', () => {
    fc.assert(
      fc.property(fitting, (items) => {
        const spaced = items.map((it, i) => ({
          ...it,
          desired: (i * 2 * Math.PI) / items.length,
          half: Math.min(it.half, Math.PI / items.length / 2),
        }));
        return packRing(spaced).every((a, i) => Math.abs(angleDelta(a, spaced[i]!.desired)) < 1e-9);
      }),
    );
  });

  it('moves a much heavier item (a pin) hardly at all', () => {
    const items: RingItem[] = [
      { desired: 1, half: 0.2, weight: 1e6 },
      { desired: 1.05, half: 0.2, weight: 1 },
      { desired: 0.95, half: 0.2, weight: 1 },
    ];
    const angles = packRing(items);
    expect(Math.abs(angles[0]! - 1)).toBeLessThan(1e-5);
    expect(clearOfEachOther(items, angles)).toBe(true);
  });

  it('keeps the circular order of the preferred angles', () => {
    const items: RingItem[] = [0.1, 0.12, 0.14, 3, 6.2].map((desired) => ({ desired, half: 0.1, weight: 1 }));
    const angles = packRing(items);
    const order = angles
      .map((a, i) => [a, i] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, i]) => i);
    // Rotations of [4, 0, 1, 2, 3] are the same circular order.
    expect(['0,1,2,3,4', '1,2,3,4,0', '2,3,4,0,1', '3,4,0,1,2', '4,0,1,2,3']).toContain(order.join(','));
    expect(clearOfEachOther(items, angles)).toBe(true);
  });
});

describe('packArc', () => {
  it('keeps items inside the arc and clear of each other when they fit', () => {
    fc.assert(
      fc.property(fitting, fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (items, centre) => {
        const room = items.reduce((sum, i) => sum + 2 * i.half, 0);
        const arc = { centre, half: Math.min(Math.PI, room / 2 / 0.85) };
        const angles = packArc(items, arc);
        return clearOfEachOther(items, angles) && angles.every((a, i) => Math.abs(angleDelta(centre, a)) <= arc.half - items[i]!.half + 1e-9);
      }),
    );
  });
});

describe('packAroundPins', () => {
  it('keeps pins exactly and moves someone out from between two pins that leave no room', () => {
    // Two pins 30° apart, each needing 14.7° a side: nobody fits between them.
    const half = Math.asin(32 / 126);
    const deg = (d: number): number => (d * Math.PI) / 180;
    const items: RingItem[] = [deg(0), deg(30), deg(29.4)].map((desired) => ({ desired, half, weight: 1 }));
    const angles = packAroundPins(items, [true, true, false]);
    expect(angles.slice(0, 2)).toEqual([0, deg(30)]);
    expect(clearOfEachOther(items, angles)).toBe(true);
    expect(Math.abs(angleDelta(angles[2]!, deg(30)))).toBeCloseTo(2 * half, 9);
  });

  it('leaves no overlap with or between free items whenever they fit', () => {
    fc.assert(
      fc.property(fitting, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (items, flags) => {
        // Pins spread out, so that they leave room; the rest may want to be anywhere.
        const pinned = items.map((_, i) => flags[i]! && i % 4 === 0);
        const placed = items.map((it, i) => (pinned[i] ? { ...it, desired: (i * 2 * Math.PI) / items.length } : it));
        const angles = packAroundPins(placed, pinned);
        const pinsKept = placed.every((it, i) => !pinned[i] || angles[i] === normalizeRadians(it.desired));
        return clearOfEachOther(placed, angles) && pinsKept;
      }),
    );
  });
});
