import { CATEGORIES } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { CATEGORY_PALETTE, CATEGORY_TONES, categoryGlyph, categoryTone, GLYPH_COLORS } from './categories.ts';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Every background the map draws people on, per theme: the page, the ring fills, and presenting's softer ones
// (from styles.ts). Text colours likewise.
const BACKGROUNDS = {
  light: ['#fbfaf7', '#f1f3f7', '#e6eaf2', '#f6f4ef', '#eef0ea', '#e2e8df'],
  dark: ['#161a22', '#1d222c', '#242a36'],
} as const;
const TEXT = { light: '#1f2430', dark: '#e8ebf2' } as const;

describe('the category palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const tone of CATEGORY_TONES) {
      const { strong, fill } = CATEGORY_PALETTE[theme][tone];

      it(`V16: ${theme} ${tone}: the edge stands 3:1 against every background (WCAG 1.4.11)`, () => {
        for (const bg of BACKGROUNDS[theme]) expect(contrast(strong, bg), bg).toBeGreaterThanOrEqual(3);
      });

      it(`V16: ${theme} ${tone}: the glyph stands 4.5:1 on its badge and the initials 4.5:1 on the fill`, () => {
        expect(contrast(GLYPH_COLORS[theme], strong)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(TEXT[theme], fill)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('V16: the tones are different colours in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const strongs = CATEGORY_TONES.map((t) => CATEGORY_PALETTE[theme][t].strong);
      expect(new Set(strongs).size).toBe(CATEGORY_TONES.length);
    }
  });
});

// Machado, Oliveira and Fernandes (2009), full severity, applied to linear RGB.
const DEFICIENCIES = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
} as const;

/** CIE L*a*b* of a colour as seen with a deficiency (or normal vision without one). */
function seenLab(hex: string, m?: readonly number[]): [number, number, number] {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const [r, g, b] = m
    ? ([0, 3, 6].map((i) => Math.min(1, Math.max(0, m[i]! * lin[0] + m[i + 1]! * lin[1] + m[i + 2]! * lin[2]))) as [number, number, number])
    : lin;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

describe('the category palette under colour-vision deficiencies', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, m] of Object.entries(DEFICIENCIES)) {
      it(`V16: ${theme}, simulated ${name}: every two tones stay at least 9 ΔE (CIE76) apart`, () => {
        const seen = CATEGORY_TONES.map((t) => seenLab(CATEGORY_PALETTE[theme][t].strong, m));
        for (let i = 0; i < seen.length; i++) {
          for (let j = i + 1; j < seen.length; j++) {
            const d = Math.hypot(...seen[i]!.map((v, k) => v - seen[j]![k]!));
            expect(d, `${CATEGORY_TONES[i]} / ${CATEGORY_TONES[j]}`).toBeGreaterThanOrEqual(9);
          }
        }
      });
    }
  }
});

describe('categoryTone and categoryGlyph', () => {
  it('V16: every category has a tone and a glyph of its own, so colour never tells a category alone', () => {
    const glyphs = CATEGORIES.map((c) => categoryGlyph(c, { x: 0, y: 0 }, 5));
    expect(new Set(glyphs).size).toBe(CATEGORIES.length);
    for (const g of glyphs) expect(g).toMatch(/^M[^N]+Z$/);
    expect(CATEGORIES.map(categoryTone)).toEqual([
      'family',
      'family',
      'family',
      'family',
      'family',
      'friends',
      'work',
      'friends',
      'services',
      'services',
      'other',
    ]);
  });

  it('V15: a glyph of a non-finite centre or an empty size is empty, never NaN', () => {
    expect(categoryGlyph('partner', { x: NaN, y: 0 }, 5)).toBe('');
    expect(categoryGlyph('friend', { x: 0, y: 0 }, 0)).toBe('');
  });

  it('an unknown category from an older or foreign document is drawn as other', () => {
    expect(categoryTone('cousin' as never)).toBe('other');
    expect(categoryGlyph('cousin' as never, { x: 0, y: 0 }, 5)).toBe(categoryGlyph('other', { x: 0, y: 0 }, 5));
  });
});
