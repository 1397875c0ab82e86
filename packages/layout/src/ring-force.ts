import { forceRadial } from 'd3-force';
import type { LayoutNode } from './layout-node.ts';

/** A d3 force that holds every person at their ring's radius. */
export interface RingForce {
  (): void;
  /** Called by the simulation with its nodes; reads each node's `target` radius. */
  initialize(nodes: LayoutNode[]): void;
}

/**
 * d3's radial force, holding each person at their ring's radius (`node.target`; the client is left alone), but
 * applied at full heat whatever the layout's heat. Scaled by the heat, as d3 does it, the pull fades as the layout
 * cools while collisions (which d3 never scales) keep shoving, so people end up off their rings for good; held at
 * full strength, a ring stays a ring. `strength` is the share of the radial offset made up per tick.
 */
export function ringForce(strength: number): RingForce {
  const radial = forceRadial<LayoutNode>((n) => n.target).strength((n) => (n.client ? 0 : strength));
  const force = ((): void => radial(1)) as RingForce;
  // The radial force takes no random source; it only reads the nodes.
  force.initialize = (nodes: LayoutNode[]): void => radial.initialize?.(nodes, () => 0);
  return force;
}
