/**
 * Measurements the layout's tests assert on. Not exported from the package.
 */
import type { Inventory } from '@relmap/core';
import { LayoutEngine } from '../engine.ts';
import type { LayoutSnapshot, NodePosition } from '../snapshot.ts';

/** The largest distance of anyone from their ring's radius. */
export function worstRingOffset(snapshot: LayoutSnapshot): number {
  let worst = 0;
  for (const p of snapshot.positions.values()) {
    worst = Math.max(worst, Math.abs(Math.hypot(p.x, p.y) - snapshot.ringRadii[p.ring - 1]!));
  }
  return worst;
}

/** Pairs of people closer than `share` of the sum of their collision radii, as "a/b" strings. */
export function overlaps(snapshot: LayoutSnapshot, share = 0.95): string[] {
  const people = [...snapshot.positions.values()];
  const found: string[] = [];
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!;
      const b = people[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < share * (a.radius + b.radius)) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

/** Mean and largest displacement of people in both snapshots, leaving out the ids in `except`. */
export function displacement(before: LayoutSnapshot, after: LayoutSnapshot, except: readonly string[] = []): { mean: number; max: number } {
  let sum = 0;
  let max = 0;
  let count = 0;
  for (const [id, p] of before.positions) {
    const q = after.positions.get(id);
    if (q === undefined || except.includes(id)) continue;
    const d = Math.hypot(p.x - q.x, p.y - q.y);
    sum += d;
    max = Math.max(max, d);
    count++;
  }
  return { mean: count === 0 ? 0 : sum / count, max };
}

/** The smaller angle between two angles in degrees, 0 to 180. */
export function degreesApart(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return Math.min(d, 360 - d);
}

/** Every position as exact text, for byte-for-byte comparison. */
export function exactText(snapshot: LayoutSnapshot): string {
  const rows = [...snapshot.positions.values()].map((p: NodePosition) => `${p.id} ${p.x} ${p.y} ${p.ring} ${p.radius}`);
  return `${rows.join('\n')}\n${snapshot.ringRadii.join(' ')} ${snapshot.extent}`;
}

/** An engine that has laid out an inventory and come to rest. */
export function settled(inventory: Inventory): LayoutEngine {
  const engine = new LayoutEngine();
  engine.update(inventory);
  engine.settle();
  return engine;
}

/** The circular mean of angles in degrees. */
export function meanAngle(degrees: readonly number[]): number {
  const x = degrees.reduce((s, d) => s + Math.sin((d * Math.PI) / 180), 0);
  const y = degrees.reduce((s, d) => s + Math.cos((d * Math.PI) / 180), 0);
  return ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
}
