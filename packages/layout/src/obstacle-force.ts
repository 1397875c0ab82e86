import type { LayoutNode } from './layout-node.ts';

/** A d3 force that keeps free people out of the way of fixed ones. */
export interface ObstacleForce {
  (): void;
  /** Called by the simulation with its nodes. */
  initialize(nodes: LayoutNode[]): void;
}

/**
 * Makes fixed nodes (the client, a pinned person, a person being dragged) immovable obstacles. d3's collision
 * force shares every push between the two nodes by their size, and a fixed node simply drops its share, so a
 * neighbour that its home spring pulls back keeps sinking into a dragged person. Run after the collision force,
 * this moves every free node that would overlap a fixed one in the coming tick out to the fixed node's edge.
 * There are few fixed nodes, so checking each against everyone costs little.
 */
export function obstacleForce(): ObstacleForce {
  let nodes: LayoutNode[] = [];
  let fixed: LayoutNode[] = [];

  const force = ((): void => {
    fixed.length = 0;
    for (const node of nodes) if (node.fx !== null) fixed.push(node);
    for (const obstacle of fixed) {
      for (const node of nodes) {
        if (node.fx !== null) continue;
        const dx = node.x + node.vx - obstacle.x;
        const dy = node.y + node.vy - obstacle.y;
        const clear = node.size.radius + obstacle.size.radius;
        const distance = Math.hypot(dx, dy);
        if (distance >= clear || distance === 0) continue;
        const push = (clear - distance) / distance;
        node.vx += dx * push;
        node.vy += dy * push;
      }
    }
  }) as ObstacleForce;

  force.initialize = (next: LayoutNode[]): void => {
    nodes = next;
    fixed = [];
  };
  return force;
}
