import { CATEGORIES, type Category } from '@relmap/core';
import { sectorOf } from '@relmap/layout';
import { formatNumber } from './geometry.ts';
import type { Point } from './geometry.ts';

/**
 * The colour family of a category. Colour says the broad group at a glance (the four sectors the layout gathers
 * people in, and `other` for the uncategorised); the glyph says the exact category. So colour is never alone.
 */
export type CategoryTone = 'family' | 'friends' | 'work' | 'services' | 'other';

/** Every tone, in legend order. */
export const CATEGORY_TONES: readonly CategoryTone[] = ['family', 'friends', 'work', 'services', 'other'];

/**
 * The colour family a category is drawn in: the sector the layout gathers it in, except that the uncategorised (and
 * an unknown category) keep a tone of their own instead of the services sector's.
 */
export function categoryTone(category: Category): CategoryTone {
  return category !== 'other' && CATEGORIES.includes(category) ? sectorOf(category) : 'other';
}

/** The default colours of one tone in one theme, as `#rrggbb`. */
export interface ToneColors {
  /** The symbol's edge and the glyph's badge: at least 3:1 against every background the map draws people on. */
  readonly strong: string;
  /** The symbol's fill: a tint that dark (light in the dark theme) initials read on at 4.5:1 or more. */
  readonly fill: string;
}

/**
 * The default palette. The hues are Okabe and Ito's colour-blind-safe set (reddish purple, bluish green, blue,
 * orange), darkened for the light themes and taken as they are for the dark one until every edge reaches 3:1
 * against the backgrounds (WCAG 1.4.11); `categories.test.ts` checks every pair it promises.
 */
export const CATEGORY_PALETTE: Readonly<Record<'light' | 'dark', Readonly<Record<CategoryTone, ToneColors>>>> = {
  light: {
    family: { strong: '#9f5e82', fill: '#f6e7ef' },
    friends: { strong: '#008561', fill: '#d1eee6' },
    work: { strong: '#0072b2', fill: '#d1e6f1' },
    services: { strong: '#9c6c00', fill: '#fbeed1' },
    other: { strong: '#4a4f5c', fill: '#e7e8ea' },
  },
  dark: {
    family: { strong: '#cc79a7', fill: '#523f56' },
    friends: { strong: '#009e73', fill: '#194a48' },
    work: { strong: '#3d94c4', fill: '#193d59' },
    services: { strong: '#e69f00', fill: '#5a4a28' },
    other: { strong: '#c8ccd4', fill: '#3b414e' },
  },
};

/** The colour of the glyph on its badge, per theme: it reads on every tone's strong colour at 4.5:1 or more. */
export const GLYPH_COLORS = { light: '#ffffff', dark: '#161a22' } as const;

type Shape = readonly (readonly number[])[];

// Glyphs on a unit square centred on 0 (y down), as polygons or circles ([cx, cy, r]). Simple filled shapes, so
// they stay apart at 10 px: a heart, triangles up and down (a generation above or below), two bars side by side,
// a diamond, a star, a house, a briefcase, a plus, three dots, a ring.
const star = Array.from({ length: 10 }, (_, i) => {
  const a = (Math.PI / 5) * i - Math.PI / 2;
  const r = i % 2 === 0 ? 0.98 : 0.42;
  return [Math.cos(a) * r, Math.sin(a) * r + 0.08];
}).flat();

const POLYGONS: Readonly<Record<Exclude<Category, 'partner' | 'community' | 'other'>, Shape>> = {
  parent: [[0, -0.85, 0.92, 0.72, -0.92, 0.72]],
  child: [[0, 0.85, 0.92, -0.72, -0.92, -0.72]],
  sibling: [
    [-0.75, -0.8, -0.15, -0.8, -0.15, 0.8, -0.75, 0.8],
    [0.15, -0.8, 0.75, -0.8, 0.75, 0.8, 0.15, 0.8],
  ],
  'other-family': [[0, -0.95, 0.8, 0, 0, 0.95, -0.8, 0]],
  friend: [star],
  neighbour: [[0, -0.92, 0.92, -0.05, 0.62, -0.05, 0.62, 0.82, -0.62, 0.82, -0.62, -0.05, -0.92, -0.05]],
  colleague: [
    [-0.92, -0.38, 0.92, -0.38, 0.92, 0.74, -0.92, 0.74],
    [-0.42, -0.82, 0.42, -0.82, 0.42, -0.52, -0.42, -0.52],
  ],
  professional: [[-0.3, -0.92, 0.3, -0.92, 0.3, -0.3, 0.92, -0.3, 0.92, 0.3, 0.3, 0.3, 0.3, 0.92, -0.3, 0.92, -0.3, 0.3, -0.92, 0.3, -0.92, -0.3, -0.3, -0.3]],
};

function polygonPath(points: readonly number[], at: Point, s: number): string {
  let d = '';
  for (let i = 0; i < points.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${formatNumber(at.x + points[i]! * s)} ${formatNumber(at.y + points[i + 1]! * s)}`;
  return `${d}Z`;
}

function circlePath(cx: number, cy: number, r: number, at: Point, s: number, sweep = 1): string {
  const f = formatNumber;
  const x = at.x + cx * s;
  const y = at.y + cy * s;
  const rr = r * s;
  return `M${f(x - rr)} ${f(y)}A${f(rr)} ${f(rr)} 0 1 ${sweep} ${f(x + rr)} ${f(y)}A${f(rr)} ${f(rr)} 0 1 ${sweep} ${f(x - rr)} ${f(y)}Z`;
}

function heartPath(at: Point, s: number): string {
  const p = (x: number, y: number): string => `${formatNumber(at.x + x * s)} ${formatNumber(at.y + y * s)}`;
  return `M${p(0, 0.88)}C${p(-0.4, 0.56)} ${p(-1, 0.2)} ${p(-0.96, -0.3)}C${p(-0.9, -0.86)} ${p(-0.2, -0.92)} ${p(0, -0.42)}C${p(0.2, -0.92)} ${p(0.9, -0.86)} ${p(0.96, -0.3)}C${p(1, 0.2)} ${p(0.4, 0.56)} ${p(0, 0.88)}Z`;
}

/**
 * The glyph of a category as path data, centred on `at` and reaching `size` from it, to be filled (with
 * `fill-rule: evenodd`, which the ring of `other` needs). Every category has its own glyph; an unknown category
 * gets the glyph of `other`. Returns an empty string for a non-finite centre or a size that is not positive.
 */
export function categoryGlyph(category: Category, at: Point, size: number): string {
  if (![at.x, at.y, size].every(Number.isFinite) || size <= 0) return '';
  if (category === 'partner') return heartPath(at, size);
  if (category === 'community') return circlePath(0, -0.5, 0.34, at, size) + circlePath(-0.56, 0.42, 0.34, at, size) + circlePath(0.56, 0.42, 0.34, at, size);
  const shape = Object.hasOwn(POLYGONS, category) ? POLYGONS[category as keyof typeof POLYGONS] : undefined;
  if (shape === undefined) return circlePath(0, 0, 0.78, at, size) + circlePath(0, 0, 0.4, at, size, 0);
  return shape.map((points) => polygonPath(points, at, size)).join('');
}
