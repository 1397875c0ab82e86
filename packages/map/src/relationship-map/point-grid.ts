import type { LayoutSnapshot, NodePosition } from '@relmap/layout';
import type { Point } from '../visual/index.ts';

/**
 * Points kept by the square cells they fall in, so that asking which of them lie near a line visits only the
 * cells along it. Tie routing and client lines ask this for every line on every frame of a drag; testing every
 * node for every line cost over 30 ms a frame at 1,000 people.
 */
export interface PointGrid<T extends Point> {
  /**
   * Every point within `reach` of the segment from `a` to `b` (and perhaps a few more, for the caller's exact
   * test), in the order the points were given, since some callers' answers depend on that order.
   */
  near(a: Point, b: Point, reach: number): T[];
}

/**
 * A `PointGrid` of `points` with cells of at least `least` layout units, and larger where the points are sparse
 * (about one point per cell), so that a long line crosses few empty cells: at 1,000 people the map is about
 * 20,000 units across.
 */
export function pointGrid<T extends Point>(points: readonly T[], least: number): PointGrid<T> {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) [left, top, right, bottom] = [Math.min(left, p.x), Math.min(top, p.y), Math.max(right, p.x), Math.max(bottom, p.y)];
  const size = Math.max(least, Math.sqrt(((right - left) * (bottom - top)) / Math.max(1, points.length)) || 0);
  const cells = new Map<number, number[]>();
  // One number per cell keeps the lookup cheap; cell coordinates within ±2^25 (far beyond any map) never collide.
  const key = (x: number, y: number): number => (x + 2 ** 25) * 2 ** 26 + (y + 2 ** 25);
  points.forEach((p, i) => {
    const k = key(Math.floor(p.x / size), Math.floor(p.y / size));
    const kept = cells.get(k);
    if (kept) kept.push(i);
    else cells.set(k, [i]);
  });
  return {
    near(a, b, reach) {
      const found: number[] = [];
      const dy = b.y - a.y;
      const y0 = Math.floor((Math.min(a.y, b.y) - reach) / size);
      const y1 = Math.floor((Math.max(a.y, b.y) + reach) / size);
      for (let y = y0; y <= y1; y++) {
        // The part of the segment within `reach` of this row of cells, and the columns within `reach` of that part.
        const top = y * size - reach;
        const bottom = (y + 1) * size + reach;
        let from = 0;
        let to = 1;
        if (Math.abs(dy) > 1e-9) {
          const t0 = (top - a.y) / dy;
          const t1 = (bottom - a.y) / dy;
          from = Math.max(0, Math.min(t0, t1));
          to = Math.min(1, Math.max(t0, t1));
          if (from > to) continue;
        } else if (Math.max(a.y, b.y) < top || Math.min(a.y, b.y) > bottom) continue;
        const xa = a.x + (b.x - a.x) * from;
        const xb = a.x + (b.x - a.x) * to;
        const x0 = Math.floor((Math.min(xa, xb) - reach) / size);
        const x1 = Math.floor((Math.max(xa, xb) + reach) / size);
        for (let x = x0; x <= x1; x++) {
          const kept = cells.get(key(x, y));
          if (kept) for (const i of kept) found.push(i);
        }
      }
      return found.sort((i, j) => i - j).map((i) => points[i]!);
    },
  };
}

/** The smallest cell of a snapshot's grid: twice the widest reach a line asks about (the client's, with room). */
const LEAST_CELL = 68;

const grids = new WeakMap<LayoutSnapshot, PointGrid<NodePosition>>();

/** The grid of a snapshot's people, made once and shared by everything that asks (tie routing, client lines). */
export function gridOf(snapshot: LayoutSnapshot): PointGrid<NodePosition> {
  let grid = grids.get(snapshot);
  if (!grid) grids.set(snapshot, (grid = pointGrid([...snapshot.positions.values()], LEAST_CELL)));
  return grid;
}
