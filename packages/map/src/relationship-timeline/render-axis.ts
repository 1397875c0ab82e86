import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { axisTicks, axisWidth, scaleX, stackLanes, type Domain, type Extent } from './timeline-scale.ts';
import type { ItemView } from './timeline-view.ts';

/** Height of one lane of marks, in CSS pixels. */
export const LANE_HEIGHT = 40;
const TICKS_HEIGHT = 30;
const TOP = 10;
/** Room at each end of the axis, so that a mark at the edge of the range keeps its label on screen. */
const PAD = 20;
const DOT = 12;
/** Widest a mark's text is drawn; a longer label ends in an ellipsis (the list holds it whole). */
const TEXT_MAX = 180;
const CHAR_WIDTH = 7;

/** What the axis draws: the dated items, the time they span, the room it has, and what is selected and active. */
export interface AxisInput {
  readonly views: readonly ItemView[];
  readonly domain: Domain;
  /** The width the element has, in CSS pixels. */
  readonly room: number;
  readonly selected: string | undefined;
  readonly active: string | undefined;
  /** What the picture shows, for a screen reader. */
  readonly description: string;
  /** A tick's label. */
  readonly tick: (date: string, major: boolean) => string;
  /** The closest two ticks may come, in pixels: more for longer labels. */
  readonly tickSpacing: number;
  /** A mark was clicked. */
  readonly pick: (key: string) => void;
  /** What the DOM carries for an item's key: an opaque key while presenting (an event id may be made from a name). */
  readonly domKey: (key: string) => string;
}

/** The width reserved for a mark's text: an estimate of its length, which the text is also kept to. */
function textWidth(v: ItemView): number {
  const glyph = v.item.kind === 'death' ? 2 : 0;
  return Math.min(TEXT_MAX, Math.ceil((v.mark.length + glyph) * CHAR_WIDTH) + 8);
}

/**
 * The time axis: each dated item as a bar over the whole of its year or month, or a dot on its day, stacked in
 * lanes so that no two marks or labels overlap, with onset of symptoms drawn as a band across every lane, and
 * ticks below. It is one picture to assistive technology (`role="img"`, named by `description`); the list after
 * it is what a keyboard and a screen reader use. It scrolls sideways when the element is too narrow for it.
 */
export function renderAxis(a: AxisInput): TemplateResult {
  const width = axisWidth(a.domain, a.room);
  const inner = width - 2 * PAD;
  const at = scaleX(a.domain, inner);
  const x = (time: number): number => PAD + at(time);
  const extents = new Map<string, Extent & { readonly shape: Extent }>();
  for (const v of a.views) {
    const span = v.item.span!;
    const shapeLeft = span.precision === 'day' ? x(span.start) - DOT / 2 : x(span.start);
    const shape = { left: shapeLeft, right: span.precision === 'day' ? shapeLeft + DOT : x(span.end) };
    const text = textWidth(v);
    // Near the end of the axis the label runs leftwards from the mark's end, so that it is not cut off.
    const left = Math.max(2, Math.min(shape.left, width - 2 - text));
    extents.set(v.item.key, { left, right: Math.max(shape.right, left + text), shape });
  }
  const { lanes, count } = stackLanes(extents);
  const height = TOP + Math.max(count, 1) * LANE_HEIGHT + TICKS_HEIGHT;
  const onsets = a.views.filter((v) => v.item.kind === 'symptom-onset');
  return html`<div class="axis-scroll" part="axis" role="img" tabindex="0" aria-label=${a.description}>
    <div class="axis" style=${styleMap({ width: `${width}px`, height: `${height}px` })}>
      ${onsets.map((v) => {
        const s = v.item.span!;
        const left = x(s.start);
        const w = Math.max(2, x(s.end) - left);
        return html`<div class="onset-band" data-key=${a.domKey(v.item.key)} style=${styleMap({ left: `${left - (s.precision === 'day' ? 1 : 0)}px`, width: `${w}px`, height: `${height - TICKS_HEIGHT}px` })}></div>`;
      })}
      <div class="baseline" style=${styleMap({ top: `${height - TICKS_HEIGHT}px` })}></div>
      ${axisTicks(a.domain, inner, a.tickSpacing).map((t, i, ticks) => {
        const label = a.tick(t.date, t.major);
        // Said relative to now, two ticks may read the same ("1 year ago"): the later one stays unlabelled.
        const shown = i === 0 || a.tick(ticks[i - 1]!.date, ticks[i - 1]!.major) !== label;
        const half = (label.length * CHAR_WIDTH) / 2;
        const at = x(t.time);
        const side = at - half < 2 ? 'start' : at + half > width - 2 ? 'end' : '';
        return html`<div class="tick ${t.major ? 'major' : ''} ${side}" style=${styleMap({ left: `${at}px`, top: `${height - TICKS_HEIGHT}px` })}>
          ${shown ? html`<span>${label}</span>` : nothing}
        </div>`;
      })}
      ${repeat(
        a.views,
        (v) => v.item.key,
        (v) => renderMark(v, extents.get(v.item.key)!, lanes.get(v.item.key) ?? 0, a),
      )}
    </div>
  </div>`;
}

function renderMark(v: ItemView, extent: Extent & { readonly shape: Extent }, lane: number, a: AxisInput): TemplateResult {
  const span = v.item.span!;
  const point = span.precision === 'day';
  const offset = `${extent.shape.left - extent.left}px`;
  const classes = [
    'mark',
    point ? 'point' : 'span',
    `kind-${v.item.kind}`,
    v.strength ? `focus-${v.strength}` : '',
    v.related ? 'related' : '',
    a.selected === v.item.key ? 'selected' : '',
    a.active === v.item.key ? 'active' : '',
    extent.shape.left > extent.left ? 'end' : '',
  ].join(' ');
  const shape = point
    ? html`<span class="dot" style=${styleMap({ marginLeft: offset })}></span>`
    : html`<span class="bar" style=${styleMap({ marginLeft: offset, width: `${Math.max(4, extent.shape.right - extent.shape.left)}px` })}></span>`;
  return html`<div
    class=${classes}
    data-key=${a.domKey(v.item.key)}
    data-precision=${span.precision}
    style=${styleMap({ left: `${extent.left}px`, top: `${TOP + lane * LANE_HEIGHT}px`, width: `${extent.right - extent.left}px` })}
    @click=${() => a.pick(v.item.key)}
  >
    ${shape}<span class="text" style=${styleMap({ maxWidth: `${extent.right - extent.left}px` })}
      >${v.item.kind === 'death' ? html`<span class="glyph">† </span>` : nothing}${v.mark}</span
    >
  </div>`;
}
