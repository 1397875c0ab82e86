import { angleDelta, polarAngle } from './angles.ts';
import type { LayoutNode } from './layout-node.ts';

/** A d3 force that draws every free person back along their ring to their home angle. */
export interface HomeForce {
  (): void;
  /** Called by the simulation with its nodes. */
  initialize(nodes: LayoutNode[]): void;
  /** Sets how hard people are drawn home, as the share of the angular offset made up per tick; default 0.5. */
  strength(value: number): HomeForce;
}

/**
 * An angular spring that acts only along the ring (tangentially), so it never pulls anyone off their ring. Each
 * free person is drawn towards their `home` angle, the place seeding or an update chose for them. Freshly placed
 * people are at home, so the force is silent until something displaces them: a collision with a newcomer, or a
 * person dragged through their spot. Then it brings them back, and the layout returns to the picture the user
 * already knew. Like the ring force, it ignores the simulation's heat: scaled by a fading heat, a spring runs out
 * of pull before the person is home, and the picture would keep whatever dent the last drag left.
 */
export function homeForce(): HomeForce {
  let nodes: LayoutNode[] = [];
  let strength = 0.5;

  const force = ((): void => {
    const k = strength;
    for (const node of nodes) {
      if (node.fx !== null) continue;
      const angle = polarAngle(node.x, node.y);
      const offset = angleDelta(angle, node.home);
      if (offset === 0) continue;
      // Along the clockwise tangent (cos θ, sin θ), by the arc length the offset stands for.
      const arc = offset * Math.hypot(node.x, node.y) * k;
      node.vx += Math.cos(angle) * arc;
      node.vy += Math.sin(angle) * arc;
    }
  }) as HomeForce;

  force.initialize = (next: LayoutNode[]): void => {
    nodes = next;
  };
  force.strength = (value: number): HomeForce => {
    strength = value;
    return force;
  };
  return force;
}
