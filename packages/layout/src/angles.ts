/**
 * The map's polar convention: angle 0 is 12 o'clock and angles grow clockwise, with y growing downward as in SVG.
 * Public functions speak degrees (as `person.pin.angle` does); the layout works in radians inside.
 */

const TAU = Math.PI * 2;

/** A full turn in radians. */
export const FULL_TURN = TAU;

/** Degrees to radians. */
export function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Radians to degrees. */
export function toDegrees(radians: number): number {
  return (radians * 180) / Math.PI;
}

/** An angle in radians brought into [0, 2π). */
export function normalizeRadians(angle: number): number {
  const a = angle % TAU;
  return a < 0 ? a + TAU : a;
}

/** The signed difference `to - from` in radians, brought into (-π, π]. */
export function angleDelta(from: number, to: number): number {
  let d = (to - from) % TAU;
  if (d <= -Math.PI) d += TAU;
  else if (d > Math.PI) d -= TAU;
  return d;
}

/** The angle of a point in radians, in [0, 2π), measured clockwise from 12 o'clock around the centre (0, 0). */
export function polarAngle(x: number, y: number): number {
  return normalizeRadians(Math.atan2(x, -y));
}

/** The point at a distance from the centre and an angle in radians, clockwise from 12 o'clock. */
export function polarPoint(radius: number, angle: number): { x: number; y: number } {
  return { x: radius * Math.sin(angle), y: -radius * Math.cos(angle) };
}

/**
 * The circular mean of angles in radians, or `undefined` when they cancel out (for example two opposite angles),
 * in which case there is no meaningful direction.
 */
export function circularMean(angles: readonly number[]): number | undefined {
  let sx = 0;
  let sy = 0;
  for (const a of angles) {
    sx += Math.sin(a);
    sy += Math.cos(a);
  }
  if (Math.hypot(sx, sy) < 1e-9 * Math.max(1, angles.length)) return undefined;
  return normalizeRadians(Math.atan2(sx, sy));
}

/**
 * The angle in radians that a node of collision radius `radius` needs on each side of its centre on a ring of
 * radius `ring`, so that two neighbours whose half-angles add up stay clear of each other along the chord.
 */
export function halfAngle(radius: number, ring: number): number {
  if (ring <= 0) return Math.PI;
  const s = radius / ring;
  return s >= 1 ? Math.PI / 2 : Math.asin(s);
}
