import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from './geometry.ts';
import { MARKS, ZIGZAGS } from './line-metrics.ts';
import type { LineStyle } from './line-style.ts';
import { deceasedCross, groupShape, linePath, zigzagPath } from './paths.ts';
import { distance, distanceAlong, distanceFromLine, subpaths } from './testing/path-data.ts';

const PLAIN: LineStyle = {
  weight: 'normal',
  pattern: 'solid',
  conflict: 'none',
  cutoff: false,
  ended: false,
  arrows: 'none',
  muted: false,
};
const style = (fields: Partial<LineStyle>): LineStyle => ({ ...PLAIN, ...fields });

const A: Point = { x: 10, y: 20 };
const B: Point = { x: 250, y: 120 }; // 260 long, at an angle, so nothing passes by being axis-aligned
const ROUNDING = 0.08; // coordinates are rounded to 0.1

describe('linePath', () => {
  it('V11: a plain line starts and ends at the trim distances from the two centres', () => {
    const { line, marks, arrows } = linePath(A, B, PLAIN, { trimStart: 30, trimEnd: 18 });
    const [points, ...rest] = subpaths(line);
    expect(rest).toEqual([]);
    expect(distance(A, points![0]!)).toBeCloseTo(30, 1);
    expect(distance(B, points!.at(-1)!)).toBeCloseTo(18, 1);
    for (const p of points!) expect(Math.abs(distanceFromLine(p, A, B))).toBeLessThan(ROUNDING);
    expect(marks).toBe('');
    expect(arrows).toBe('');
  });

  it('V12: a zigzag line keeps its trimmed ends and straight leads, with teeth on both sides', () => {
    const { line } = linePath(A, B, style({ pattern: 'zigzag', conflict: 'high' }), { trimStart: 30, trimEnd: 18 });
    const [points] = subpaths(line);
    expect(distance(A, points![0]!)).toBeCloseTo(30, 1);
    expect(distance(B, points!.at(-1)!)).toBeCloseTo(18, 1);
    const offsets = points!.map((p) => distanceFromLine(p, A, B));
    expect(Math.max(...offsets)).toBeCloseTo(ZIGZAGS.high.amplitude, 1);
    expect(Math.min(...offsets)).toBeCloseTo(-ZIGZAGS.high.amplitude, 1);
  });

  it('V3: low conflict zigzags flatter than high, and hostile taller than both', () => {
    const height = (conflict: LineStyle['conflict'], pattern: LineStyle['pattern']) =>
      Math.max(...subpaths(linePath(A, B, style({ pattern, conflict })).line)[0]!.map((p) => distanceFromLine(p, A, B)));
    const low = height('low', 'zigzag');
    const high = height('high', 'zigzag');
    const hostile = height('hostile', 'heavy-zigzag');
    expect(low).toBeLessThan(high);
    expect(high).toBeLessThan(hostile);
  });

  it('V13: a cut-off line has exactly one gap, in its middle, with a bar across each edge', () => {
    const { line, marks } = linePath(A, B, style({ weight: 'thin', cutoff: true, conflict: 'cutoff' }), {
      trimStart: 20,
      trimEnd: 20,
    });
    const pieces = subpaths(line);
    expect(pieces).toHaveLength(2);
    const gapStart = distanceAlong(pieces[0]!.at(-1)!, A, B);
    const gapEnd = distanceAlong(pieces[1]![0]!, A, B);
    const middle = distance(A, B) / 2;
    expect(gapEnd - gapStart).toBeCloseTo(MARKS.cutoffGap, 0);
    expect((gapStart + gapEnd) / 2).toBeCloseTo(middle, 0);

    const bars = subpaths(marks);
    expect(bars).toHaveLength(2);
    const edges = [gapStart, gapEnd];
    bars.forEach((bar, i) => {
      const [p, q] = bar as [Point, Point];
      // Perpendicular: both ends at the same distance along the line, on opposite sides of it.
      expect(distanceAlong(p, A, B)).toBeCloseTo(edges[i]!, 0);
      expect(distanceAlong(q, A, B)).toBeCloseTo(edges[i]!, 0);
      expect(Math.sign(distanceFromLine(p, A, B))).toBe(-Math.sign(distanceFromLine(q, A, B)));
      expect(distance(p, q)).toBeGreaterThan(8);
    });
  });

  it('V7: an ended tie has a single slash crossing the middle of the line, at a slant', () => {
    const { line, marks } = linePath(A, B, style({ ended: true }), { trimStart: 20, trimEnd: 20 });
    expect(subpaths(line)).toHaveLength(1);
    const slashes = subpaths(marks);
    expect(slashes).toHaveLength(1);
    const [p, q] = slashes[0] as [Point, Point];
    expect(Math.sign(distanceFromLine(p, A, B))).toBe(-Math.sign(distanceFromLine(q, A, B)));
    expect((distanceAlong(p, A, B) + distanceAlong(q, A, B)) / 2).toBeCloseTo(distance(A, B) / 2, 0);
    expect(Math.abs(distanceAlong(p, A, B) - distanceAlong(q, A, B))).toBeGreaterThan(2);
  });

  it('V7: an ended zigzag stays straight where the slash crosses it', () => {
    const { line } = linePath(A, B, style({ pattern: 'zigzag', conflict: 'high', ended: true }));
    const middle = distance(A, B) / 2;
    const near = subpaths(line)[0]!.filter((p) => Math.abs(distanceAlong(p, A, B) - middle) < MARKS.slash * 0.7);
    for (const p of near) expect(Math.abs(distanceFromLine(p, A, B))).toBeLessThan(ROUNDING);
  });

  it('V14: arrowheads are triangles with their tips on the trimmed ends, to-client at the start', () => {
    const tip = (arrows: string) => subpaths(arrows).map((triangle) => triangle[0]!);
    const trim = { trimStart: 30, trimEnd: 18 };
    const start = { x: A.x + ((B.x - A.x) / distance(A, B)) * 30, y: A.y + ((B.y - A.y) / distance(A, B)) * 30 };
    const end = { x: B.x - ((B.x - A.x) / distance(A, B)) * 18, y: B.y - ((B.y - A.y) / distance(A, B)) * 18 };

    const toClient = linePath(A, B, style({ arrows: 'to-client' }), trim).arrows;
    expect(toClient.endsWith('Z')).toBe(true);
    expect(subpaths(toClient)).toHaveLength(1);
    expect(subpaths(toClient)[0]).toHaveLength(3);
    expect(distance(tip(toClient)[0]!, start)).toBeLessThan(0.1);

    const fromClient = linePath(A, B, style({ arrows: 'from-client' }), trim).arrows;
    expect(distance(tip(fromClient)[0]!, end)).toBeLessThan(0.1);

    const both = tip(linePath(A, B, style({ arrows: 'both' }), trim).arrows);
    expect(both).toHaveLength(2);
    expect(distance(both[0]!, start)).toBeLessThan(0.1);
    expect(distance(both[1]!, end)).toBeLessThan(0.1);
  });

  it('V14: the line stops short of an arrowhead tip, under the head, so no stroke pokes out of it', () => {
    const { line, arrows } = linePath(A, B, style({ weight: 'thick', arrows: 'from-client' }));
    const lineEnd = distanceAlong(subpaths(line)[0]!.at(-1)!, A, B);
    const [tipPoint, base] = subpaths(arrows)[0]!;
    expect(lineEnd).toBeLessThan(distanceAlong(tipPoint!, A, B));
    expect(lineEnd).toBeGreaterThan(distanceAlong(base!, A, B));
  });

  it('V15: the same point twice, or nothing left after trimming, draws nothing', () => {
    const everything = style({ pattern: 'zigzag', conflict: 'high', ended: true, cutoff: true, arrows: 'both' });
    const empty = { line: '', marks: '', arrows: '' };
    expect(linePath(A, A, everything)).toEqual(empty);
    expect(linePath(A, B, everything, { trimStart: 200, trimEnd: 60 })).toEqual(empty);
    expect(linePath({ x: Number.NaN, y: 0 }, B, everything)).toEqual(empty);
    expect(linePath(A, { x: Number.POSITIVE_INFINITY, y: 0 }, everything)).toEqual(empty);
  });

  it('V15: any input gives path data of finite numbers rounded to 0.1', () => {
    const coordinate = fc.double({ min: -3000, max: 3000, noNaN: true });
    const point = fc.record({ x: coordinate, y: coordinate });
    const lineStyle = fc.record({
      weight: fc.constantFrom('thin', 'normal', 'thick'),
      pattern: fc.constantFrom('solid', 'dotted', 'zigzag', 'heavy-zigzag'),
      conflict: fc.constantFrom('none', 'low', 'high', 'hostile', 'cutoff'),
      cutoff: fc.boolean(),
      ended: fc.boolean(),
      arrows: fc.constantFrom('none', 'to-client', 'from-client', 'both'),
      muted: fc.boolean(),
    }) as fc.Arbitrary<LineStyle>;
    const trim = fc.double({ min: 0, max: 60, noNaN: true });
    fc.assert(
      fc.property(point, point, lineStyle, trim, trim, (a, b, s, trimStart, trimEnd) => {
        const paths = linePath(a, b, s, { trimStart, trimEnd });
        return [paths.line, paths.marks, paths.arrows].every(
          (d) => !/NaN|Infinity|e[+-]|\d\.\d\d/.test(d) && subpaths(d).every((sub) => sub.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))),
        );
      }),
    );
  });
});

describe('zigzagPath', () => {
  const a: Point = { x: 0, y: 0 };
  const b: Point = { x: 60, y: 80 }; // 100 long

  it('V12: vertices alternate sides within the amplitude, between straight leads', () => {
    const points = subpaths(zigzagPath(a, b, 5, 10, 8))[0]!;
    const offsets = points.map((p) => distanceFromLine(p, a, b));
    // Lead in: start and the end of the lead lie on the line; likewise the lead out.
    expect(offsets.slice(0, 2).map(Math.abs)).toEqual([0, 0].map(() => expect.closeTo(0, 1)));
    expect(offsets.slice(-2).map(Math.abs)).toEqual([0, 0].map(() => expect.closeTo(0, 1)));
    expect(distanceAlong(points[1]!, a, b)).toBeCloseTo(8, 1);
    expect(distanceAlong(points.at(-2)!, a, b)).toBeCloseTo(92, 1);
    const teeth = offsets.slice(2, -2);
    expect(teeth.length).toBeGreaterThan(0);
    for (const [i, offset] of teeth.entries()) {
      expect(Math.abs(offset)).toBeLessThanOrEqual(5 + ROUNDING);
      expect(Math.abs(offset)).toBeGreaterThan(5 - ROUNDING);
      if (i > 0) expect(Math.sign(offset)).toBe(-Math.sign(teeth[i - 1]!));
    }
  });

  it('V12: has a whole number of teeth of about the wavelength', () => {
    const points = subpaths(zigzagPath(a, b, 5, 10, 8))[0]!;
    const vertices = points.length - 4;
    expect(vertices % 2).toBe(0);
    expect(vertices / 2).toBe(Math.round(84 / 10));
    // The teeth are evenly spaced, so the last vertex lies as far from the lead out as the first from the lead in.
    const along = points.map((p) => distanceAlong(p, a, b));
    expect(along[2]! - along[1]!).toBeCloseTo(along.at(-2)! - along.at(-3)!, 1);
  });

  it('is a straight line when there is no room for a tooth, and empty for a single point', () => {
    expect(subpaths(zigzagPath(a, { x: 12, y: 0 }, 5, 10, 8))[0]).toHaveLength(2);
    expect(zigzagPath(a, a, 5, 10)).toBe('');
    expect(zigzagPath(a, b, 5, 0)).not.toMatch(/NaN|Infinity/);
    expect(zigzagPath(a, b, Number.NaN, 10)).not.toMatch(/NaN/);
  });
});

describe('symbols', () => {
  it('deceasedCross draws two diagonals through the centre, ending on the circle', () => {
    const center = { x: 40, y: -12 };
    const arms = subpaths(deceasedCross(center, 20));
    expect(arms).toHaveLength(2);
    for (const [p, q] of arms as [Point, Point][]) {
      expect(distance(p, center)).toBeCloseTo(20, 0);
      expect(distance(q, center)).toBeCloseTo(20, 0);
      expect(Math.abs(distanceFromLine(center, p, q))).toBeLessThan(0.1);
      expect(Math.abs(p.x - q.x)).toBeCloseTo(Math.abs(p.y - q.y), 0);
    }
    expect(deceasedCross(center, 0)).toBe('');
    expect(deceasedCross({ x: Number.NaN, y: 0 }, 5)).toBe('');
  });

  it('groupShape is a closed square of side 2r with four rounded corners', () => {
    const d = groupShape({ x: 100, y: 50 }, 20);
    expect(d.endsWith('Z')).toBe(true);
    // Follow the commands to collect the point each one ends on.
    const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+/g)!;
    const ends: Point[] = [];
    let at: Point = { x: Number.NaN, y: Number.NaN };
    let arcs = 0;
    for (let i = 0; i < tokens.length;) {
      const command = tokens[i++];
      const next = () => Number(tokens[i++]);
      if (command === 'M') at = { x: next(), y: next() };
      else if (command === 'H') at = { x: next(), y: at.y };
      else if (command === 'V') at = { x: at.x, y: next() };
      else if (command === 'A') {
        arcs++;
        expect([next(), next(), next(), next(), next()]).toEqual([5, 5, 0, 0, 1]);
        at = { x: next(), y: next() };
      } else continue;
      ends.push(at);
    }
    expect(arcs).toBe(4);
    const xs = ends.map((p) => p.x);
    const ys = ends.map((p) => p.y);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([80, 120, 30, 70]);
    expect(ends.at(-1)).toEqual(ends[0]);
    expect(groupShape({ x: 0, y: 0 }, -1)).toBe('');
  });
});
