import { describe, expect, it } from 'vitest';
import { dateSpan } from './timeline-dates.ts';
import type { TimelineItem } from './timeline-items.ts';
import { axisTicks, stackLanes, timelineDomain } from './timeline-scale.ts';

const item = (key: string, date: string): TimelineItem => ({ key, kind: 'other', date, span: dateSpan(date)!, people: [], focus: [] });
const YEAR = 365.25 * 86_400_000;

describe('timeline scale', () => {
  it('T1: a year and a month are spans, a day a point at its noon; text that is not a date has no place', () => {
    expect(dateSpan('2024')).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1), precision: 'year' });
    expect(dateSpan('2024-12')).toEqual({ start: Date.UTC(2024, 11, 1), end: Date.UTC(2025, 0, 1), precision: 'month' });
    const noon = Date.UTC(2024, 1, 29, 12);
    expect(dateSpan('2024-02-29')).toEqual({ start: noon, end: noon, precision: 'day' });
    expect(dateSpan('2023-02-29')).toBeUndefined();
    expect(dateSpan('2024-13')).toBeUndefined();
    expect(dateSpan('spring')).toBeUndefined();
  });

  it('T11: a single item is centred on at least a year, three times its own length', () => {
    const year = timelineDomain([item('a', '2024')])!;
    expect((year.start + year.end) / 2).toBe((Date.UTC(2024, 0, 1) + Date.UTC(2025, 0, 1)) / 2);
    expect(year.end - year.start).toBeCloseTo(3 * (Date.UTC(2025, 0, 1) - Date.UTC(2024, 0, 1)), -3);
    const day = timelineDomain([item('a', '2024-06-15')])!;
    expect((day.start + day.end) / 2).toBe(Date.UTC(2024, 5, 15, 12));
    expect(day.end - day.start).toBeCloseTo(YEAR, -3);
    expect(timelineDomain([])).toBeUndefined();
  });

  it('T3: the range holds every item with room to spare; ticks are months for a short range, years for a long one', () => {
    const items = [item('a', '2015'), item('b', '2026-03')];
    const d = timelineDomain(items)!;
    expect(d.start).toBeLessThan(Date.UTC(2015, 0, 1));
    expect(d.end).toBeGreaterThan(Date.UTC(2026, 3, 1));
    const years = axisTicks(d, 1000);
    expect(years.every((t) => t.precision === 'year')).toBe(true);
    expect(years.map((t) => t.date)).toContain('2015');
    // Too narrow for every year: every second or fifth, never closer than 56 px.
    const narrow = axisTicks(d, 300);
    expect(narrow.length).toBeLessThan(years.length);
    const short = axisTicks(timelineDomain([item('a', '2025-04'), item('b', '2025-11')])!, 800);
    expect(short.every((t) => t.precision === 'month')).toBe(true);
    expect(short.filter((t) => t.major).map((t) => t.date)).toEqual(['2026-01']);
  });

  it('T2: marks that would overlap go to the next lane; a lane is reused once clear', () => {
    const { lanes, count } = stackLanes(
      new Map([
        ['a', { left: 0, right: 100 }],
        ['b', { left: 50, right: 150 }],
        ['c', { left: 105, right: 200 }],
        ['d', { left: 109, right: 120 }],
      ]),
    );
    expect([...lanes.values()]).toEqual([0, 1, 2, 0]);
    expect(count).toBe(3);
  });
});
