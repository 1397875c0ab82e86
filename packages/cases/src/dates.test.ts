import { describe, expect, it } from 'vitest';
import { daysBetween, monthsBefore, yearsBefore } from './dates.ts';

describe('partial dates counted back from a session date', () => {
  it('counts months back within a year and across a year boundary', () => {
    expect(monthsBefore('2026-03-02', 0)).toBe('2026-03');
    expect(monthsBefore('2026-03-02', 2)).toBe('2026-01');
    expect(monthsBefore('2026-03-02', 4)).toBe('2025-11');
    expect(monthsBefore('2026-01-12', 14)).toBe('2024-11');
    expect(monthsBefore('2026-07-06', 12)).toBe('2025-07');
  });

  it('counts whole years back as a year-only date', () => {
    expect(yearsBefore('2026-07-06', 11)).toBe('2015');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => monthsBefore('2026-03', 1)).toThrow(RangeError);
  });

  it('counts the days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2026-03-02', '2026-05-25')).toBe(84);
    expect(daysBetween('2026-05-25', '2026-03-02')).toBe(-84);
  });
});
