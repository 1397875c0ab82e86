import type { ResolvedOptions } from './options.ts';
import type { LayoutInput } from './read-inventory.ts';

/**
 * The most of a ring's circumference its people's collision diameters may take up. Above it, the ring grows.
 */
export const MAX_FILL = 0.85;
/**
 * The share a ring is sized for when it has to grow, leaving room for more people before it grows again (and on a
 * ring of few people, room for at least two more).
 */
export const COMFORT_FILL = 0.75;
/** Below this share, a ring that grew for a crowd it no longer has shrinks back. */
export const MIN_FILL = 0.5;

/** What one ring has to hold: the people's collision radii, summed and at most. */
export interface RingLoad {
  /** The sum of the collision diameters of the people on the ring. */
  readonly sumDiameter: number;
  /** The largest collision radius on the ring; 0 for an empty ring. */
  readonly maxRadius: number;
  /** How many people are on the ring. */
  readonly count: number;
}

/** The room needed by a list of collision radii on one ring. */
export function ringLoad(radii: Iterable<number>): RingLoad {
  let sumDiameter = 0;
  let maxRadius = 0;
  let count = 0;
  for (const r of radii) {
    sumDiameter += 2 * r;
    if (r > maxRadius) maxRadius = r;
    count++;
  }
  return { sumDiameter, maxRadius, count };
}

/** How much larger than it must be a ring may stay, before it shrinks back: a quarter. */
export const SHRINK_SLACK = 1.25;

/**
 * The radius of every ring, innermost first. A ring is at least its resting radius (`clientRadius + k ×
 * ringSpacing`); at least `ringSpacing`, and twice the largest collision radius on the whole map, outside the ring
 * inside it (so people on neighbouring rings never collide, wherever they stand); clear of the client; and long
 * enough that its people's diameters take at most `MAX_FILL` of its circumference. The gap is set by the largest
 * person anywhere rather than on the two rings, so that moving someone to another ring never moves the rings.
 *
 * Given the `previous` radii of a running layout, a ring keeps its radius while that radius still satisfies all
 * of this and is not much too large (by `SHRINK_SLACK`, or with its people's diameters filling less than
 * `MIN_FILL`). Only when it must change is it resized, and then to its comfortable radius, which leaves headroom
 * (`COMFORT_FILL`); so adding one person to a crowded ring rarely moves the ring, and hence everyone on it. Without
 * `previous`, every ring gets its comfortable radius, which is what a fresh layout uses.
 */
export function ringRadii(loads: readonly RingLoad[], clientExtent: number, options: ResolvedOptions, previous?: readonly number[]): number[] {
  const largest = loads.reduce((max, load) => Math.max(max, load.maxRadius), 0);
  const gap = Math.max(options.ringSpacing, 2 * largest);
  const radii: number[] = [];
  const circumferenceRadius = (load: RingLoad, fill: number): number => load.sumDiameter / (fill * 2 * Math.PI);
  for (let k = 0; k < loads.length; k++) {
    const load = loads[k]!;
    const resting = options.clientRadius + (k + 1) * options.ringSpacing;
    const clearance = k === 0 ? clientExtent + largest : radii[k - 1]! + gap;
    const lower = Math.max(resting, clearance, circumferenceRadius(load, MAX_FILL));
    // Headroom of a quarter of the load, and on a ring of few people at least two more of their average size.
    const average = load.count === 0 ? 0 : load.sumDiameter / load.count;
    const roomier = { ...load, sumDiameter: load.sumDiameter + 2 * average };
    const comfortable = Math.max(lower, circumferenceRadius(load, COMFORT_FILL), circumferenceRadius(roomier, MAX_FILL));
    const upper = Math.max(lower * SHRINK_SLACK, circumferenceRadius(load, MIN_FILL), comfortable);
    const before = previous?.[k];
    radii.push(before !== undefined && before >= lower && before <= upper ? before : comfortable);
  }
  return radii;
}

/** The radius of every ring for an inventory read for layout (see `ringRadii`). */
export function ringRadiiOf(input: LayoutInput, options: ResolvedOptions, previous?: readonly number[]): number[] {
  const perRing = Array.from({ length: input.rings }, (): number[] => []);
  for (const p of input.people) perRing[p.ring - 1]!.push(p.size.radius);
  return ringRadii(perRing.map(ringLoad), input.client.radius, options, previous);
}

/** The ring (1-based) whose radius is nearest to a distance from the centre. */
export function nearestRingIndex(radii: readonly number[], distance: number): number {
  let best = 0;
  for (let k = 1; k < radii.length; k++) {
    if (Math.abs(radii[k]! - distance) < Math.abs(radii[best]! - distance)) best = k;
  }
  return best + 1;
}
