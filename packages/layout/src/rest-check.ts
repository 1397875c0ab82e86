import { angleDelta, halfAngle, polarAngle, polarPoint } from './angles.ts';
import type { LayoutNode } from './layout-node.ts';

/** How far from exact a position may be and still count as at rest, relative to the ring's radius. */
const TOLERANCE = 1e-9;

/**
 * How much two people may overlap, as a share of the sum of their collision radii, and still count as clear of
 * each other. Remembered angles are kept to a ten-thousandth of a degree (`HINT_STEP` in core), so two neighbours
 * packed edge to edge may come back a hair closer than they were; a thousandth of their room (a few hundredths of a
 * unit) is far above that and far below what anyone could see, and well inside rule L2's 95%.
 */
export const CLEAR_SLACK = 1e-3;

/** A person's centre and room, as the clearance checks read them. */
interface Spot {
  readonly node: LayoutNode;
  readonly x: number;
  readonly y: number;
  readonly angle: number;
}

/**
 * Whether placement left the layout at rest, so that the simulation would have nothing to do: every free person
 * still, exactly on their ring and at home, inside their sector's arc (if any), and clear of everyone on their ring
 * (two pinned people may overlap: nothing can move them). People on different rings, and the client, are kept
 * clear by the ring geometry itself. Checking costs a sort per ring, which is far cheaper than the first ticks of
 * a fresh simulation, whose collision force has not been optimised by the JavaScript engine yet.
 */
export function placedAtRest(people: readonly LayoutNode[], radii: readonly number[]): boolean {
  const rings = radii.map((): Spot[] => []);
  for (const n of people) {
    const angle = polarAngle(n.x, n.y);
    rings[n.ring - 1]!.push({ node: n, x: n.x, y: n.y, angle });
    if (n.fx !== null && n.pin === undefined) return false;
    if (n.fx !== null) continue;
    const r = Math.hypot(n.x, n.y);
    if (n.vx !== 0 || n.vy !== 0 || Math.abs(r - n.target) > TOLERANCE * n.target) return false;
    if (Math.abs(angleDelta(angle, n.home)) > TOLERANCE) return false;
    if (!inArc(n, angle, r)) return false;
  }
  return rings.every((spots, k) => clearOnRing(spots, radii[k]!));
}

/**
 * Whether everyone standing at home (free people at their `home` angle on their ring, pinned people at their pin)
 * would be at rest: inside their sector's arc and clear of everyone on their ring, give or take `CLEAR_SLACK`.
 * Then the layout may put them exactly there: what it remembered is a picture at rest.
 */
export function homesAtRest(people: readonly LayoutNode[], radii: readonly number[]): boolean {
  const rings = radii.map((): LayoutNode[] => []);
  for (const n of people) rings[n.ring - 1]!.push(n);
  return rings.every((members, k) => ringAtHome(members, radii[k]!));
}

/** Whether one ring's people, each at home, are inside their arcs and clear of each other (see `homesAtRest`). */
export function ringAtHome(members: readonly LayoutNode[], r: number): boolean {
  const spots = members.map((node): Spot => {
    const angle = node.pin ?? node.home;
    const p = polarPoint(r, angle);
    return { node, x: p.x, y: p.y, angle };
  });
  return spots.every((s) => s.node.pin !== undefined || inArc(s.node, s.angle, r)) && clearOnRing(spots, r);
}

/** Whether a person standing at `angle` on a ring of radius `r` is outside their sector's arc (by more than their own half-width). */
export function outsideArc(n: LayoutNode, angle: number, r: number): boolean {
  return !inArc(n, angle, r);
}

function inArc(n: LayoutNode, angle: number, r: number): boolean {
  return n.arc === undefined || Math.abs(angleDelta(n.arc.centre, angle)) <= n.arc.half + halfAngle(n.size.radius, r) + TOLERANCE;
}

/** Whether no two people on one ring overlap, checking each against the neighbours that could reach them. */
function clearOnRing(spots: readonly Spot[], r: number): boolean {
  if (spots.length < 2) return true;
  const order = spots.map((_, i) => i).sort((a, b) => spots[a]!.angle - spots[b]!.angle);
  const largest = spots.reduce((max, s) => Math.max(max, s.node.size.radius), 0);
  for (let k = 0; k < order.length; k++) {
    const a = spots[order[k]!]!;
    // Nobody further round than this can touch `a`.
    const reach = 2 * halfAngle(a.node.size.radius + largest, 2 * r) + TOLERANCE;
    for (let step = 1; step < order.length; step++) {
      const b = spots[order[(k + step) % order.length]!]!;
      const apart = (b.angle - a.angle + 2 * Math.PI) % (2 * Math.PI);
      if (apart > reach) break;
      if (a.node.pin !== undefined && b.node.pin !== undefined) continue;
      const clear = Math.hypot(a.x - b.x, a.y - b.y) >= (a.node.size.radius + b.node.size.radius) * (1 - CLEAR_SLACK);
      if (!clear) return false;
    }
  }
  return true;
}
