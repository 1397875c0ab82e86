import type { Id } from '@relmap/core';
import type { LayoutSnapshot } from '@relmap/layout';
import { bendPoint, type Point } from '../visual/index.ts';
import { CLIENT_RADIUS, NODE_RADIUS } from './render-map.ts';
import { gridOf } from './point-grid.ts';
import { rememberingPerSnapshot, type Remembering } from './remembering.ts';

/** Room kept between a line and a node it passes, in layout units. */
const CLEARANCE = 4;
const SAMPLES = 16;
/** The bends tried grow by this much, in layout units. */
const BEND_STEP = 10;

/** A node a tie must keep clear of, seen from the tie: how far along it (from `a`) and across it (to the left). */
interface Near {
  readonly id: Id;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly along: number;
  readonly across: number;
}

/** The client, at the centre, as a node in the way (people are the snapshot's positions). */
const CLIENT = { id: '', x: 0, y: 0 };

/** The points a line bent by `bend` is tested at, the i-th `i` sixteenths along it. */
function samples(a: Point, b: Point, bend: number): Point[] {
  const points: Point[] = [];
  for (let i = 1; i < SAMPLES; i++) points.push(bendPoint(a, b, bend, { x: a.x + ((b.x - a.x) * i) / SAMPLES, y: a.y + ((b.y - a.y) * i) / SAMPLES }));
  return points;
}

/** Whether some of `points` (the tie's samples, `step` apart along it) is under `o`. */
function under(o: Near, points: readonly Point[], step: number): boolean {
  // The i-th point stands i steps along the tie: only those within a node's reach of it need the exact test (a
  // unit of slack keeps the rounding of the points out of it).
  const first = Math.max(1, Math.ceil((o.along - o.r - 1) / (step || 1)));
  const last = Math.min(SAMPLES - 1, Math.floor((o.along + o.r + 1) / (step || 1)));
  for (let i = first; i <= last; i++) {
    const p = points[i - 1]!;
    if ((p.x - o.x) ** 2 + (p.y - o.y) ** 2 < o.r * o.r) return true;
  }
  return false;
}

/** How many of `others` the line from `a` to `b`, bent by `bend`, passes under. */
function hits(a: Point, b: Point, bend: number, others: readonly Near[]): number {
  const points = samples(a, b, bend);
  const step = Math.hypot(b.x - a.x, b.y - a.y) / SAMPLES;
  // A bent line stands between 0 and `bend` across the straight one: only nodes within reach of that can be under it.
  const [low, high] = [Math.min(0, bend) - 1, Math.max(0, bend) + 1];
  let count = 0;
  for (const o of others) if (o.across > low - o.r && o.across < high + o.r && under(o, points, step)) count++;
  return count;
}

/**
 * The bend of a tie whose straight line passes under `straight` of `others`: sizes 10, 20, … up to half its
 * length, each to the left then the right, until one clears them all, else the one that leaves the fewest.
 */
function bestBend(a: Point, b: Point, length: number, others: readonly Near[], straight: number): number {
  let best = { bend: 0, count: straight };
  for (let size = BEND_STEP; size <= length / 2 && best.count > 0; size += BEND_STEP) {
    for (const bend of [size, -size]) {
      const count = hits(a, b, bend, others);
      if (count < best.count) best = { bend, count };
      if (count === 0) break;
    }
  }
  return best.bend;
}

/** The nodes near `a`–`b` (other than its ends, and the client) that pass `keep`, each with where it stands from the tie. */
function nearTie(
  t: { a: Id; b: Id },
  a: Point,
  b: Point,
  length: number,
  candidates: readonly { id: Id; x: number; y: number }[],
  keep: (along: number, across: number, r: number) => boolean,
): Near[] {
  const ux = (b.x - a.x) / (length || 1);
  const uy = (b.y - a.y) / (length || 1);
  const found: Near[] = [];
  for (const o of [CLIENT, ...candidates]) {
    if (o.id === t.a || o.id === t.b) continue;
    const r = (o === CLIENT ? CLIENT_RADIUS : NODE_RADIUS) + CLEARANCE;
    const along = (o.x - a.x) * ux + (o.y - a.y) * uy;
    const across = (o.x - a.x) * uy - (o.y - a.y) * ux;
    if (keep(along, across, r)) found.push({ id: o.id, x: o.x, y: o.y, r, along, across });
  }
  return found;
}

const REACH = CLIENT_RADIUS + CLEARANCE;

/** The bend of one tie (rule M44), 0 for a straight line or a tie with an end not laid out. */
function bendOf(t: { id: Id; a: Id; b: Id }, snapshot: LayoutSnapshot): number {
  const a = snapshot.positions.get(t.a);
  const b = snapshot.positions.get(t.b);
  if (!a || !b) return 0;
  const grid = gridOf(snapshot);
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  // Only a node within its reach of the straight line can be under it; most lines have none.
  const under = nearTie(t, a, b, length, grid.near(a, b, REACH + 1), (along, across, r) => along > -r && along < length + r && Math.abs(across) < r + 1);
  const straight = hits(a, b, 0, under);
  if (straight === 0) return 0;
  // A bend of at most half the length keeps the line within half its length of the straight line, and between
  // its ends along it: only the nodes near that box can be in its way.
  const others = nearTie(t, a, b, length, grid.near(a, b, 2 * REACH + length / 2 + 1), (along, across, r) => {
    return along > -r && along < length + r && Math.abs(across) < r + length / 2;
  });
  return bestBend(a, b, length, others, straight);
}

/**
 * How far each tie between two people bends (rule M44): 0 when the straight line passes under no other node,
 * otherwise the smallest bend, to either side, that takes it around every node in its way; when no bend of up to
 * half its length clears them all, the one that leaves the fewest.
 */
export function tieBends(ties: readonly { id: Id; a: Id; b: Id }[], snapshot: LayoutSnapshot): Map<Id, number> {
  const bends = new Map<Id, number>();
  for (const t of ties) {
    const bend = bendOf(t, snapshot);
    if (bend !== 0) bends.set(t.id, bend);
  }
  return bends;
}

type Ties = Readonly<Record<Id, { id: Id; a: Id; b: Id }>>;

const bends = rememberingPerSnapshot((snapshot: LayoutSnapshot, ties: Ties) => (id) => (Object.hasOwn(ties, id) ? bendOf(ties[id]!, snapshot) : 0));

/**
 * `tieBends` of an inventory's ties, each worked out once per snapshot when first asked for (0 for a straight or
 * unknown tie): the lines and the labels both ask, and during a drag only the lines that move are drawn, so only
 * theirs are worked out.
 */
export function bendsOf(ties: Ties, snapshot: LayoutSnapshot): Remembering<number> {
  return bends(snapshot, ties);
}

/** A bent tie as a few straight pieces, for what must keep clear of it (labels). */
export function bentPieces(a: Point, b: Point, bend: number, pieces = 8): [Point, Point][] {
  const points: Point[] = [];
  for (let i = 0; i <= pieces; i++) points.push(bendPoint(a, b, bend, { x: a.x + ((b.x - a.x) * i) / pieces, y: a.y + ((b.y - a.y) * i) / pieces }));
  return points.slice(1).map((p, i) => [points[i]!, p]);
}
