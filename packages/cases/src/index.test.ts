import { isRelmapError } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { cases, daniel, getCase, maya, priya, ruth, tomas } from './index.ts';

describe('the case library', () => {
  it('lists the five cases in library order: Maya, Daniel, Priya, Tomás, Ruth', () => {
    expect(cases.map((c) => c.id)).toEqual(['maya', 'daniel', 'priya', 'tomas', 'ruth']);
    expect(cases).toEqual([maya, daniel, priya, tomas, ruth]);
  });

  it('is the same on every run: every id is written in the case, none drawn at random (core M15)', () => {
    const ids: string[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (typeof value !== 'object' || value === null) return;
      if ((key === 'people' || key === 'ties' || key === 'events' || key === 'focus' || key === 'goals' || key === 'reviews') && !Array.isArray(value))
        ids.push(...Object.keys(value));
      for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    for (const c of cases) walk([c.intake, c.session12]);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id) => /^[a-z]-[0-9a-z]{10}$/.test(id))).toEqual([]);
  });

  it('exports each case by name as the same object the list holds', () => {
    for (const c of cases) expect(getCase(c.id)).toBe(c);
  });

  it('cannot be changed by a consumer: the list and each case are frozen', () => {
    expect(Object.isFrozen(cases)).toBe(true);
    for (const c of cases) expect(Object.isFrozen(c)).toBe(true);
  });

  it('getCase throws a not-found RelmapError that lists the known ids', () => {
    let caught: unknown;
    try {
      getCase('mia');
    } catch (error) {
      caught = error;
    }
    expect(isRelmapError(caught)).toBe(true);
    if (!isRelmapError(caught)) return;
    expect(caught.code).toBe('not-found');
    expect(caught.path).toBe('id');
    expect(caught.message).toContain('"mia"');
    for (const id of ['maya', 'daniel', 'priya', 'tomas', 'ruth']) expect(caught.message).toContain(`"${id}"`);
  });
});
