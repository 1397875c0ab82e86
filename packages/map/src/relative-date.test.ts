import { describe, expect, it } from 'vitest';
import { relativeDate } from './relative-date.ts';

const now = new Date('2026-07-15T12:00:00Z');

describe('relativeDate', () => {
  it('says a month as months ago, and as this month when it is the current one', () => {
    expect(relativeDate('2026-03', now)).toBe('4 months ago');
    expect(relativeDate('2026-06', now)).toBe('1 month ago');
    expect(relativeDate('2026-07', now)).toBe('this month');
  });

  it('says a year alone in years, never more precisely than it was written', () => {
    expect(relativeDate('2024', now)).toBe('2 years ago');
    expect(relativeDate('2025', now)).toBe('1 year ago');
    expect(relativeDate('2026', now)).toBe('this year');
  });

  it('says a full date in days, weeks, months or years by how far away it is', () => {
    expect(relativeDate('2026-07-15', now)).toBe('today');
    expect(relativeDate('2026-07-14', now)).toBe('yesterday');
    expect(relativeDate('2026-07-10', now)).toBe('5 days ago');
    expect(relativeDate('2026-06-20', now)).toBe('3 weeks ago');
    expect(relativeDate('2026-01-02', now)).toBe('6 months ago');
    expect(relativeDate('2019-07-16', now)).toBe('6 years ago');
  });

  it('turns months into years past twelve months', () => {
    expect(relativeDate('2024-05', now)).toBe('2 years ago');
    expect(relativeDate('2025-07', now)).toBe('1 year ago');
  });

  it('says future dates with "in"', () => {
    expect(relativeDate('2026-07-16', now)).toBe('tomorrow');
    expect(relativeDate('2026-10', now)).toBe('in 3 months');
  });

  it('gives undefined for something that is not a partial date', () => {
    expect(relativeDate('last spring', now)).toBeUndefined();
    expect(relativeDate('', now)).toBeUndefined();
  });

  it('depends on the now it is given, not on the clock', () => {
    expect(relativeDate('2026-03', new Date('2027-03-01T00:00:00Z'))).toBe('1 year ago');
  });
});
