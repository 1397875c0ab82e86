/** A point on the map with the id of the person there. */
export interface NavPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** An arrow key's direction. */
export type NavDirection = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<NavDirection, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The person an arrow key should move to from `from`: the nearest one in that direction, where "in that
 * direction" means within 60° of it, and straying sideways counts against a candidate twice over.
 * Returns `undefined` when there is no one that way.
 */
export function nextInDirection(from: NavPoint, points: readonly NavPoint[], direction: NavDirection): string | undefined {
  const [dx, dy] = VECTORS[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const vx = p.x - from.x;
    const vy = p.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== undefined && p.id < best)) {
      best = p.id;
      bestScore = score;
    }
  }
  return best;
}

/** People in reading order for the map: by ring, then clockwise from 12 o'clock. */
export function readingOrder<T extends { id: string; ring: number; x: number; y: number }>(points: readonly T[]): T[] {
  const angle = (p: T): number => (Math.atan2(p.x, -p.y) + 2 * Math.PI) % (2 * Math.PI);
  return [...points].sort((a, b) => a.ring - b.ring || angle(a) - angle(b) || (a.id < b.id ? -1 : 1));
}
