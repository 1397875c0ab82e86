import type { Point } from '../geometry.ts';

/**
 * The subpaths of path data made only of `M`, `L` and `Z` commands with absolute coordinates, each as its list
 * of points. Throws on any other command, so that a test notices when the path format changes.
 */
export function subpaths(d: string): Point[][] {
  const result: Point[][] = [];
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  let i = 0;
  const number = (): number => {
    const token = tokens[i++];
    const value = Number(token);
    if (token === undefined || !Number.isFinite(value)) throw new Error(`expected a number in "${d}"`);
    return value;
  };
  while (i < tokens.length) {
    const command = tokens[i++];
    if (command === 'M') result.push([{ x: number(), y: number() }]);
    else if (command === 'L') {
      const current = result.at(-1);
      if (current === undefined) throw new Error(`L before M in "${d}"`);
      current.push({ x: number(), y: number() });
    } else if (command !== 'Z') throw new Error(`unexpected "${command}" in "${d}"`);
  }
  return result;
}

/** Signed distance of `p` from the infinite line through `a` and `b`. */
export function distanceFromLine(p: Point, a: Point, b: Point): number {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  return ((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / length;
}

/** Distance of `p` along the line from `a` towards `b`. */
export function distanceAlong(p: Point, a: Point, b: Point): number {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  return ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / length;
}

/** The distance between two points. */
export function distance(p: Point, q: Point): number {
  return Math.hypot(q.x - p.x, q.y - p.y);
}
