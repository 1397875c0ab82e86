import { formatNumber, formatPoint, pointOn, polygon, polyline, trimSegment } from './geometry.ts';
import type { Point, Segment } from './geometry.ts';
import { HOSTILE_EXTRA_WIDTH, LINE_WIDTHS, MARKS, zigzagFor, type ZigzagShape } from './line-metrics.ts';
import type { LineStyle } from './line-style.ts';

/** How far to shorten a line at each end, so that it meets the edges of the two symbols. */
export interface TrimOptions {
  /** Distance cut from the start (`a`), usually the radius of the symbol there. Default 0. */
  readonly trimStart?: number;
  /** Distance cut from the end (`b`). Default 0. */
  readonly trimEnd?: number;
}

/**
 * The path data of one line, in pieces the map strokes or fills differently. Every piece is an empty string when
 * there is nothing to draw, never a path with `NaN` in it.
 */
export interface LinePaths {
  /** The line itself, stroked in the line's weight and pattern. A cut-off line is two subpaths with a gap. */
  readonly line: string;
  /** Straight marks across the line, stroked: the two bars of a cut-off, the slash of an ended tie. */
  readonly marks: string;
  /** Arrowheads, as closed triangles to fill. */
  readonly arrows: string;
}

const EMPTY: LinePaths = { line: '', marks: '', arrows: '' };

/** The stroke width a style is drawn with by default, in user units. */
export function nominalWidth(style: Pick<LineStyle, 'weight' | 'pattern'>): number {
  return LINE_WIDTHS[style.weight] + (style.pattern === 'heavy-zigzag' ? HOSTILE_EXTRA_WIDTH : 0);
}

/**
 * The path data of a line from `a` to `b` in the given style (rules V11 to V15). The line is trimmed to the
 * symbols' edges; a zigzag has whole teeth and straight runs near both ends; a cut-off line has one gap in its
 * middle with a bar across each edge of the gap; an ended tie has a slash across its middle; arrowheads sit at
 * the trimmed ends, `to-client` at the start, so a client line must run from the client (`a`) to the person (`b`).
 * Nothing is drawn when `a` and `b` coincide or trimming leaves nothing.
 */
export function linePath(a: Point, b: Point, style: LineStyle, trim: TrimOptions = {}): LinePaths {
  const segment = trimSegment(a, b, trim.trimStart ?? 0, trim.trimEnd ?? 0);
  if (segment === null) return EMPTY;
  const width = nominalWidth(style);
  const atStart = style.arrows === 'to-client' || style.arrows === 'both';
  const atEnd = style.arrows === 'from-client' || style.arrows === 'both';
  const arrowCount = Number(atStart) + Number(atEnd);
  // Arrowheads never take more than half of a short line.
  const arrowLength = arrowCount === 0 ? 0 : Math.min(MARKS.arrowBase + MARKS.arrowPerWidth * width, segment.length / (2 * arrowCount));
  // The line runs on under each arrowhead to where the head is wider than the stroke, so the two join cleanly.
  const from = atStart ? arrowLength * 0.6 : 0;
  const to = segment.length - (atEnd ? arrowLength * 0.6 : 0);
  const middle = segment.length / 2;

  const zigzag = style.pattern === 'zigzag' || style.pattern === 'heavy-zigzag' ? zigzagShape(style) : undefined;
  const gap = style.cutoff ? Math.min(MARKS.cutoffGap, (to - from) / 3) : 0;
  // On a zigzag the slash is longer, and the middle stays straight where it crosses, so it does not drown in
  // the teeth.
  const slashHalf = MARKS.slash + width + (zigzag === undefined ? 0 : zigzag.amplitude / 2);
  const slashAlong = slashHalf * Math.cos((MARKS.slashAngle * Math.PI) / 180);
  const clear = style.ended && zigzag !== undefined ? Math.max(gap / 2, slashAlong + 3) : gap / 2;
  const leadStart = MARKS.zigzagLead + (atStart ? arrowLength * 0.4 : 0);
  const leadEnd = MARKS.zigzagLead + (atEnd ? arrowLength * 0.4 : 0);

  let line: string;
  if (clear === 0) {
    line = polyline(piece(segment, from, to, zigzag, leadStart, leadEnd));
  } else {
    const first = piece(segment, from, middle - clear, zigzag, leadStart, 0);
    const second = piece(segment, middle + clear, to, zigzag, 0, leadEnd);
    line = style.cutoff ? polyline(first) + polyline(second) : polyline([...first, ...second]);
  }

  const marks: string[] = [];
  if (style.cutoff && gap > 0) {
    const bar = MARKS.cutoffBar + width / 2;
    for (const along of [middle - gap / 2, middle + gap / 2]) {
      marks.push(polyline([pointOn(segment, along, bar), pointOn(segment, along, -bar)]));
    }
  }
  if (style.ended) marks.push(slash(segment, middle, slashHalf));

  const arrows: string[] = [];
  if (atStart) arrows.push(arrowhead(segment, 0, arrowLength, 1));
  if (atEnd) arrows.push(arrowhead(segment, segment.length, arrowLength, -1));
  return { line, marks: marks.join(''), arrows: arrows.join('') };
}

function zigzagShape(style: LineStyle): ZigzagShape {
  return zigzagFor(style.pattern === 'heavy-zigzag' ? 'hostile' : style.conflict) ?? zigzagFor('high')!;
}

function samePoint(p: Point, q: Point): boolean {
  return Math.abs(p.x - q.x) < 1e-9 && Math.abs(p.y - q.y) < 1e-9;
}

/** The points of the part of a line from `from` to `to` (distances along the segment), straight or zigzag. */
function piece(segment: Segment, from: number, to: number, zigzag: ZigzagShape | undefined, leadStart: number, leadEnd: number): Point[] {
  if (to - from <= 0) return [];
  if (zigzag === undefined) return [pointOn(segment, from), pointOn(segment, to)];
  return zigzagPoints(segment, from, to, zigzag.amplitude, zigzag.wavelength, leadStart, leadEnd);
}

/**
 * The vertices of a zigzag from `from` to `to` along a segment: a straight lead at each end, then a whole number
 * of teeth (each one wavelength, one vertex on each side). Too short for half a tooth, it is a straight line.
 */
function zigzagPoints(segment: Segment, from: number, to: number, amplitude: number, wavelength: number, leadStart: number, leadEnd: number): Point[] {
  const start = pointOn(segment, from);
  const end = pointOn(segment, to);
  const toothed = to - from - leadStart - leadEnd;
  if (!(wavelength > 0) || !Number.isFinite(amplitude) || toothed < wavelength / 2) return [start, end];
  const teeth = Math.max(1, Math.round(toothed / wavelength));
  const half = toothed / teeth / 2;
  const points: Point[] = [start, pointOn(segment, from + leadStart)];
  for (let k = 0; k < teeth * 2; k++) {
    points.push(pointOn(segment, from + leadStart + (k + 0.5) * half, k % 2 === 0 ? amplitude : -amplitude));
  }
  points.push(pointOn(segment, to - leadEnd), end);
  return points.filter((point, i) => i === 0 || !samePoint(point, points[i - 1]!));
}

/**
 * A zigzag from `a` to `b` (already trimmed to the symbols' edges): a straight lead of `lead` at each end, then
 * a whole number of teeth of about `wavelength`, whose vertices lie `amplitude` to either side of the line,
 * alternately. Empty when `a` and `b` coincide; a straight line when there is no room for a tooth.
 */
export function zigzagPath(a: Point, b: Point, amplitude: number, wavelength: number, lead = MARKS.zigzagLead): string {
  const segment = trimSegment(a, b);
  if (segment === null) return '';
  const safeLead = Number.isFinite(lead) && lead > 0 ? lead : 0;
  return polyline(zigzagPoints(segment, 0, segment.length, amplitude, wavelength, safeLead, safeLead));
}

/** A slash of half-length `half` across the segment at `along`, steep against the line. */
function slash(segment: Segment, along: number, half: number): string {
  const angle = (MARKS.slashAngle * Math.PI) / 180;
  const alongOffset = half * Math.cos(angle);
  const acrossOffset = half * Math.sin(angle);
  return polyline([pointOn(segment, along - alongOffset, -acrossOffset), pointOn(segment, along + alongOffset, acrossOffset)]);
}

/** A filled triangle whose tip is at `tip` (a distance along the segment), pointing back along `direction`. */
function arrowhead(segment: Segment, tip: number, length: number, direction: 1 | -1): string {
  const halfWidth = (length * MARKS.arrowAspect) / 2;
  const base = tip + direction * length;
  return polygon([pointOn(segment, tip), pointOn(segment, base, halfWidth), pointOn(segment, base, -halfWidth)]);
}

/**
 * The X drawn through a deceased person's symbol: two diagonals through `center` whose ends lie on the circle
 * of radius `r`. Empty for a radius that is not a positive, finite number.
 */
export function deceasedCross(center: Point, r: number): string {
  if (![center.x, center.y, r].every(Number.isFinite) || r <= 0) return '';
  const d = r * Math.SQRT1_2;
  const { x, y } = center;
  return (
    polyline([
      { x: x - d, y: y - d },
      { x: x + d, y: y + d },
    ]) +
    polyline([
      { x: x + d, y: y - d },
      { x: x - d, y: y + d },
    ])
  );
}

/**
 * The rounded square that stands for a group (a band, a choir, a team): centred on `center`, `2r` wide, with
 * corners rounded by a quarter of `r`, so that it reads as a square beside the round symbols of single people.
 * Empty for a radius that is not a positive, finite number.
 */
export function groupShape(center: Point, r: number): string {
  if (![center.x, center.y, r].every(Number.isFinite) || r <= 0) return '';
  const c = r * 0.25;
  const f = formatNumber;
  const arc = (x: number, y: number) => `A${f(c)} ${f(c)} 0 0 1 ${formatPoint({ x, y })}`;
  const { x, y } = center;
  return (
    `M${formatPoint({ x: x - r + c, y: y - r })}` +
    `H${f(x + r - c)}${arc(x + r, y - r + c)}` +
    `V${f(y + r - c)}${arc(x + r - c, y + r)}` +
    `H${f(x - r + c)}${arc(x - r, y + r - c)}` +
    `V${f(y - r + c)}${arc(x - r + c, y - r)}Z`
  );
}
