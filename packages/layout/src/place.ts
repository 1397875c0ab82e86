import { FULL_TURN, angleDelta, circularMean, normalizeRadians } from './angles.ts';
import { packRing, type RingItem } from './pack-ring.ts';
import type { SectorArc } from './sectors.ts';

/** Someone already on a ring: their angle and the angle they need on each side, in radians. */
export interface Occupant {
  readonly angle: number;
  readonly half: number;
  /** How hard they are to push aside (their area); only `chooseSpot` reads it. */
  readonly weight?: number;
}

/** A person to place on a ring, as `chooseSpot` sees them. */
export interface Newcomer {
  /** Where they belong, in radians. */
  readonly desired: number;
  /** The angle they need on each side, in radians. */
  readonly half: number;
  /** How hard they are to push aside. */
  readonly weight: number;
}

/** How much worse it is to move someone already on the map than to seat a newcomer further from their ties. */
const DISTURBANCE = 2;

/** A free spot within this many of the newcomer's own widths is taken without further thought. */
const REACH = 2;

/**
 * Where on a ring a person should go: where they belong if that is free; else the nearest free spot
 * if it lies within two of their widths; else whichever costs less, in angle: sitting in the nearest free spot
 * (the newcomer's distance from where they belong), or sitting where they belong and pushing the others aside
 * (the sum of everyone else's displacement when the ring is packed, counted double, since a calm map matters more
 * than a short tie). With no free spot at all, where they belong; packing makes the room.
 */
export function chooseSpot(newcomer: Newcomer, occupants: readonly Occupant[]): number {
  const { desired, half } = newcomer;
  const free = freeAngleNear(desired, half, occupants);
  if (free === undefined) return desired;
  const away = Math.abs(angleDelta(desired, free));
  if (away <= REACH * 2 * half) return free;
  const items: RingItem[] = occupants.map((o) => ({ desired: o.angle, half: o.half, weight: o.weight ?? 1 }));
  items.push(newcomer);
  const packed = packRing(items);
  let pushed = 0;
  occupants.forEach((o, i) => (pushed += Math.abs(angleDelta(o.angle, packed[i]!))));
  return DISTURBANCE * pushed < away ? desired : free;
}

/** Slack so that a node placed exactly at a neighbour's edge does not count as touching it. */
const EPSILON = 1e-9;

/**
 * The free angle nearest to `desired` for a node needing `half` on each side, or `undefined` when no free angle
 * is left. The candidates are `desired` itself and both edges of every occupant's no-go zone; the nearest that
 * clears everyone wins, and between two equally near, the clockwise one (so the choice is deterministic).
 */
export function freeAngleNear(desired: number, half: number, occupants: readonly Occupant[]): number | undefined {
  const clears = (angle: number): boolean => occupants.every((o) => Math.abs(angleDelta(o.angle, angle)) >= o.half + half - EPSILON);
  if (clears(desired)) return normalizeRadians(desired);
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const o of occupants) {
    for (const side of [1, -1]) {
      const candidate = o.angle + side * (o.half + half + EPSILON);
      const distance = Math.abs(angleDelta(desired, candidate));
      const better = distance < bestDistance - 1e-12 || (Math.abs(distance - bestDistance) <= 1e-12 && side === 1);
      if (better && clears(candidate)) {
        best = normalizeRadians(candidate);
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * The middle of the widest empty stretch of a ring, measured between the edges of its occupants, or `undefined`
 * for an empty ring. With an `arc`, only stretches whose middle lies in the arc count, and a sector with nobody in
 * it offers its centre.
 */
export function widestGap(occupants: readonly Occupant[], arc?: SectorArc): number | undefined {
  const inArc = (angle: number): boolean => arc === undefined || Math.abs(angleDelta(arc.centre, angle)) <= arc.half;
  if (occupants.length === 0) return arc?.centre;
  const sorted = occupants.slice().sort((a, b) => normalizeRadians(a.angle) - normalizeRadians(b.angle));
  let best: number | undefined;
  let widest = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[(i + 1) % sorted.length]!;
    const span = sorted.length === 1 ? FULL_TURN : normalizeRadians(to.angle - from.angle);
    const gap = span - from.half - to.half;
    const middle = normalizeRadians(from.angle + from.half + gap / 2);
    if (gap > widest && inArc(middle)) {
      widest = gap;
      best = middle;
    }
  }
  return best ?? arc?.centre;
}

/**
 * Where a person entering a running layout should go: beside the people they are tied to (the circular mean of
 * their angles, nudged by `nudge` radians so that a newcomer does not land exactly on a tie's spot), else in the
 * widest gap of their ring (inside their sector's arc when sectors are on), else at `fallback`.
 */
export function entryAngle(tiedAngles: readonly number[], occupants: readonly Occupant[], arc: SectorArc | undefined, nudge: number, fallback: number): number {
  const mean = tiedAngles.length > 0 ? circularMean(tiedAngles) : undefined;
  if (mean !== undefined) return normalizeRadians(mean + nudge);
  return widestGap(occupants, arc) ?? fallback;
}
