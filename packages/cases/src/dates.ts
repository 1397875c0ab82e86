import type { PartialDate } from '@relmap/core';

/** A calendar date written as `YYYY-MM-DD`, such as a session date. */
export type IsoDate = string;

function parts(date: IsoDate): { year: number; month: number } {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}".`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/**
 * The month that lies `months` months before `date`, as a partial date `YYYY-MM`. The case sheets give losses as
 * "14 months ago", so the month is as precise as the source allows.
 */
export function monthsBefore(date: IsoDate, months: number): PartialDate {
  const { year, month } = parts(date);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * The year that lies `years` years before `date`, as a partial date `YYYY`. Used for losses the sheets give in
 * whole years ("11 years ago"), where a month would claim more precision than the source has.
 */
export function yearsBefore(date: IsoDate, years: number): PartialDate {
  return String(parts(date).year - years).padStart(4, '0');
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
