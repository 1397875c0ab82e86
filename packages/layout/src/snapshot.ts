import { polarAngle, toDegrees } from './angles.ts';
import type { LayoutNode } from './layout-node.ts';
import type { SectorRange } from './sectors.ts';

/** Where one person is drawn. */
export interface NodePosition {
  /** The person's id. */
  readonly id: string;
  /** Horizontal position; the client is at 0. */
  readonly x: number;
  /** Vertical position, growing downward as in SVG; the client is at 0. */
  readonly y: number;
  /** The person's angle in degrees clockwise from 12 o'clock, in [0, 360): what `setPin` takes. */
  readonly angle: number;
  /** The closeness ring the layout holds the person on, 1 = innermost. */
  readonly ring: number;
  /** The collision radius: the circle around (x, y) that no other person's circle overlaps. */
  readonly radius: number;
  /** The label width the layout made room for; longer labels should be cut off with an ellipsis at this width. */
  readonly labelWidth: number;
  /** Whether the person is pinned (held at `person.pin`). */
  readonly pinned: boolean;
}

/** A picture of the layout at one moment: plain immutable data, safe to keep and to hand to a renderer. */
export interface LayoutSnapshot {
  /** Every person's position, by id, in id order. */
  readonly positions: ReadonlyMap<string, NodePosition>;
  /** The radius of every ring, innermost first; there is one per ring in the settings, even an empty one. */
  readonly ringRadii: readonly number[];
  /** The sectors' angular ranges when `settings.sectors` is on, otherwise empty. */
  readonly sectors: readonly SectorRange[];
  /**
   * The radius of a circle around the client that encloses everything drawn: rings, symbols and labels. A view
   * box of `-extent -extent 2·extent 2·extent` shows the whole map.
   */
  readonly extent: number;
}

/** Builds a snapshot from the engine's nodes. */
export function takeSnapshot(client: LayoutNode, people: readonly LayoutNode[], ringRadii: readonly number[], sectors: readonly SectorRange[]): LayoutSnapshot {
  const positions = new Map<string, NodePosition>();
  let extent = Math.max(ringRadii[ringRadii.length - 1] ?? 0, reach(client));
  for (const n of people) {
    positions.set(n.id, {
      id: n.id,
      x: n.x,
      y: n.y,
      angle: toDegrees(polarAngle(n.x, n.y)),
      ring: n.ring,
      radius: n.size.radius,
      labelWidth: n.size.labelWidth,
      pinned: n.pin !== undefined,
    });
    extent = Math.max(extent, reach(n));
  }
  return { positions, ringRadii: ringRadii.slice(), sectors: sectors.slice(), extent };
}

/** How far from the centre the farthest corner of a node's symbol-and-label box lies. */
function reach(n: LayoutNode): number {
  const x = Math.abs(n.x) + n.size.halfWidth;
  const y = Math.max(Math.abs(n.y - n.size.above), Math.abs(n.y + n.size.below));
  return Math.hypot(x, y);
}
