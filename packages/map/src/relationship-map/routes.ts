import type { Id } from '@relmap/core';
import type { LayoutSnapshot } from '@relmap/layout';
import { bendPoint, type Point } from '../visual/index.ts';
import { CLIENT_RADIUS, NODE_RADIUS } from './render-map.ts';

/** Room kept between a line and a node it passes, in layout units. */
const CLEARANCE = 4;
const SAMPLES = 16;

interface Obstacle {
  readonly id: Id;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

function obstacles(snapshot: LayoutSnapshot): Obstacle[] {
  const all: Obstacle[] = [{ id: '', x: 0, y: 0, r: CLIENT_RADIUS + CLEARANCE }];
  for (const p of snapshot.positions.values()) all.push({ id: p.id, x: p.x, y: p.y, r: NODE_RADIUS + CLEARANCE });
  return all;
}

function hits(a: Point, b: Point, bend: number, others: readonly Obstacle[]): number {
  // The points along the line do not depend on the node tested: worked out once per bend, not once per node.
  const points: Point[] = [];
  for (let i = 1; i < SAMPLES; i++) points.push(bendPoint(a, b, bend, { x: a.x + ((b.x - a.x) * i) / SAMPLES, y: a.y + ((b.y - a.y) * i) / SAMPLES }));
  let count = 0;
  for (const o of others) {
    for (const p of points) {
      if ((p.x - o.x) ** 2 + (p.y - o.y) ** 2 < o.r * o.r) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * How far each tie between two people bends (rule M44): 0 when the straight line passes under no other node,
 * otherwise the smallest bend, to either side, that takes it around every node in its way; when no bend of up to
 * half its length clears them all, the one that leaves the fewest.
 */
export function tieBends(ties: readonly { id: Id; a: Id; b: Id }[], snapshot: LayoutSnapshot): Map<Id, number> {
  const all = obstacles(snapshot);
  const bends = new Map<Id, number>();
  for (const t of ties) {
    const a = snapshot.positions.get(t.a);
    const b = snapshot.positions.get(t.b);
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    // A bend of at most half the length keeps the line within half its length of the straight line, and between
    // its ends along it: only the nodes near that box can be in its way.
    const others = all.filter((o) => {
      if (o.id === t.a || o.id === t.b) return false;
      const along = ((o.x - a.x) * (b.x - a.x) + (o.y - a.y) * (b.y - a.y)) / (length || 1);
      return along > -o.r && along < length + o.r && Math.abs((o.x - a.x) * (b.y - a.y) - (o.y - a.y) * (b.x - a.x)) / (length || 1) < o.r + length / 2;
    });
    const straight = hits(a, b, 0, others);
    if (straight === 0) continue;
    let best = { bend: 0, count: straight };
    for (let size = 10; size <= length / 2 && best.count > 0; size += 10) {
      for (const bend of [size, -size]) {
        const count = hits(a, b, bend, others);
        if (count < best.count) best = { bend, count };
        if (count === 0) break;
      }
    }
    if (best.bend !== 0) bends.set(t.id, best.bend);
  }
  return bends;
}

const remembered = new WeakMap<LayoutSnapshot, { ties: object; bends: Map<Id, number> }>();

/** `tieBends` of every tie of an inventory, worked out once per snapshot (the lines and the labels both ask). */
export function bendsOf(ties: Readonly<Record<Id, { id: Id; a: Id; b: Id }>>, snapshot: LayoutSnapshot): Map<Id, number> {
  const known = remembered.get(snapshot);
  if (known && known.ties === ties) return known.bends;
  const bends = tieBends(Object.values(ties), snapshot);
  remembered.set(snapshot, { ties, bends });
  return bends;
}

/** A bent tie as a few straight pieces, for what must keep clear of it (labels). */
export function bentPieces(a: Point, b: Point, bend: number, pieces = 8): [Point, Point][] {
  const points: Point[] = [];
  for (let i = 0; i <= pieces; i++) points.push(bendPoint(a, b, bend, { x: a.x + ((b.x - a.x) * i) / pieces, y: a.y + ((b.y - a.y) * i) / pieces }));
  return points.slice(1).map((p, i) => [points[i]!, p]);
}
