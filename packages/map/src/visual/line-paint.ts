import { HOSTILE_EXTRA_WIDTH, LINE_WIDTHS } from './line-metrics.ts';
import type { LineStyle, LineWeight } from './line-style.ts';

/**
 * The CSS values a line is painted with, as `var()` expressions over the map's custom properties, so that a
 * host can theme every line at once. Colour only repeats what weight, pattern and marks already say.
 */
export interface LinePaint {
  /** The colour of the line, its marks and its arrowheads. */
  readonly color: string;
  /** The stroke width of the line. */
  readonly lineWidth: string;
  /** The stroke width of the marks (bars, slash): the line's, but never thinner than a normal line. */
  readonly markWidth: string;
  /** The dash pattern of a dotted line: zero-length dashes with round caps, which draw as dots. */
  readonly dasharray: string | undefined;
  /** The opacity of a muted line. */
  readonly opacity: string | undefined;
}

/** The custom property of each line weight, with its default. */
export function weightWidth(weight: LineWeight): string {
  return `var(--relmap-line-${weight}, ${LINE_WIDTHS[weight]})`;
}

/**
 * The paint of a line style: `--relmap-line-color` for plain lines and `--relmap-conflict-color` for lines in
 * conflict or cut off; widths from `--relmap-line-thin`, `--relmap-line-normal`, `--relmap-line-thick` (a hostile
 * zigzag adds `--relmap-line-hostile-extra`); dots spaced by the width; `--relmap-muted-opacity` when muted.
 */
export function linePaint(style: LineStyle): LinePaint {
  const conflicted = style.cutoff || style.pattern === 'zigzag' || style.pattern === 'heavy-zigzag';
  const lineColor = 'var(--relmap-line-color, currentColor)';
  const base = weightWidth(style.weight);
  const lineWidth = style.pattern === 'heavy-zigzag' ? `calc(${base} + var(--relmap-line-hostile-extra, ${HOSTILE_EXTRA_WIDTH}))` : base;
  // Dots a little wider than a thin line, spaced well apart, read as dots rather than as a faint dashed line.
  const dot = LINE_WIDTHS[style.weight];
  return {
    color: conflicted ? `var(--relmap-conflict-color, ${lineColor})` : lineColor,
    lineWidth: style.pattern === 'dotted' ? `calc(${base} * 1.6)` : lineWidth,
    markWidth: style.weight === 'thin' ? weightWidth('normal') : lineWidth,
    dasharray: style.pattern === 'dotted' ? `0 ${round(dot * 1.6 * 2.6)}` : undefined,
    opacity: style.muted ? 'var(--relmap-muted-opacity, .45)' : undefined,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
