import { angleDelta, polarAngle, polarPoint } from './angles.ts';
import type { LayoutLink, LayoutNode } from './layout-node.ts';
import { packMembers, type RingArcs } from './pack-members.ts';

/** How strongly a person holds on to their first, evenly spread angle, relative to the weight of a tie. */
export const HOME_WEIGHT = 1;

/**
 * Lets ties draw people together along their rings. Each person is held by a spring to their first, evenly
 * spread angle (`home`, weight `HOME_WEIGHT`) and by a spring to each person they are tied to (the tie's weight),
 * and moves to where those springs balance: the weighted mean of the angles. Each round takes that mean for
 * everyone at once and then packs every ring with `packMembers`, which stands in for collisions and keeps people
 * in their sector's arc. Pinned people stay at their pins. The
 * result becomes everyone's home, so the simulation starts at rest. Positions are updated in place. A generator,
 * pausing after each round, so that a caller can spread the rounds over several tasks (`LayoutEngine.updating`).
 */
export function* relaxAngles(
  nodes: readonly LayoutNode[],
  radii: readonly number[],
  arcs: readonly RingArcs[],
  links: readonly LayoutLink[],
  rounds: number,
): Generator<void, void, undefined> {
  const n = nodes.length;
  const at = new Map(nodes.map((node, i) => [node, i]));
  const angle = Float64Array.from(nodes, (node) => polarAngle(node.x, node.y));
  const push = new Float64Array(n);
  const total = new Float64Array(n);
  const rings = radii.map((): number[] => []);
  nodes.forEach((node, i) => rings[node.ring - 1]!.push(i));

  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < n; i++) {
      push[i] = HOME_WEIGHT * angleDelta(angle[i]!, nodes[i]!.home);
      total[i] = HOME_WEIGHT;
    }
    for (const link of links) {
      const a = at.get(link.source)!;
      const b = at.get(link.target)!;
      const d = angleDelta(angle[a]!, angle[b]!) * link.weight;
      push[a] = push[a]! + d;
      push[b] = push[b]! - d;
      total[a] = total[a]! + link.weight;
      total[b] = total[b]! + link.weight;
    }
    rings.forEach((members, k) => {
      const packed = packMembers(
        members.map((i) => nodes[i]!),
        members.map((i) => angle[i]! + push[i]! / total[i]!),
        radii[k]!,
        arcs[k],
      );
      members.forEach((i, j) => (angle[i] = packed[j]!));
    });
    yield;
  }
  nodes.forEach((node, i) => {
    node.home = node.pin ?? angle[i]!;
    const p = polarPoint(radii[node.ring - 1]!, node.home);
    node.x = p.x;
    node.y = p.y;
  });
}
