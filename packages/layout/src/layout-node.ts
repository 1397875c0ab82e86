import type { Category } from '@relmap/core';
import type { NodeSize } from './node-size.ts';
import type { PersonSpec } from './read-inventory.ts';
import type { Sector, SectorArc } from './sectors.ts';

/**
 * One node of the simulation: a plain mutable object owned by the engine. d3 writes `x`, `y`, `vx`, `vy` and
 * `index` into it on every tick, which is why it is never an inventory object (those are frozen).
 */
export interface LayoutNode {
  /** The person's id; empty for the client. */
  readonly id: string;
  /** Whether this is the client at the centre. */
  readonly client: boolean;
  /** The id's hash, for deterministic tie-breaks. */
  readonly hash: number;
  /** Set by d3: the node's position in the simulation's node array. */
  index?: number;
  /** Horizontal position; 0 is the centre. */
  x: number;
  /** Vertical position, growing downward; 0 is the centre. */
  y: number;
  /** Horizontal velocity, in units per tick. */
  vx: number;
  /** Vertical velocity, in units per tick. */
  vy: number;
  /** A fixed x (the client, a pinned or a dragged person), or `null` when the forces place the node. */
  fx: number | null;
  /** A fixed y, like `fx`. */
  fy: number | null;
  /** The closeness ring, 1 = innermost; 0 for the client. */
  ring: number;
  /** The person's category. */
  category: Category;
  /** The sector the category belongs to. */
  sector: Sector;
  /** The label text the size was computed for. */
  label: string;
  /** Room taken by symbol and label. */
  size: NodeSize;
  /** The pinned angle in radians, or `undefined` when the layout places the person. */
  pin: number | undefined;
  /** The remembered angle (`person.hint`) in radians, or `undefined`; ignored while pinned. */
  hint: number | undefined;
  /** The radius the radial force holds the node at: its ring's radius (0 for the client). */
  target: number;
  /**
   * The angle in radians the node returns to when something pushed it away: where it was seeded or placed, or
   * its pin. The home force draws it back.
   */
  home: number;
  /** The angular range the sector force keeps the node in, or `undefined` when sectors are off. */
  arc: SectorArc | undefined;
}

/** A person-to-person tie as a spring for seeding (see `relaxAngles`). */
export interface LayoutLink {
  /** The tie's id. */
  readonly id: string;
  /** One end. */
  readonly source: LayoutNode;
  /** The other end. */
  readonly target: LayoutNode;
  /** How hard the tie pulls its ends towards each other's angle, relative to the pull of a node's home. */
  weight: number;
}

/** A new node for a person, not yet placed: seeding or an incremental update gives it its position and home. */
export function createNode(spec: PersonSpec): LayoutNode {
  return {
    id: spec.id,
    client: false,
    hash: spec.hash,
    x: 0,
    y: 0,
    vx: 0,
    vy: 0,
    fx: null,
    fy: null,
    ring: spec.ring,
    category: spec.category,
    sector: spec.sector,
    label: spec.label,
    size: spec.size,
    pin: spec.pin,
    hint: spec.hint,
    target: 0,
    home: 0,
    arc: undefined,
  };
}

/** The client at the centre, pinned there (`fx`, `fy`), with no label room of its own beyond its radius. */
export function createClientNode(radius: number): LayoutNode {
  return {
    id: '',
    client: true,
    hash: 0,
    x: 0,
    y: 0,
    vx: 0,
    vy: 0,
    fx: 0,
    fy: 0,
    ring: 0,
    category: 'other',
    sector: 'services',
    label: '',
    size: { labelWidth: 0, halfWidth: 0, above: 0, below: 0, radius },
    pin: undefined,
    hint: undefined,
    target: 0,
    home: 0,
    arc: undefined,
  };
}
