import { formatNumber, type Point } from './geometry.ts';
import type { LinePaths } from './paths.ts';

/**
 * Lines that bend around what stands in their way (rule V30): a line from `a` to `b` drawn along a quadratic
 * curve whose middle stands `bend` units to the left of the straight line (negative: to the right), everything
 * drawn along the line (zigzag teeth, bars, arrowheads) carried with it.
 */
export function bendPoint(a: Point, b: Point, bend: number, p: Point): Point {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length < 1e-6 || bend === 0) return p;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  // Left of the direction of travel, in SVG's y-down space.
  const px = uy;
  const py = -ux;
  const t = ((p.x - a.x) * ux + (p.y - a.y) * uy) / length;
  const across = (p.x - a.x) * px + (p.y - a.y) * py;
  const cx = (a.x + b.x) / 2 + px * 2 * bend;
  const cy = (a.y + b.y) / 2 + py * 2 * bend;
  const qx = (1 - t) ** 2 * a.x + 2 * t * (1 - t) * cx + t * t * b.x;
  const qy = (1 - t) ** 2 * a.y + 2 * t * (1 - t) * cy + t * t * b.y;
  const tx = 2 * (1 - t) * (cx - a.x) + 2 * t * (b.x - cx);
  const ty = 2 * (1 - t) * (cy - a.y) + 2 * t * (b.y - cy);
  const tl = Math.hypot(tx, ty) || 1;
  return { x: qx + (ty / tl) * across, y: qy + (-tx / tl) * across };
}

/** Path data made only of `M`, `L` and `Z` (as `linePath` writes it), carried along the bent line. */
export function bendPathData(d: string, a: Point, b: Point, bend: number): string {
  if (d === '' || bend === 0) return d;
  const step = Math.hypot(b.x - a.x, b.y - a.y) / 24;
  let out = '';
  let last: Point | undefined;
  for (const [, op, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (op === 'Z') {
      out += 'Z';
      continue;
    }
    const [x, y] = args!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const p = { x: x!, y: y! };
    if (op === 'L' && last) {
      const pieces = Math.max(1, Math.ceil(Math.hypot(p.x - last.x, p.y - last.y) / step));
      for (let i = 1; i <= pieces; i++) {
        const q = bendPoint(a, b, bend, { x: last.x + ((p.x - last.x) * i) / pieces, y: last.y + ((p.y - last.y) * i) / pieces });
        out += `L${formatNumber(q.x)} ${formatNumber(q.y)}`;
      }
    } else {
      const q = bendPoint(a, b, bend, p);
      out += `M${formatNumber(q.x)} ${formatNumber(q.y)}`;
    }
    last = p;
  }
  return out;
}

/** Every piece of a line's paths, bent. */
export function bendPaths(paths: LinePaths, a: Point, b: Point, bend: number): LinePaths {
  if (bend === 0) return paths;
  return { line: bendPathData(paths.line, a, b, bend), marks: bendPathData(paths.marks, a, b, bend), arrows: bendPathData(paths.arrows, a, b, bend) };
}
