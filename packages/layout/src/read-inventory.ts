import { MAX_RINGS, MIN_RINGS, type Category, type Inventory } from '@relmap/core';
import { toRadians } from './angles.ts';
import { compareIds, fnv1a } from './hash.ts';
import { nodeSize, type NodeSize } from './node-size.ts';
import type { ResolvedOptions } from './options.ts';
import { sectorOf, type Sector } from './sectors.ts';

/** What the layout needs to know about one person. */
export interface PersonSpec {
  /** The person's id. */
  readonly id: string;
  /** The id's FNV-1a hash. */
  readonly hash: number;
  /** The ring, clamped to the inventory's ring count. */
  readonly ring: number;
  /** The person's category. */
  readonly category: Category;
  /** The sector of that category. */
  readonly sector: Sector;
  /** The label text, from the `label` option. */
  readonly label: string;
  /** Room taken by symbol and label. */
  readonly size: NodeSize;
  /** The pinned angle in radians, if pinned. */
  readonly pin: number | undefined;
  /** Where the layout last settled the person (`person.hint`), in radians; `undefined` when pinned or never laid out. */
  readonly hint: number | undefined;
}

/** A person-to-person tie between two people who are both in the inventory. */
export interface TieSpec {
  /** The tie's id. */
  readonly id: string;
  /** One end (a person id). */
  readonly a: string;
  /** The other end (a person id). */
  readonly b: string;
}

/** The inventory reduced to what the layout reads, in an order that does not depend on the order of records. */
export interface LayoutInput {
  /** The ring count, 2 to 5. */
  readonly rings: number;
  /** Whether people gather in sectors. */
  readonly sectors: boolean;
  /** The people, sorted by id. */
  readonly people: readonly PersonSpec[];
  /** The ties, sorted by id; ties to unknown people and second ties between the same two people are dropped. */
  readonly ties: readonly TieSpec[];
  /** Room taken by the client's symbol and label. */
  readonly client: NodeSize;
  /** The remembered ring radii (`settings.ringRadii`), when there is a usable one per ring. */
  readonly ringRadii: readonly number[] | undefined;
}

/**
 * Reads an inventory for layout. Everything is sorted by id, so that two inventories holding the same records in
 * different orders give identical input. Out-of-range data (a ring beyond the ring count, a non-finite pin) is
 * clamped or ignored rather than thrown on: the layout draws whatever it is given, and validation is core's job.
 */
export function readInventory(inventory: Inventory, options: ResolvedOptions): LayoutInput {
  const rings = clampRing(inventory.settings.rings, MIN_RINGS, MAX_RINGS, 3);
  const people = Object.keys(inventory.people)
    .sort(compareIds)
    .map((id): PersonSpec => {
      const person = inventory.people[id]!;
      const label = options.label(person);
      const angle = person.pin?.angle;
      const hint = person.hint?.angle;
      const pin = angle !== undefined && Number.isFinite(angle) ? toRadians(angle) : undefined;
      return {
        id,
        hash: fnv1a(id),
        ring: clampRing(person.tie.ring, 1, rings, rings),
        category: person.category,
        sector: sectorOf(person.category),
        label,
        size: nodeSize(label, options.nodeRadius, options),
        pin,
        hint: pin === undefined && hint !== undefined && Number.isFinite(hint) ? toRadians(hint) : undefined,
      };
    });
  const known = new Set(people.map((p) => p.id));
  const seen = new Set<string>();
  const ties: TieSpec[] = [];
  for (const id of Object.keys(inventory.ties).sort(compareIds)) {
    const { a, b } = inventory.ties[id]!;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (a === b || !known.has(a) || !known.has(b) || seen.has(key)) continue;
    seen.add(key);
    ties.push({ id, a, b });
  }
  const remembered = inventory.settings.ringRadii;
  const usable = remembered?.length === rings && remembered.every((r) => Number.isFinite(r) && r > 0);
  return {
    rings,
    ringRadii: usable ? remembered.slice() : undefined,
    sectors: inventory.settings.sectors === true,
    people,
    ties,
    client: nodeSize(inventory.client.label, options.clientRadius, options),
  };
}

function clampRing(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}
