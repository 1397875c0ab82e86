import { angleDelta, halfAngle } from './angles.ts';
import type { LayoutNode } from './layout-node.ts';
import { packAroundPins } from './pack-pins.ts';
import { packArc, type RingItem } from './pack-ring.ts';
import { SECTORS, type Sector, type SectorArc } from './sectors.ts';

/** How strongly a pinned person holds their angle while a ring is packed: effectively immovable. */
export const PINNED_WEIGHT = 1e6;

/** How much less a newcomer weighs than someone already on the ring, when the ring is packed. */
export const LIGHT = 0.1;

/** How hard a person is to push aside when a ring is packed: their area, as in d3's collision force. */
export function weightOf(node: LayoutNode): number {
  return node.size.radius ** 2;
}

const NOBODY: ReadonlySet<LayoutNode> = new Set();

/** The arcs one ring is divided into, by sector; `undefined` when sectors are off. */
export type RingArcs = Readonly<Record<Sector, SectorArc>> | undefined;

/**
 * Packs the people of one ring of radius `r` around their desired angles (`desired[i]` for `members[i]`), with no
 * overlap, and returns their angles in the same order. Pinned people want their pin and weigh so much that the
 * others move around them. People weigh by their area, as d3's collision force shares out a push, so a packed
 * cluster rests where the simulation's would. With sectors, each sector's people are packed within their
 * sector's arc of the ring (a pinned person counts with whichever arc holds their pin), and then once more around
 * the whole ring, which only moves anyone if a pin stands in the way; without sectors, around the whole ring.
 * People in `light` (newcomers) weigh a tenth as much, so that they, rather than the people already
 * there, make most of the way to free room.
 */
export function packMembers(
  members: readonly LayoutNode[],
  desired: readonly number[],
  r: number,
  arcs: RingArcs,
  light: ReadonlySet<LayoutNode> = NOBODY,
): number[] {
  const items = members.map((n, i): RingItem => ({
    desired: n.pin ?? desired[i]!,
    half: halfAngle(n.size.radius, r),
    weight: n.pin !== undefined ? PINNED_WEIGHT : weightOf(n) * (light.has(n) ? LIGHT : 1),
  }));
  const pinned = members.map((n) => n.pin !== undefined);
  if (arcs === undefined) return packAroundPins(items, pinned);
  const angles = new Array<number>(members.length);
  for (const sector of SECTORS) {
    const arc = arcs[sector];
    const at: number[] = [];
    members.forEach((n, i) => {
      if ((n.pin === undefined ? n.sector : arcHolding(arcs, n.pin)) === sector) at.push(i);
    });
    if (at.length === 0) continue;
    const packed = packArc(
      at.map((i) => items[i]!),
      arc,
    );
    at.forEach((i, j) => (angles[i] = packed[j]!));
  }
  // A pinned person may stand anywhere, even across an arc's end, where the arcs alone cannot see them: one
  // pass around the whole ring clears that, and leaves everything else exactly where the arcs put it.
  return packAroundPins(
    items.map((item, i) => (pinned[i] ? item : { ...item, desired: angles[i]! })),
    pinned,
  );
}

/** The sector whose arc holds an angle. */
function arcHolding(arcs: Readonly<Record<Sector, SectorArc>>, angle: number): Sector {
  let best: Sector = SECTORS[0]!;
  let nearest = Infinity;
  for (const s of SECTORS) {
    const outside = Math.abs(angleDelta(arcs[s].centre, angle)) - arcs[s].half;
    if (outside < nearest) {
      nearest = outside;
      best = s;
    }
  }
  return best;
}
