import type { PartialDate } from '@relmap/core';

/**
 * A partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) said relative to `now`, as a shared screen shows it: "this
 * month", "4 months ago", "2 years ago", "in 3 weeks". A date is only as precise as it was written: a year gives
 * years, a month gives months or years, a day gives days, weeks, months or years. `now` is passed in, so the
 * same call always gives the same words; the calendar fields are read in UTC. Returns `undefined` for a value that
 * is not a partial date.
 */
export function relativeDate(date: PartialDate, now: Date): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const nowYear = now.getUTCFullYear();
  const nowMonth = now.getUTCMonth() + 1;
  if (month === undefined) return phrase(nowYear - year, 'year', 'this year');
  const months = (nowYear - year) * 12 + (nowMonth - month);
  if (day === undefined) return Math.abs(months) >= 12 ? phrase(Math.trunc(months / 12), 'year') : phrase(months, 'month', 'this month');
  const days = Math.round((Date.UTC(nowYear, nowMonth - 1, now.getUTCDate()) - Date.UTC(year, month - 1, day)) / 86_400_000);
  if (Math.abs(days) < 14) return phrase(days, 'day', 'today');
  if (Math.abs(days) < 60) return phrase(Math.trunc(days / 7), 'week');
  if (Math.abs(months) < 12) return phrase(months, 'month');
  return phrase(Math.trunc(days / 365.25), 'year');
}

function phrase(amount: number, unit: 'day' | 'week' | 'month' | 'year', zero?: string): string {
  if (amount === 0) return zero ?? `this ${unit}`;
  if (amount === 1 && unit === 'day') return 'yesterday';
  if (amount === -1 && unit === 'day') return 'tomorrow';
  const n = Math.abs(amount);
  const words = `${n} ${unit}${n === 1 ? '' : 's'}`;
  return amount > 0 ? `${words} ago` : `in ${words}`;
}
