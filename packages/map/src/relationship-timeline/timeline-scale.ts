import { partialDateAt } from './timeline-dates.ts';
import type { TimelineItem } from './timeline-items.ts';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;
/** The closest two tick labels may come, in CSS pixels. */
const TICK_SPACING = 56;
/** The fewest pixels a year gets, so that a phone scrolls the axis rather than crushing it. */
const PX_PER_YEAR = 72;
const MIN_WIDTH = 360;

/** The time the axis shows, in milliseconds since 1970 (UTC). */
export interface Domain {
  readonly start: number;
  readonly end: number;
}

/** A tick of the axis: a calendar boundary, the partial date it begins, and whether it begins a year. */
export interface Tick {
  readonly time: number;
  readonly date: string;
  readonly precision: 'year' | 'month';
  readonly major: boolean;
}

/**
 * The time to show for the dated items: all of them with a twentieth of the range to spare on each side, and at
 * least a year, centred on them; a single item gets three times its own length, so that one year reads as a year
 * among others. `undefined` when no item has a date.
 */
export function timelineDomain(items: readonly TimelineItem[]): Domain | undefined {
  const spans = items.flatMap((i) => (i.span ? [i.span] : []));
  if (spans.length === 0) return undefined;
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const length = Math.max((end - start) * 1.1, YEAR, spans.length === 1 ? 3 * (end - start) : 0);
  const middle = (start + end) / 2;
  return { start: middle - length / 2, end: middle + length / 2 };
}

/** How wide the axis is drawn: the room it has, or more when that would give a year fewer than 72 pixels. */
export function axisWidth(domain: Domain, room: number): number {
  return Math.round(Math.max(room, MIN_WIDTH, ((domain.end - domain.start) / YEAR) * PX_PER_YEAR));
}

/** A position on an axis `width` pixels wide. */
export function scaleX(domain: Domain, width: number): (time: number) => number {
  const k = width / (domain.end - domain.start);
  return (time) => (time - domain.start) * k;
}

/**
 * The ticks of the axis: months (every 1, 2, 3 or 6) when the range is short enough for them to be `spacing`
 * pixels apart (56 by default; longer labels, such as dates relative to now, ask for more), otherwise years (every
 * 1, 2, 5, 10, 25, 50 or 100).
 */
export function axisTicks(domain: Domain, width: number, spacing = TICK_SPACING): Tick[] {
  const length = domain.end - domain.start;
  const fits = (unit: number): boolean => (width * unit) / length >= spacing;
  const monthStep = [1, 2, 3, 6].find((step) => fits(step * MONTH));
  if (monthStep !== undefined && length <= 3 * YEAR) return monthTicks(domain, monthStep);
  const yearStep = [1, 2, 5, 10, 25, 50, 100].find((step) => fits(step * YEAR)) ?? 100;
  return yearTicks(domain, yearStep);
}

function monthTicks(domain: Domain, step: number): Tick[] {
  const first = new Date(domain.start);
  const ticks: Tick[] = [];
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m++) {
    const time = Date.UTC(y, m, 1);
    if (time > domain.end) break;
    const month = new Date(time).getUTCMonth();
    if (time >= domain.start && month % step === 0) ticks.push({ time, date: partialDateAt(time, 'month'), precision: 'month', major: month === 0 });
  }
  return ticks;
}

function yearTicks(domain: Domain, step: number): Tick[] {
  const ticks: Tick[] = [];
  for (let y = new Date(domain.start).getUTCFullYear(); ; y++) {
    const time = Date.UTC(y, 0, 1);
    if (time > domain.end) break;
    if (time >= domain.start && y % step === 0) ticks.push({ time, date: partialDateAt(time, 'year'), precision: 'year', major: true });
  }
  return ticks;
}

/** Where an item's mark reaches on the axis, its label included, in pixels. */
export interface Extent {
  readonly left: number;
  readonly right: number;
}

/**
 * Stacks marks in lanes so that none overlaps another: each goes into the first lane (top first) whose last mark
 * ends `gap` pixels before it begins, in the order given. Returns each item's lane by key, and how many lanes.
 */
export function stackLanes(extents: ReadonlyMap<string, Extent>, gap = 8): { lanes: ReadonlyMap<string, number>; count: number } {
  const ends: number[] = [];
  const lanes = new Map<string, number>();
  for (const [key, e] of extents) {
    let lane = ends.findIndex((end) => end + gap <= e.left);
    if (lane === -1) lane = ends.length;
    ends[lane] = e.right;
    lanes.set(key, lane);
  }
  return { lanes, count: ends.length };
}
