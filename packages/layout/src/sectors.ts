import type { Category } from '@relmap/core';
import { toRadians } from './angles.ts';

/** The four angular sectors people gather in when `settings.sectors` is on. */
export type Sector = 'family' | 'friends' | 'work' | 'services';

/** The sectors in clockwise order, starting with family centred at 12 o'clock. */
export const SECTORS: readonly Sector[] = ['family', 'friends', 'work', 'services'];

const SECTOR_OF: Readonly<Record<Category, Sector>> = {
  partner: 'family',
  parent: 'family',
  child: 'family',
  sibling: 'family',
  'other-family': 'family',
  friend: 'friends',
  neighbour: 'friends',
  colleague: 'work',
  professional: 'services',
  community: 'services',
  other: 'services',
};

/** The sector a category belongs to. */
export function sectorOf(category: Category): Sector {
  return SECTOR_OF[category] ?? 'services';
}

/** The index of a sector in `SECTORS`. */
export function sectorIndex(sector: Sector): number {
  return SECTORS.indexOf(sector);
}

/** One sector's angular range. Angles are degrees clockwise from 12 o'clock; `end` may exceed 360. */
export interface SectorRange {
  /** Which sector. */
  readonly sector: Sector;
  /** Where the range begins, in degrees; may be negative (family straddles 12 o'clock). */
  readonly start: number;
  /** Where it ends, in degrees; `end - start` is its width. */
  readonly end: number;
  /** How many people belong to it. */
  readonly count: number;
}

/**
 * Divides the circle among the sectors in proportion to how many people each holds, clockwise in `SECTORS` order,
 * with the family sector centred at 12 o'clock. An empty sector gets no width; with nobody at all, every range is
 * empty.
 */
export function sectorRanges(counts: Readonly<Record<Sector, number>>): SectorRange[] {
  const total = SECTORS.reduce((sum, s) => sum + counts[s], 0);
  const width = (s: Sector): number => (total === 0 ? 0 : (counts[s] / total) * 360);
  let start = -width('family') / 2;
  return SECTORS.map((sector) => {
    const range: SectorRange = { sector, start, end: start + width(sector), count: counts[sector] };
    start = range.end;
    return range;
  });
}

/** A sector's range as a centre and a half-width, in radians. */
export interface SectorArc {
  readonly centre: number;
  readonly half: number;
}

/** A sector range in the form the forces use. */
export function sectorArc(range: SectorRange): SectorArc {
  return { centre: toRadians((range.start + range.end) / 2), half: toRadians((range.end - range.start) / 2) };
}

/**
 * How one ring is divided among the sectors: contiguous arcs in `SECTORS` order that together make the full
 * circle, family centred at 12 o'clock. Each sector keeps its global share (`ranges`) where it can; a sector whose
 * people on this ring need more room than that (`room`, the angle in radians their collision circles take up,
 * divided by `fill`) gets the room it needs, and the others give it up in proportion to their shares. So every
 * sector's people fit inside its own arc, and sectors never interleave, even when one ring holds mostly family.
 */
export function ringSectorArcs(ranges: readonly SectorRange[], room: Readonly<Record<Sector, number>>, fill: number): Record<Sector, SectorArc> {
  const full = 2 * Math.PI;
  const share = (s: Sector): number => {
    const range = ranges.find((r) => r.sector === s)!;
    return toRadians(range.end - range.start);
  };
  const needed = (s: Sector): number => Math.min(full, room[s] / fill);
  const width = {} as Record<Sector, number>;
  const fixed = new Set<Sector>();
  // Water-filling: fix every sector that would get less than it needs, and share out what is left again.
  for (let pass = 0; pass <= SECTORS.length; pass++) {
    const free = SECTORS.filter((s) => !fixed.has(s));
    const left = full - [...fixed].reduce((sum, s) => sum + needed(s), 0);
    const shares = free.reduce((sum, s) => sum + share(s), 0);
    const freeRoom = free.reduce((sum, s) => sum + needed(s), 0);
    let changed = false;
    for (const s of free) {
      // With no shares to go by (nobody at all, or only sectors without a share), split by room.
      if (shares > 0) width[s] = (share(s) / shares) * left;
      else width[s] = freeRoom > 0 ? (needed(s) / freeRoom) * left : left / free.length;
      if (width[s] < needed(s) - 1e-12) {
        fixed.add(s);
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const s of fixed) width[s] = needed(s);
  const total = SECTORS.reduce((sum, s) => sum + width[s], 0);
  const arcs = {} as Record<Sector, SectorArc>;
  let start = -(width.family / total) * Math.PI;
  for (const s of SECTORS) {
    const w = (width[s] / total) * full;
    arcs[s] = { centre: start + w / 2, half: w / 2 };
    start += w;
  }
  return arcs;
}

/** How many people belong to each sector. */
export function countSectors(people: Iterable<{ readonly sector: Sector }>): Record<Sector, number> {
  const counts: Record<Sector, number> = { family: 0, friends: 0, work: 0, services: 0 };
  for (const p of people) counts[p.sector]++;
  return counts;
}
