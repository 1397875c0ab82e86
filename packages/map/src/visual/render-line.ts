import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Point } from './geometry.ts';
import type { LineKind, LineStyle } from './line-style.ts';
import { linePath } from './paths.ts';
import { bendPaths } from './bend.ts';

/** Options of `renderLine`. */
export interface RenderLineOptions {
  /** Distance cut from the start, usually the radius of the symbol at `a`. */
  readonly trimStart: number;
  /** Distance cut from the end, usually the radius of the symbol at `b`. */
  readonly trimEnd: number;
  /** The id of what the line stands for (a person on a client line, a tie otherwise), set as `data-id`. */
  readonly id: string;
  /** A line to the client, or a tie between two people. */
  readonly kind: LineKind;
  /** A text for assistive technology and the tooltip; without it the line is hidden from the accessibility tree. */
  readonly label?: string;
  /** How far the line's middle stands to the left of the straight line (negative: right), to pass around a node. */
  readonly bend?: number;
}

/** The `part` names of a line's group, from the most general to the most specific. */
export function lineParts(style: LineStyle, kind: LineKind): string {
  const parts = ['line', `line-${style.pattern}`, `line-${style.weight}`, `line-${kind}`];
  if (style.cutoff) parts.push('line-cutoff');
  if (style.ended) parts.push('line-ended');
  if (style.arrows !== 'none') parts.push('line-arrows');
  if (style.muted) parts.push('line-muted');
  return parts.join(' ');
}

/**
 * One line of the map as an SVG group, to be placed inside an `<svg>`: the line (`part="line-stroke"`), its bars
 * and slash (`line-marks`) and its arrowheads (`line-arrowheads`). The group's parts name its pattern, weight,
 * kind and marks (`line line-zigzag line-normal line-client line-ended ...`), so a host can style any of them
 * with `::part`. A client line must run from the client (`a`) to the person (`b`). Renders an empty group when
 * there is nothing to draw. The line is painted by `lineStyles`, which the shadow root or document it is drawn in
 * must adopt; only its geometry is set on it.
 */
export function renderLine(a: Point, b: Point, style: LineStyle, options: RenderLineOptions): SVGTemplateResult {
  const paths = bendPaths(linePath(a, b, style, options), a, b, options.bend ?? 0);
  const classes = `line line--${style.pattern} line--${style.weight} line--${options.kind}${style.cutoff ? ' line--cutoff' : ''}${
    style.muted ? ' line--muted' : ''
  }`;
  const parts = lineParts(style, options.kind);
  const labelled = options.label !== undefined && options.label !== '';
  // Most lines of a map are one unlabelled stroke, and a large map draws thousands: one template, fewer bindings.
  if (!labelled && paths.line !== '' && paths.marks === '' && paths.arrows === '') {
    return svg`<g part=${parts} class=${classes} data-id=${options.id} data-kind=${options.kind} aria-hidden="true"
      ><path part="line-stroke" class="line-stroke" d=${paths.line}></path></g>`;
  }
  return svg`<g
    part=${parts}
    class=${classes}
    data-id=${options.id}
    data-kind=${options.kind}
    role=${labelled ? 'img' : nothing}
    aria-hidden=${labelled ? nothing : 'true'}
  >${labelled ? svg`<title>${options.label}</title>` : nothing}${paths.line === '' ? nothing : svg`<path part="line-stroke" class="line-stroke" d=${paths.line}></path>`}${
    paths.marks === '' ? nothing : svg`<path part="line-marks" class="line-marks" d=${paths.marks}></path>`
  }${paths.arrows === '' ? nothing : svg`<path part="line-arrowheads" class="line-arrowheads" d=${paths.arrows}></path>`}</g>`;
}
