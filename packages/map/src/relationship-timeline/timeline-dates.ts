import type { PartialDate } from '@relmap/core';

/**
 * Where a partial date sits in time: a year or a month is a span (the whole of it), a day is a point. Times are
 * milliseconds since 1970 in UTC, `end` exclusive; a day's point is its noon, so that it sits inside its day.
 */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly precision: 'year' | 'month' | 'day';
}

const DAY = 86_400_000;

/** The span of a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or `undefined` for text that is not one. */
export function dateSpan(date: PartialDate): DateSpan | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year' };
  const month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return undefined;
  if (m[3] === undefined) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1), precision: 'month' };
  const day = Number(m[3]);
  const start = Date.UTC(year, month, day);
  if (new Date(start).getUTCDate() !== day) return undefined;
  const noon = start + DAY / 2;
  return { start: noon, end: noon, precision: 'day' };
}

/** The partial date of a calendar point, as precise as asked: the tick labels read it back through the strings. */
export function partialDateAt(time: number, precision: 'year' | 'month'): PartialDate {
  const d = new Date(time);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  return precision === 'year' ? year : `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
