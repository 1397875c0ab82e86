import { PROBLEM_AREAS, type Id, type Inventory, type ProblemArea } from '@relmap/core';
import { formatNumber, type Point } from './geometry.ts';

/** One focus a person is part of: its problem area, and whether it is the primary focus. */
export interface FocusMark {
  readonly area: ProblemArea;
  readonly primary: boolean;
}

/** What the formulation says about one person: the focus entries they are in, and how many life events concern them. */
export interface PersonFormulation {
  /** The primary focus first, then the problem areas in their fixed order; one mark per area. */
  readonly marks: readonly FocusMark[];
  /** How many life events name this person. */
  readonly events: number;
}

const NONE: PersonFormulation = { marks: [], events: 0 };
const cache = new WeakMap<Inventory, ReadonlyMap<Id, PersonFormulation>>();

/**
 * Every person's part in the formulation (rule V31): the problem areas of the focus entries that name them (an area
 * in two entries is marked once, primary if either is) and the number of life events that name them. People who
 * are in no focus and no event are left out; ids that are not people of the inventory are ignored.
 */
export function formulationOf(inventory: Inventory): ReadonlyMap<Id, PersonFormulation> {
  const known = cache.get(inventory);
  if (known) return known;
  const areas = new Map<Id, Map<ProblemArea, boolean>>();
  const events = new Map<Id, number>();
  const isPerson = (id: Id): boolean => Object.hasOwn(inventory.people, id);
  for (const focus of Object.values(inventory.focus)) {
    for (const id of new Set(focus.people)) {
      if (!isPerson(id)) continue;
      const mine = areas.get(id) ?? new Map<ProblemArea, boolean>();
      mine.set(focus.area, (mine.get(focus.area) ?? false) || focus.primary);
      areas.set(id, mine);
    }
  }
  for (const event of Object.values(inventory.events)) {
    for (const id of new Set(event.people)) if (isPerson(id)) events.set(id, (events.get(id) ?? 0) + 1);
  }
  const out = new Map<Id, PersonFormulation>();
  for (const id of new Set([...areas.keys(), ...events.keys()])) {
    const mine = areas.get(id);
    const marks = PROBLEM_AREAS.filter((a) => mine?.has(a))
      .map((area): FocusMark => ({ area, primary: mine!.get(area)! }))
      .sort((a, b) => Number(b.primary) - Number(a.primary));
    out.set(id, { marks, events: events.get(id) ?? 0 });
  }
  cache.set(inventory, out);
  return out;
}

/** A person's part in the formulation; nothing for someone in no focus and no event. */
export function personFormulation(inventory: Inventory, id: Id): PersonFormulation {
  return formulationOf(inventory).get(id) ?? NONE;
}

/**
 * The focus marks' geometry, in layout units from the centre of a person's symbol: each mark is a rounded square
 * (`half` from its centre to an edge; a primary mark is larger), set on a circle of radius `rim` at the angles given
 * (degrees, clockwise from 3 o'clock), from the lower left round to the left and below, away from the category
 * badge (upper right). The life-events mark is a small calendar at the lower right.
 */
export const MARK = {
  rim: 20,
  angles: [135, 180, 90, 225],
  half: 6.5,
  primaryHalf: 7.5,
  glyph: 4.6,
  primaryGlyph: 5.4,
  events: { x: 15, y: 15, half: 4.5 },
} as const;

/**
 * How much the marks are enlarged at the zoom `k` (rule V33): not at all from a zoom of `MARK_ZOOM.from` up, then
 * in inverse proportion to the zoom, up to `MARK_ZOOM.most` times, so that a mark stays big enough to read at Fit
 * on a full map while a zoomed-out map does not turn into marks alone. The styles scale the marks the same way.
 */
export const MARK_ZOOM = { from: 0.8, most: 1.7 } as const;

/** The factor the marks are drawn at, at the zoom `k`. */
export function markScale(k: number): number {
  if (!Number.isFinite(k) || k <= 0) return 1;
  return Math.min(MARK_ZOOM.most, Math.max(1, MARK_ZOOM.from / k));
}

/** An obstacle that a label must not cover: a circle around one mark, relative to the person's centre. */
export interface MarkCircle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** The centre of the `i`-th focus mark of a person (there are at most four, one per problem area). */
export function markCentre(i: number): Point {
  const angle = ((MARK.angles[i % MARK.angles.length] ?? 135) * Math.PI) / 180;
  return { x: round(Math.cos(angle) * MARK.rim), y: round(Math.sin(angle) * MARK.rim) };
}

/**
 * The circles a person's marks cover (rule V33), so that the label placement keeps labels off them: one per focus
 * mark, and one for the life-events mark when there are events; `scale` is `markScale` of the zoom.
 */
export function markCircles(f: { readonly marks: readonly FocusMark[]; readonly events: number }, scale = 1): MarkCircle[] {
  const out: MarkCircle[] = f.marks.map((m, i) => ({ ...markCentre(i), r: (m.primary ? MARK.primaryHalf : MARK.half) * Math.SQRT2 }));
  if (f.events > 0) out.push({ x: MARK.events.x, y: MARK.events.y, r: MARK.events.half * Math.SQRT2 });
  return out.map((c) => ({ x: c.x * scale, y: c.y * scale, r: c.r * scale }));
}

type Shape = readonly number[];

// Glyphs on a unit square centred on 0 (y down), simple filled shapes that stay apart at 8 px: a tear (grief), a
// lightning bolt (a dispute), an arrow (a transition, from one role to the next), a speech bubble (sensitivity in
// relating to others).
const SHAPES: Readonly<Record<Exclude<ProblemArea, 'grief'>, Shape>> = {
  'role-dispute': [0.32, -0.98, -0.62, 0.14, -0.06, 0.14, -0.32, 0.98, 0.62, -0.16, 0.06, -0.16],
  'role-transition': [-0.95, -0.26, 0.12, -0.26, 0.12, -0.78, 0.98, 0, 0.12, 0.78, 0.12, 0.26, -0.95, 0.26],
  'interpersonal-deficits': [-0.95, -0.78, 0.95, -0.78, 0.95, 0.38, -0.05, 0.38, -0.55, 0.95, -0.45, 0.38, -0.95, 0.38],
};

/**
 * The glyph of a problem area as path data, centred on `at` and reaching `size` from it, to be filled: a tear for
 * grief, a lightning bolt for a role dispute, an arrow for a role transition, a speech bubble for interpersonal
 * sensitivity (`interpersonal-deficits`). Empty for a non-finite centre, a size that is not positive or an unknown area.
 */
export function problemAreaGlyph(area: ProblemArea, at: Point, size: number): string {
  if (![at.x, at.y, size].every(Number.isFinite) || size <= 0) return '';
  const p = (x: number, y: number): string => `${formatNumber(at.x + x * size)} ${formatNumber(at.y + y * size)}`;
  if (area === 'grief') {
    const r = formatNumber(0.62 * size);
    return `M${p(0, -0.98)}C${p(0.22, -0.55)} ${p(0.62, -0.12)} ${p(0.62, 0.3)}A${r} ${r} 0 0 1 ${p(-0.62, 0.3)}C${p(-0.62, -0.12)} ${p(-0.22, -0.55)} ${p(0, -0.98)}Z`;
  }
  const shape = Object.hasOwn(SHAPES, area) ? SHAPES[area] : undefined;
  if (!shape) return '';
  let d = '';
  for (let i = 0; i < shape.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${p(shape[i]!, shape[i + 1]!)}`;
  return `${d}Z`;
}

/** A rounded square centred on `at`, `half` from its centre to each edge, as path data: a focus mark's plate. */
export function markPlate(at: Point, half: number): string {
  if (![at.x, at.y, half].every(Number.isFinite) || half <= 0) return '';
  const r = half * 0.35;
  const f = formatNumber;
  const [l, t, rr, b] = [at.x - half, at.y - half, at.x + half, at.y + half];
  return (
    `M${f(l + r)} ${f(t)}H${f(rr - r)}A${f(r)} ${f(r)} 0 0 1 ${f(rr)} ${f(t + r)}V${f(b - r)}A${f(r)} ${f(r)} 0 0 1 ${f(rr - r)} ${f(b)}` +
    `H${f(l + r)}A${f(r)} ${f(r)} 0 0 1 ${f(l)} ${f(b - r)}V${f(t + r)}A${f(r)} ${f(r)} 0 0 1 ${f(l + r)} ${f(t)}Z`
  );
}

/** The life-events mark: a small calendar page (its outline, and its top band filled), centred on `at`. */
export function calendarMark(at: Point, half: number): { page: string; band: string } {
  if (![at.x, at.y, half].every(Number.isFinite) || half <= 0) return { page: '', band: '' };
  const f = formatNumber;
  const [l, t, r, b] = [at.x - half, at.y - half, at.x + half, at.y + half];
  return {
    page: `M${f(l)} ${f(t)}H${f(r)}V${f(b)}H${f(l)}Z`,
    band: `M${f(l)} ${f(t)}H${f(r)}V${f(t + half * 0.75)}H${f(l)}Z`,
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
