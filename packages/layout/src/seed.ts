import { FULL_TURN, halfAngle, polarPoint } from './angles.ts';
import { placeIncremental } from './place-incremental.ts';
import { outsideArc } from './rest-check.ts';
import type { LayoutLink, LayoutNode } from './layout-node.ts';
import { packMembers, type RingArcs } from './pack-members.ts';
import type { TieSpec } from './read-inventory.ts';
import { relaxAngles } from './relax.ts';
import { sectorIndex, type Sector } from './sectors.ts';
import { tieOrder } from './tie-order.ts';
import { TUNING } from './tuning.ts';

/**
 * Places every person of a fresh layout on their ring, at rest, so that the simulation has nothing left to do.
 *
 * People are read in `tieOrder` (by sector when sectors are on, then along ties, then by hash), and each ring lays
 * its people out in that order. Without sectors, a ring spreads its people evenly, each taking room in proportion
 * to its size, and is turned so that everyone sits as near as possible to their place in the global order, which
 * lines up tied people across rings. With sectors, each sector's people are spread evenly over the sector's arc of
 * the ring. Pinned people sit at their pin. `packMembers` removes any overlap, and these angles become everyone's
 * home; then `relaxAngles` lets ties draw people towards each other, as far as their homes allow. A generator,
 * pausing after the order is worked out, after each ring and after each round of `relaxAngles`.
 */
export function* seedFresh(
  nodes: readonly LayoutNode[],
  radii: readonly number[],
  arcs: readonly RingArcs[],
  ties: readonly TieSpec[],
): Generator<void, void, undefined> {
  const sectors = arcs.some((a) => a !== undefined);
  const links = weightedLinks(nodes, ties);
  const rank = tieOrder(
    nodes.map((n) => {
      const group = sectorIndex(n.sector);
      return { id: n.id, hash: n.hash, block: sectors ? group : 0, group };
    }),
    links.map((l) => [l.source.id, l.target.id] as const),
  );
  const total = Math.max(1, nodes.length);
  yield;
  for (let k = 1; k <= radii.length; k++) {
    const r = radii[k - 1]!;
    const ringArcs = arcs[k - 1];
    const members = nodes.filter((n) => n.ring === k).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    const free = members.filter((n) => n.pin === undefined);
    const desired = new Map<LayoutNode, number>();
    if (ringArcs !== undefined) {
      const bySector = new Map<Sector, LayoutNode[]>();
      for (const n of free) {
        const group = bySector.get(n.sector);
        if (group) group.push(n);
        else bySector.set(n.sector, [n]);
      }
      for (const [sector, group] of bySector) {
        const arc = ringArcs[sector];
        spreadOver(group, r, arc.centre - arc.half, 2 * arc.half, desired);
      }
    } else {
      spreadOver(free, r, 0, FULL_TURN, desired);
      // Turn the ring so that people sit near their place in the global order: the circular mean of the offsets.
      let sx = 0;
      let sy = 0;
      for (const n of free) {
        const offset = (rank.get(n.id)! / total) * FULL_TURN - desired.get(n)!;
        sx += Math.sin(offset);
        sy += Math.cos(offset);
      }
      const turn = sx === 0 && sy === 0 ? 0 : Math.atan2(sx, sy);
      for (const n of free) desired.set(n, desired.get(n)! + turn);
    }
    const angles = packMembers(
      members,
      members.map((n) => desired.get(n) ?? 0),
      r,
      ringArcs,
    );
    members.forEach((n, i) => {
      n.home = n.pin ?? angles[i]!;
      const p = polarPoint(r, n.home);
      n.x = p.x;
      n.y = p.y;
      n.vx = 0;
      n.vy = 0;
    });
    yield;
  }
  yield* relaxAngles(nodes, radii, arcs, links, TUNING.relaxRounds);
}

/**
 * Spreads people in order over an arc, each taking room in proportion to its size and the slack shared out
 * equally, and records each one's angle. An arc too short for its people is widened around its centre.
 */
function spreadOver(group: readonly LayoutNode[], r: number, start: number, width: number, into: Map<LayoutNode, number>): void {
  if (group.length === 0) return;
  const halves = group.map((n) => halfAngle(n.size.radius, r));
  const room = halves.reduce((sum, h) => sum + 2 * h, 0);
  const slack = Math.max(0, width - room) / group.length;
  let at = start - Math.max(0, room - width) / 2 + slack / 2;
  group.forEach((n, i) => {
    into.set(n, at + halves[i]!);
    at += 2 * halves[i]! + slack;
  });
}

/** The ties as springs: `TUNING.tieWeight` shared by the lesser number of ties of the two ends. */
function weightedLinks(nodes: readonly LayoutNode[], ties: readonly TieSpec[]): LayoutLink[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const degree = new Map<string, number>();
  for (const t of ties) for (const id of [t.a, t.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return ties.map((t) => ({
    id: t.id,
    source: byId.get(t.a)!,
    target: byId.get(t.b)!,
    weight: TUNING.tieWeight / Math.min(degree.get(t.a)!, degree.get(t.b)!),
  }));
}

/**
 * Places every person of a fresh layout from what the inventory remembers (SPEC L16): a pinned person at their
 * pin, a person with a hint exactly at it, unless it now lies outside their sector's arc (then they move into the
 * arc, as near to it as there is room) or overlaps someone; people without a hint (added by another tool, or by a
 * command without a map) enter as they would enter a running layout, beside the people they are tied to or in
 * the widest gap of their ring. A ring whose people overlap is packed around their homes. The same inventory
 * therefore always gives the same picture, and an inventory whose hints the map wrote gives exactly the picture
 * the map showed.
 */
export function seedFromHints(nodes: readonly LayoutNode[], radii: readonly number[], arcs: readonly RingArcs[], ties: readonly TieSpec[]): void {
  const entering = new Set<LayoutNode>();
  const moved = new Set<LayoutNode>();
  const placed = new Set<LayoutNode>();
  for (const n of nodes) {
    const r = radii[n.ring - 1]!;
    n.vx = n.vy = 0;
    const angle = n.pin ?? n.hint;
    if (angle === undefined) {
      entering.add(n);
      continue;
    }
    n.home = angle;
    const p = polarPoint(r, angle);
    n.x = p.x;
    n.y = p.y;
    if (n.pin === undefined && outsideArc(n, angle, r)) moved.add(n);
    else placed.add(n);
  }
  placeIncremental({ nodes, entering, moved, resized: placed, previousRadii: radii, radii, ties, arcs, animate: false });
}
