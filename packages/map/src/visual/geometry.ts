/** A point in the map's SVG user space. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A straight segment with its unit direction and length, as left after trimming a line at both ends. */
export interface Segment {
  readonly start: Point;
  readonly end: Point;
  /** Unit vector from `start` to `end`. */
  readonly dx: number;
  readonly dy: number;
  readonly length: number;
}

/** Lengths below this are treated as nothing, so that no direction is ever computed from a zero vector. */
const EPSILON = 1e-6;

/**
 * The segment from `a` to `b` with `trimStart` cut from its start and `trimEnd` from its end, so that a line
 * starts and ends at the edges of two symbols rather than at their centres. It is `null` when the input is not
 * finite or nothing is left after trimming.
 */
export function trimSegment(a: Point, b: Point, trimStart = 0, trimEnd = 0): Segment | null {
  if (![a.x, a.y, b.x, b.y, trimStart, trimEnd].every(Number.isFinite)) return null;
  const full = Math.hypot(b.x - a.x, b.y - a.y);
  const length = full - trimStart - trimEnd;
  if (full < EPSILON || length < EPSILON) return null;
  const dx = (b.x - a.x) / full;
  const dy = (b.y - a.y) / full;
  return {
    start: { x: a.x + dx * trimStart, y: a.y + dy * trimStart },
    end: { x: b.x - dx * trimEnd, y: b.y - dy * trimEnd },
    dx,
    dy,
    length,
  };
}

/** The point at distance `along` from the segment's start, moved `across` to its left (positive) or right. */
export function pointOn(segment: Segment, along: number, across = 0): Point {
  return {
    x: segment.start.x + segment.dx * along + segment.dy * across,
    y: segment.start.y + segment.dy * along - segment.dx * across,
  };
}

/** A number for path data: rounded to 0.1, without a trailing `.0` and never `-0`. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A point for path data, as `x y`. */
export function formatPoint(point: Point): string {
  return `${formatNumber(point.x)} ${formatNumber(point.y)}`;
}

/** An open polyline as path data (`M x y L x y ...`); empty for fewer than two points. */
export function polyline(points: readonly Point[]): string {
  if (points.length < 2) return '';
  return points.map((point, i) => `${i === 0 ? 'M' : 'L'}${formatPoint(point)}`).join('');
}

/** A closed polygon as path data, for filled shapes such as arrowheads; empty for fewer than three points. */
export function polygon(points: readonly Point[]): string {
  return points.length < 3 ? '' : `${polyline(points)}Z`;
}
