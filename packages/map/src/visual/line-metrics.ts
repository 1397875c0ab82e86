import type { Conflict } from '@relmap/core';
import type { LineWeight } from './line-style.ts';

/**
 * The default stroke widths of the three line weights, in SVG user units. The map's CSS custom properties
 * (`--relmap-line-thin`, `--relmap-line-normal`, `--relmap-line-thick`) fall back to these, and the geometry
 * sizes arrowheads and marks from them.
 */
export const LINE_WIDTHS: Readonly<Record<LineWeight, number>> = { thin: 1.25, normal: 2.25, thick: 4.5 };

/** How much wider a hostile zigzag is stroked than its weight alone (`--relmap-line-hostile-extra`). */
export const HOSTILE_EXTRA_WIDTH = 1.5;

/** The amplitude (half the height) and wavelength of a zigzag. */
export interface ZigzagShape {
  readonly amplitude: number;
  readonly wavelength: number;
}

/**
 * The zigzag of each conflict level. Low conflict is flatter than high; hostile is taller and tighter, and is
 * also stroked heavier, so that the three read apart without colour.
 */
export const ZIGZAGS: Readonly<Record<'low' | 'high' | 'hostile', ZigzagShape>> = {
  low: { amplitude: 2.5, wavelength: 9 },
  high: { amplitude: 4.5, wavelength: 9 },
  hostile: { amplitude: 6, wavelength: 8 },
};

/** The zigzag for a conflict level, or `undefined` for levels drawn without one. */
export function zigzagFor(conflict: Conflict): ZigzagShape | undefined {
  return conflict === 'low' || conflict === 'high' || conflict === 'hostile' ? ZIGZAGS[conflict] : undefined;
}

/** Sizes of the marks on a line: the gap and bars of a cut-off, the slash of an ended tie, the arrowheads. */
export const MARKS = {
  /** The gap in a cut-off line. */
  cutoffGap: 12,
  /** Half the length of each bar beside the gap. */
  cutoffBar: 7,
  /** Half the length of the slash across an ended tie, before adding the stroke width (and half a zigzag). */
  slash: 8,
  /** The angle of that slash against the line, in degrees; steep, so it is not read as part of a zigzag. */
  slashAngle: 50,
  /** An arrowhead's length is this plus `arrowPerWidth` times the stroke width. */
  arrowBase: 7,
  arrowPerWidth: 1.6,
  /** An arrowhead's width as a share of its length. */
  arrowAspect: 0.8,
  /** The straight run at each end of a zigzag, before the first tooth. */
  zigzagLead: 8,
} as const;
