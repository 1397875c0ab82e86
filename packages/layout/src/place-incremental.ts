import { FULL_TURN, angleDelta, halfAngle, polarAngle, polarPoint } from './angles.ts';
import type { LayoutNode } from './layout-node.ts';
import { LIGHT, packMembers, weightOf, type RingArcs } from './pack-members.ts';
import { chooseSpot, entryAngle, type Occupant } from './place.ts';
import type { TieSpec } from './read-inventory.ts';
import { CLEAR_SLACK, ringAtHome } from './rest-check.ts';

/** What changed for a running layout, as `placeIncremental` needs it. */
export interface IncrementalChange {
  /** Every person, sorted by id, with `ring`, `size`, `pin`, `target` and `arc` already brought up to date. */
  readonly nodes: readonly LayoutNode[];
  /** People new to the layout, sorted by id. */
  readonly entering: ReadonlySet<LayoutNode>;
  /** People already placed who must find a new spot: their ring changed, or their sector did. */
  readonly moved: ReadonlySet<LayoutNode>;
  /** People already placed whose collision radius changed (a new label) or whose pin changed. */
  readonly resized: ReadonlySet<LayoutNode>;
  /** Ring radii before the change (may be shorter or longer than `radii` if the ring count changed). */
  readonly previousRadii: readonly number[];
  /** Ring radii after the change. */
  readonly radii: readonly number[];
  /** The person-to-person ties. */
  readonly ties: readonly TieSpec[];
  /** Each ring's sector arcs, when sectors are on. */
  readonly arcs: readonly RingArcs[];
  /**
   * Leave people already on the map where they stand, with only their ring's radius and their home changed, so
   * that the simulation carries them there over the next ticks; newcomers are placed at once either way.
   */
  readonly animate: boolean;
}

/** How far, in radians at most, a newcomer is nudged off the mean angle of their ties. */
const NUDGE = 0.05;

/**
 * Places people in a running layout so that everyone else can stay where they are. People who stay on their
 * ring keep their angle and their offset from the ring; if their ring's radius changed, they move out or in with
 * it, and nowhere else. A person whose ring or sector changed keeps as much of their angle as they can: they go
 * to the free spot on their new ring nearest to their current angle (or to the nearest edge of their new sector).
 * A newcomer goes next to the people they are tied to, or else into the widest gap of their ring (of their
 * sector's arc, with sectors on). Pinned people go to their pin. `chooseSpot` weighs a free spot nearby against
 * pushing the others aside. A person with a remembered angle (`hint`) who enters or changes ring takes exactly that
 * angle if it is free (within `CLEAR_SLACK`). Last, every ring on which anything changed and whose people now
 * overlap (or stand outside their sector) is packed around everyone's home with `packMembers`, which moves them as
 * little as it can: this makes room around a newcomer who found no free spot, or around a label that grew. A ring
 * whose people stand clear is left exactly as it is (SPEC L16). Whoever is
 * placed or moved gets their new angle as their home, so the simulation starts at rest; or, with `animate`,
 * people already on the map only get their new home and ring radius, and the simulation moves them.
 */
export function placeIncremental(change: IncrementalChange): void {
  const { nodes, entering, moved, resized, previousRadii, radii, animate } = change;
  const go = (n: LayoutNode, r: number, angle: number): void => {
    n.home = angle;
    if (animate && !entering.has(n)) return;
    const p = polarPoint(r, angle);
    n.x = p.x;
    n.y = p.y;
    n.vx = 0;
    n.vy = 0;
  };
  const occupants = radii.map((): Occupant[] => []);
  const dirty = new Set<number>();
  for (const n of nodes) {
    if (entering.has(n) || moved.has(n) || resized.has(n)) dirty.add(n.ring);
    if (entering.has(n) || moved.has(n)) continue;
    const before = previousRadii[n.ring - 1];
    const after = radii[n.ring - 1]!;
    if (before !== undefined && before !== after) {
      dirty.add(n.ring);
      if (!animate) {
        const p = polarPoint(Math.max(0, Math.hypot(n.x, n.y) + after - before), polarAngle(n.x, n.y));
        n.x = p.x;
        n.y = p.y;
      }
    }
    const half = halfAngle(n.size.radius, after);
    occupants[n.ring - 1]!.push({ angle: polarAngle(n.x, n.y), half, weight: weightOf(n) });
  }

  const neighbours = new Map<LayoutNode, LayoutNode[]>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const t of change.ties) {
    const a = byId.get(t.a)!;
    const b = byId.get(t.b)!;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = neighbours.get(from);
      if (list) list.push(to);
      else neighbours.set(from, [to]);
    }
  }
  const done = new Set<LayoutNode>();
  const placed = (n: LayoutNode): boolean => !entering.has(n) || done.has(n);

  const put = (n: LayoutNode, desired: number, remembered: boolean): void => {
    const r = radii[n.ring - 1]!;
    const half = halfAngle(n.size.radius, r);
    const ring = occupants[n.ring - 1]!;
    const free = remembered && ring.every((o) => Math.abs(angleDelta(o.angle, desired)) >= (o.half + half) * (1 - CLEAR_SLACK));
    const angle = n.pin ?? (free ? desired : chooseSpot({ desired, half, weight: weightOf(n) * LIGHT }, ring));
    go(n, r, angle);
    ring.push({ angle, half, weight: weightOf(n) });
    done.add(n);
  };

  for (const n of nodes) {
    if (!moved.has(n)) continue;
    // Where the document remembers them, else where they stand: on a new ring, as near to it as there is room.
    const current = n.hint ?? polarAngle(n.x, n.y);
    const inside = n.arc === undefined ? current : intoArc(current, n.arc.centre, n.arc.half);
    put(n, inside, n.hint !== undefined && inside === current);
  }
  for (const n of nodes) {
    if (!entering.has(n)) continue;
    const tied = (neighbours.get(n) ?? []).filter(placed).map((m) => polarAngle(m.x, m.y));
    const nudge = ((n.hash / 4294967296) * 2 - 1) * NUDGE;
    const remembered = n.hint !== undefined && (n.arc === undefined || Math.abs(angleDelta(n.arc.centre, n.hint)) <= n.arc.half);
    const desired = remembered ? n.hint! : entryAngle(tied, occupants[n.ring - 1]!, n.arc, nudge, (n.hash / 4294967296) * FULL_TURN);
    put(n, desired, remembered);
  }
  for (const k of [...dirty].sort((a, b) => a - b)) {
    const members = nodes.filter((n) => n.ring === k);
    if (!ringAtHome(members, radii[k - 1]!)) repack(members, radii[k - 1]!, change.arcs[k - 1], done, go);
  }
}

/**
 * Packs one ring around everyone's home (within their sectors' arcs, if any) and sends (`go`) only those who had
 * to move to their new home. The people just placed (`light`) give way more than those who were there before.
 */
function repack(
  members: readonly LayoutNode[],
  r: number,
  arcs: RingArcs,
  light: ReadonlySet<LayoutNode>,
  go: (n: LayoutNode, r: number, angle: number) => void,
): void {
  const angles = packMembers(
    members,
    members.map((n) => n.home),
    r,
    arcs,
    light,
  );
  members.forEach((n, i) => {
    if (n.pin === undefined && Math.abs(angleDelta(n.home, angles[i]!)) >= 1e-9) go(n, r, angles[i]!);
  });
}

/** The angle itself if it lies in the arc, else the nearer end of the arc. */
function intoArc(angle: number, centre: number, half: number): number {
  const offset = angleDelta(centre, angle);
  return Math.abs(offset) <= half ? angle : centre + Math.sign(offset) * half;
}
