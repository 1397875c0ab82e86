import { describe, expect, it } from 'vitest';
import { maya, ruth } from '@relmap/cases';
import { addPerson, createInventory, PROBLEM_AREAS, type Inventory } from '@relmap/core';
import { BADGE, NODE_RADIUS } from '../relationship-map/render-map.ts';
import {
  calendarMark,
  formulationOf,
  MARK,
  MARK_ZOOM,
  markCentre,
  markCircles,
  markPlate,
  markScale,
  personFormulation,
  problemAreaGlyph,
} from './formulation.ts';

const note = { text: 'An event', sensitivity: 'shareable' } as const;

function withFocus(): Inventory {
  let inv = createInventory({ clientLabel: 'Sam' });
  for (const id of ['a', 'b', 'c']) inv = addPerson(inv, { id, name: id.toUpperCase(), ring: 2 });
  return {
    ...inv,
    focus: {
      f1: { id: 'f1', area: 'role-dispute', primary: false, people: ['a', 'a', 'ghost'], events: [] },
      f2: { id: 'f2', area: 'grief', primary: true, people: ['a'], events: [] },
      f3: { id: 'f3', area: 'role-dispute', primary: false, people: ['b'], events: [] },
    },
    events: { e1: { id: 'e1', kind: 'move', label: note, people: ['b', 'b', 'c', 'ghost'] }, e2: { id: 'e2', kind: 'job', label: note, people: ['c'] } },
  };
}

describe('a person’s part in the formulation', () => {
  it('V31: one mark per problem area, the primary focus first; unknown people ignored; events counted once per event', () => {
    const f = formulationOf(withFocus());
    expect(f.get('a')).toEqual({
      marks: [
        { area: 'grief', primary: true },
        { area: 'role-dispute', primary: false },
      ],
      events: 0,
    });
    expect(f.get('b')).toEqual({ marks: [{ area: 'role-dispute', primary: false }], events: 1 });
    expect(f.get('c')).toEqual({ marks: [], events: 2 });
    expect(f.has('ghost')).toBe(false);
    expect(personFormulation(withFocus(), 'nobody')).toEqual({ marks: [], events: 0 });
  });

  it('V31: an area in a primary and another entry is marked once, as primary', () => {
    const inv = withFocus();
    const twice = { ...inv, focus: { ...inv.focus, f4: { id: 'f4', area: 'role-dispute', primary: true, people: ['b'], events: [] } } } as Inventory;
    expect(personFormulation(twice, 'b').marks).toEqual([{ area: 'role-dispute', primary: true }]);
  });

  it('V31: the teaching cases: Maya’s partner is in the primary transition and the dispute; Ruth’s sister-in-law only in grief', () => {
    expect(personFormulation(maya.session12, 'jonas').marks.map((m) => `${m.area}${m.primary ? '*' : ''}`)).toEqual(['role-transition*', 'role-dispute']);
    expect(personFormulation(ruth.session12, 'judith').marks).toEqual([{ area: 'grief', primary: false }]);
  });
});

describe('the marks’ geometry', () => {
  it('V32: every problem area has a glyph of its own inside its plate; bad input gives empty paths', () => {
    const glyphs = PROBLEM_AREAS.map((a) => problemAreaGlyph(a, { x: 0, y: 0 }, 5));
    expect(new Set(glyphs).size).toBe(PROBLEM_AREAS.length);
    for (const d of glyphs) {
      const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(numbers.length).toBeGreaterThan(6);
      // The arc flags of the tear are 0 and 1; every coordinate stays within the glyph's reach.
      for (const n of numbers) expect(Math.abs(n)).toBeLessThanOrEqual(5);
    }
    expect(problemAreaGlyph('grief', { x: NaN, y: 0 }, 5)).toBe('');
    expect(problemAreaGlyph('grief', { x: 0, y: 0 }, 0)).toBe('');
    expect(problemAreaGlyph('unknown' as never, { x: 0, y: 0 }, 5)).toBe('');
    expect(markPlate({ x: 0, y: 0 }, -1)).toBe('');
    expect(calendarMark({ x: 0, y: 0 }, 0)).toEqual({ page: '', band: '' });
    expect(MARK.primaryGlyph).toBeLessThan(MARK.primaryHalf);
    expect(MARK.glyph).toBeLessThan(MARK.half);
  });

  it('V33: four marks and the calendar sit outside the symbol’s centre, apart from each other and from the category badge', () => {
    const all = { marks: PROBLEM_AREAS.map((area, i) => ({ area, primary: i === 0 })), events: 3 };
    const circles = markCircles(all);
    expect(circles).toHaveLength(5);
    const badge = { x: BADGE.x, y: BADGE.y, r: BADGE.radius };
    for (const [i, a] of circles.entries()) {
      // On the rim: the mark's centre is at least two thirds of the way out, so it does not hide the label inside.
      expect(Math.hypot(a.x, a.y)).toBeGreaterThanOrEqual(NODE_RADIUS * 0.75);
      expect(Math.hypot(a.x - badge.x, a.y - badge.y)).toBeGreaterThan(a.r + badge.r);
      for (const b of circles.slice(i + 1)) {
        // The plates themselves (squares inside these circles) do not overlap: their centres are a plate apart.
        expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).toBeGreaterThanOrEqual((a.r + b.r) / Math.SQRT2 - 0.5);
      }
    }
    expect(markCentre(0)).toEqual({ x: -14.1, y: 14.1 });
  });

  it('V33: the marks grow as the map is zoomed out, from no growth at and above MARK_ZOOM.from to at most MARK_ZOOM.most, and the circles grow with them', () => {
    expect(markScale(1)).toBe(1);
    expect(markScale(MARK_ZOOM.from)).toBe(1);
    expect(markScale(MARK_ZOOM.from / 1.5)).toBeCloseTo(1.5);
    expect(markScale(0.01)).toBe(MARK_ZOOM.most);
    expect(markScale(0)).toBe(1);
    expect(markScale(NaN)).toBe(1);
    const f = { marks: [{ area: 'grief' as const, primary: true }], events: 1 };
    expect(markCircles(f, 1.5)).toEqual(markCircles(f).map((c) => ({ x: c.x * 1.5, y: c.y * 1.5, r: c.r * 1.5 })));
  });
});
