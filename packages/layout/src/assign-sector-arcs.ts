import { halfAngle } from './angles.ts';
import type { LayoutNode } from './layout-node.ts';
import { MAX_FILL } from './ring-geometry.ts';
import { ringSectorArcs, type Sector, type SectorArc, type SectorRange } from './sectors.ts';

/**
 * Divides every ring among the sectors (see `ringSectorArcs`, with `fill` the most of a sector's arc its people
 * may take up) and gives every node the arc of its sector on its ring. Returns the arcs by ring, innermost first;
 * with sectors off, clears every node's arc and returns `undefined` for every ring.
 */
export function assignSectorArcs(
  people: readonly LayoutNode[],
  radii: readonly number[],
  ranges: readonly SectorRange[],
  on: boolean,
  fill = MAX_FILL,
): (Record<Sector, SectorArc> | undefined)[] {
  if (!on) {
    for (const n of people) n.arc = undefined;
    return radii.map(() => undefined);
  }
  const room = radii.map((): Record<Sector, number> => ({ family: 0, friends: 0, work: 0, services: 0 }));
  for (const n of people) room[n.ring - 1]![n.sector] += 2 * halfAngle(n.size.radius, radii[n.ring - 1]!);
  const arcs = room.map((r) => ringSectorArcs(ranges, r, fill));
  for (const n of people) n.arc = arcs[n.ring - 1]![n.sector];
  return arcs;
}
