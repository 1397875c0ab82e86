import { angleDelta, halfAngle, polarAngle } from './angles.ts';
import type { LayoutNode } from './layout-node.ts';

/** A d3 force that keeps people inside the angular range of their sector. */
export interface SectorForce {
  (alpha: number): void;
  /** Called by the simulation with its nodes. */
  initialize(nodes: LayoutNode[]): void;
  /** Sets how hard nodes outside their range are pulled back; default 0.5. */
  strength(value: number): SectorForce;
}

/**
 * A tangential force for angular sectors. A node whose angle lies outside its `arc` (by more than its own
 * half-width, so that nodes at a sector's edge may straddle it) is pushed along its ring towards the range, in
 * proportion to how far outside it is. Inside the range nothing happens: within a sector, collisions and ties
 * arrange people, and a small change of the ranges after an edit moves nobody who is still inside. Nodes without
 * an arc, and fixed nodes, are left alone.
 */
export function sectorForce(): SectorForce {
  let nodes: LayoutNode[] = [];
  let strength = 0.5;

  const force = ((alpha: number): void => {
    for (const node of nodes) {
      const arc = node.arc;
      if (arc === undefined || node.fx !== null) continue;
      const r = Math.hypot(node.x, node.y);
      if (r < 1e-6) continue;
      const angle = polarAngle(node.x, node.y);
      const offset = angleDelta(arc.centre, angle);
      const excess = Math.abs(offset) - arc.half - halfAngle(node.size.radius, r);
      if (excess <= 0) continue;
      // Clockwise tangent at this angle is (cos θ, sin θ); push against the sign of the offset.
      const push = -Math.sign(offset) * excess * r * strength * alpha;
      node.vx += Math.cos(angle) * push;
      node.vy += Math.sin(angle) * push;
    }
  }) as SectorForce;

  force.initialize = (next: LayoutNode[]): void => {
    nodes = next;
  };
  force.strength = (value: number): SectorForce => {
    strength = value;
    return force;
  };
  return force;
}
