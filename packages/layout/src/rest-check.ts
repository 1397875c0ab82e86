import { angleDelta, halfAngle, polarAngle } from './angles.ts';
import type { LayoutNode } from './layout-node.ts';

/** How far from exact a position may be and still count as at rest, relative to the ring's radius. */
const TOLERANCE = 1e-9;

/**
 * Whether placement left the layout at rest, so that the simulation would have nothing to do: every free person
 * still, exactly on their ring and at home, inside their sector's arc (if any), and clear of everyone on their ring
 * (two pinned people may overlap: nothing can move them). People on different rings, and the client, are kept
 * clear by the ring geometry itself. Checking costs a sort per ring, which is far cheaper than the first ticks of
 * a fresh simulation, whose collision force has not been optimised by the JavaScript engine yet.
 */
export function placedAtRest(people: readonly LayoutNode[], radii: readonly number[]): boolean {
  const rings = radii.map((): LayoutNode[] => []);
  for (const n of people) {
    rings[n.ring - 1]!.push(n);
    if (n.fx !== null && n.pin === undefined) return false;
    if (n.fx !== null) continue;
    const r = Math.hypot(n.x, n.y);
    const angle = polarAngle(n.x, n.y);
    if (n.vx !== 0 || n.vy !== 0 || Math.abs(r - n.target) > TOLERANCE * n.target) return false;
    if (Math.abs(angleDelta(angle, n.home)) > TOLERANCE) return false;
    if (n.arc !== undefined && Math.abs(angleDelta(n.arc.centre, angle)) > n.arc.half + halfAngle(n.size.radius, r)) {
      return false;
    }
  }
  return rings.every((members, k) => clearOnRing(members, radii[k]!));
}

/** Whether no two people on one ring overlap, checking each against the neighbours that could reach them. */
function clearOnRing(members: readonly LayoutNode[], r: number): boolean {
  if (members.length < 2) return true;
  const angles = members.map((n) => polarAngle(n.x, n.y));
  const order = members.map((_, i) => i).sort((a, b) => angles[a]! - angles[b]!);
  const largest = members.reduce((max, n) => Math.max(max, n.size.radius), 0);
  for (let k = 0; k < order.length; k++) {
    const a = members[order[k]!]!;
    // Nobody further round than this can touch `a`.
    const reach = 2 * halfAngle(a.size.radius + largest, 2 * r) + TOLERANCE;
    for (let step = 1; step < order.length; step++) {
      const j = order[(k + step) % order.length]!;
      const apart = (angles[j]! - angles[order[k]!]! + 2 * Math.PI) % (2 * Math.PI);
      if (apart > reach) break;
      const b = members[j]!;
      if (a.pin !== undefined && b.pin !== undefined) continue;
      const clear = Math.hypot(a.x - b.x, a.y - b.y) >= (a.size.radius + b.size.radius) * (1 - TOLERANCE);
      if (!clear) return false;
    }
  }
  return true;
}
