import { FULL_TURN, angleDelta, normalizeRadians } from './angles.ts';
import type { SectorArc } from './sectors.ts';

/** One thing to place on a ring: where it would like to be and how much room it needs. */
export interface RingItem {
  /** The preferred angle, in radians clockwise from 12 o'clock. */
  readonly desired: number;
  /** The angle it needs on each side of its centre, in radians. */
  readonly half: number;
  /** How strongly it holds on to its preferred angle; pinned people use a very large weight. */
  readonly weight: number;
}

/**
 * Places items on a ring as close to their preferred angles as possible (least weighted squares) with no two
 * overlapping, keeping their circular order. Returns the angles in radians, in the order of `items`.
 *
 * The circle is cut at the widest gap between preferred angles, which turns the problem into isotonic regression
 * on a line: with `p_i = q_i + o_i`, where `o_i` is the room the items before `i` need, the spacing constraints
 * become `q_i` non-decreasing, which pool-adjacent-violators solves exactly in linear time. If the items then
 * collide across the cut, the cut moves to the widest gap of that solution and the solve repeats; should that
 * fail too (only when the ring is nearly full), the items are spread evenly in order. Items that need more than
 * the whole circle are shrunk proportionally, so they overlap as little as possible.
 */
export function packRing(items: readonly RingItem[]): number[] {
  const n = items.length;
  if (n === 0) return [];
  if (n === 1) return [normalizeRadians(items[0]!.desired)];
  const totalRoom = items.reduce((sum, item) => sum + 2 * item.half, 0);
  const scale = totalRoom > FULL_TURN ? FULL_TURN / totalRoom : 1;
  const desired = items.map((item) => normalizeRadians(item.desired));
  // Circular order by preferred angle; equal angles keep the caller's order so the result is deterministic.
  const order = desired.map((_, i) => i).sort((a, b) => desired[a]! - desired[b]! || a - b);
  const half = (i: number): number => items[i]!.half * scale;

  let cut = widestGapAfter(order, desired);
  for (let attempt = 0; attempt < 3; attempt++) {
    const angles = solveLine(rotate(order, cut), desired, half, (i) => items[i]!.weight);
    const ordered = rotate(order, cut);
    const first = ordered[0]!;
    const last = ordered[n - 1]!;
    if (angles[first]! + FULL_TURN - angles[last]! >= half(first) + half(last) - 1e-9) {
      return angles.map(normalizeRadians);
    }
    cut = widestGapAfter(order, angles.map(normalizeRadians));
  }
  return spreadEvenly(order, desired, half, (i) => items[i]!.weight);
}

/**
 * The position in `order` that follows the widest circular gap between consecutive angles. `order` must list the
 * items in the circular order of `angles`, which holds both for the preferred angles and for a packed solution.
 */
function widestGapAfter(order: readonly number[], angles: readonly number[]): number {
  let best = 0;
  let widest = -1;
  for (let k = 0; k < order.length; k++) {
    const prev = angles[order[(k - 1 + order.length) % order.length]!]!;
    const gap = normalizeRadians(angles[order[k]!]! - prev);
    if (gap > widest) {
      widest = gap;
      best = k;
    }
  }
  return best;
}

function rotate(order: readonly number[], start: number): number[] {
  return order.slice(start).concat(order.slice(0, start));
}

/** Weighted isotonic regression on the unrolled line; returns angles indexed like the items. */
function solveLine(ordered: readonly number[], desired: readonly number[], half: (i: number) => number, weight: (i: number) => number): number[] {
  const base = desired[ordered[0]!]!;
  // Unroll the circle: every preferred angle is measured forward from the first item's.
  return isotonic(ordered, (i) => base + normalizeRadians(desired[i]! - base), half, weight, -Infinity, Infinity);
}

/**
 * Positions on a line for items in the given order, as near their targets as possible (weighted least squares),
 * each clear of the next by the sum of their half-widths, and all within [lo, hi]. With `p_i = q_i + o_i`, where
 * `o_i` is the room the items before `i` need, the spacing becomes `q` non-decreasing: isotonic regression, which
 * pool-adjacent-violators solves exactly in linear time. The bounds fall on `q` as one common box, and the
 * bounded solution of isotonic regression is the unbounded one clamped to the box.
 */
function isotonic(
  ordered: readonly number[],
  target: (i: number) => number,
  half: (i: number) => number,
  weight: (i: number) => number,
  lo: number,
  hi: number,
): number[] {
  const n = ordered.length;
  const offsets = new Array<number>(n);
  let offset = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0) offset += half(ordered[k - 1]!) + half(ordered[k]!);
    offsets[k] = offset;
  }
  const qLow = lo + half(ordered[0]!);
  const qHigh = hi - half(ordered[n - 1]!) - offsets[n - 1]!;
  const means: number[] = [];
  const weights: number[] = [];
  const lengths: number[] = [];
  for (let k = 0; k < n; k++) {
    let mean = target(ordered[k]!) - offsets[k]!;
    let w = weight(ordered[k]!);
    let len = 1;
    while (means.length > 0 && means[means.length - 1]! >= mean) {
      const pw = weights.pop()!;
      const pm = means.pop()!;
      mean = (pm * pw + mean * w) / (pw + w);
      w += pw;
      len += lengths.pop()!;
    }
    means.push(mean);
    weights.push(w);
    lengths.push(len);
  }
  const angles = new Array<number>(n);
  // When the items do not fit between the bounds, centre them: they overflow both ends alike.
  const clamp = (q: number): number => (qLow > qHigh ? (qLow + qHigh) / 2 : Math.min(qHigh, Math.max(qLow, q)));
  let k = 0;
  for (let b = 0; b < means.length; b++) {
    const q = clamp(means[b]!);
    for (let j = 0; j < lengths[b]!; j++, k++) angles[ordered[k]!] = q + offsets[k]!;
  }
  return angles;
}

/**
 * Places items within one arc of a ring (a sector's share of it), in the order of their preferred angles, as
 * close to those angles as possible and with no two overlapping, all inside the arc as far as they fit. Returns
 * the angles in radians, in the order of `items`. Preferred angles are read relative to the arc's centre, so an
 * item that would like to be just outside the arc lands at its nearer end.
 */
export function packArc(items: readonly RingItem[], arc: SectorArc): number[] {
  if (items.length === 0) return [];
  const target = items.map((item) => arc.centre + angleDelta(arc.centre, item.desired));
  const order = target.map((_, i) => i).sort((a, b) => target[a]! - target[b]! || a - b);
  const angles = isotonic(
    order,
    (i) => target[i]!,
    (i) => items[i]!.half,
    (i) => items[i]!.weight,
    arc.centre - arc.half,
    arc.centre + arc.half,
  );
  return angles.map(normalizeRadians);
}

/** The last resort: items in their circular order, packed edge to edge, rotated to the weighted best fit. */
function spreadEvenly(order: readonly number[], desired: readonly number[], half: (i: number) => number, weight: (i: number) => number): number[] {
  const n = order.length;
  const room = order.reduce((sum, i) => sum + 2 * half(i), 0);
  const slack = (FULL_TURN - room) / n;
  const angles = new Array<number>(n);
  let at = 0;
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (k > 0) at += half(order[k - 1]!) + half(i) + slack;
    angles[i] = at;
    sx += weight(i) * Math.sin(desired[i]! - at);
    sy += weight(i) * Math.cos(desired[i]! - at);
  }
  const shift = Math.atan2(sx, sy);
  return angles.map((a) => normalizeRadians(a + shift));
}
