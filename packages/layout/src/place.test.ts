import { describe, expect, it } from 'vitest';
import { chooseSpot, entryAngle, freeAngleNear, widestGap } from './place.ts';

const occupants = [
  { angle: 0, half: 0.2 },
  { angle: 1, half: 0.2 },
  { angle: 3, half: 0.2 },
];

describe('freeAngleNear', () => {
  it('returns the desired angle when it is free', () => {
    expect(freeAngleNear(2, 0.1, occupants)).toBe(2);
  });

  it('returns the nearest free edge when the desired angle is taken', () => {
    expect(freeAngleNear(0.9, 0.1, occupants)).toBeCloseTo(0.7, 6);
    expect(freeAngleNear(1.1, 0.1, occupants)).toBeCloseTo(1.3, 6);
  });

  it('returns undefined when no spot on the ring is free', () => {
    const full = Array.from({ length: 10 }, (_, i) => ({ angle: (i * 2 * Math.PI) / 10, half: 0.3 }));
    expect(freeAngleNear(0.5, 0.1, full)).toBeUndefined();
  });
});

describe('widestGap and entryAngle', () => {
  it('finds the middle of the widest stretch between occupants', () => {
    // Gaps (edge to edge): 0.2..0.8, 1.2..2.8, 3.2..6.08; the last is widest.
    expect(widestGap(occupants)).toBeCloseTo((3.2 + 2 * Math.PI - 0.2) / 2, 9);
    expect(widestGap([])).toBeUndefined();
  });

  it('limits the widest gap to a sector arc when one is given', () => {
    expect(widestGap(occupants, { centre: 2, half: 0.5 })).toBeCloseTo(2, 9);
  });

  it('puts a newcomer with ties at the mean angle of their ties, nudged', () => {
    expect(entryAngle([0.5, 1.5], occupants, undefined, 0.01, 0)).toBeCloseTo(1.01, 9);
    expect(entryAngle([], occupants, undefined, 0.01, 0)).toBeCloseTo(widestGap(occupants)!, 9);
    expect(entryAngle([], [], undefined, 0.01, 4)).toBe(4);
  });
});

describe('chooseSpot', () => {
  const crowd = [
    { angle: 0.0, half: 0.1, weight: 1 },
    { angle: 0.2, half: 0.1, weight: 1 },
    { angle: 0.4, half: 0.1, weight: 1 },
  ];

  it('takes the spot where the person belongs when it is free, and a free spot close by otherwise', () => {
    expect(chooseSpot({ desired: 2, half: 0.1, weight: 0.1 }, crowd)).toBe(2);
    expect(chooseSpot({ desired: 0.45, half: 0.1, weight: 0.1 }, crowd)).toBeCloseTo(0.6, 6);
  });

  it('pushes others aside rather than seat someone far from where they belong, only when that costs less', () => {
    // A ring full but for one gap opposite: sitting there would be half a turn away; pushing costs less.
    const full = Array.from({ length: 24 }, (_, i) => ({ angle: (i * 2 * Math.PI) / 26, half: 0.11, weight: 1 }));
    expect(chooseSpot({ desired: 1, half: 0.05, weight: 0.1 }, full)).toBe(1);
    // A free spot a little beyond reach (0.5 away) costs less than pushing four people 0.095 each, counted double.
    const spread = [0, 0.21, 0.42, 0.63].map((angle) => ({ angle, half: 0.1, weight: 1 }));
    expect(chooseSpot({ desired: 0.3, half: 0.1, weight: 0.1 }, spread)).toBeCloseTo(2 * Math.PI - 0.2, 6);
  });
});
