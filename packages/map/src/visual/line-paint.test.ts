import { describe, expect, it } from 'vitest';
import { linePaint } from './line-paint.ts';
import type { LineStyle } from './line-style.ts';

const PLAIN: LineStyle = {
  weight: 'normal',
  pattern: 'solid',
  conflict: 'none',
  cutoff: false,
  ended: false,
  arrows: 'none',
  muted: false,
};

describe('linePaint', () => {
  it('paints plain lines with the line colour and lines in conflict or cut off with the conflict colour', () => {
    expect(linePaint(PLAIN).color).toBe('var(--relmap-line-color, currentColor)');
    for (const fields of [{ pattern: 'zigzag' }, { pattern: 'heavy-zigzag' }, { cutoff: true }] as const) {
      expect(linePaint({ ...PLAIN, ...fields }).color).toMatch(/^var\(--relmap-conflict-color, /);
    }
  });

  it('takes widths from the weight custom properties, and a hostile zigzag adds to its width', () => {
    expect(linePaint({ ...PLAIN, weight: 'thin' }).lineWidth).toBe('var(--relmap-line-thin, 1.25)');
    expect(linePaint({ ...PLAIN, weight: 'thick' }).lineWidth).toBe('var(--relmap-line-thick, 4.5)');
    expect(linePaint({ ...PLAIN, pattern: 'heavy-zigzag' }).lineWidth).toBe('calc(var(--relmap-line-normal, 2.25) + var(--relmap-line-hostile-extra, 1.5))');
  });

  it('draws marks on a thin line no thinner than a normal line, so bars and slash stay visible', () => {
    expect(linePaint({ ...PLAIN, weight: 'thin', cutoff: true }).markWidth).toBe('var(--relmap-line-normal, 2.25)');
    expect(linePaint({ ...PLAIN, weight: 'thick' }).markWidth).toBe('var(--relmap-line-thick, 4.5)');
  });

  it('dots only dotted lines, and mutes only muted ones', () => {
    expect(linePaint({ ...PLAIN, weight: 'thin', pattern: 'dotted' }).dasharray).toMatch(/^0 \d/);
    expect(linePaint(PLAIN).dasharray).toBeUndefined();
    expect(linePaint({ ...PLAIN, muted: true }).opacity).toBe('var(--relmap-muted-opacity, .45)');
    expect(linePaint(PLAIN).opacity).toBeUndefined();
  });
});
