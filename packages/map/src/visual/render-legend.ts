import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Category } from '@relmap/core';
import { categoryGlyph, categoryTone } from './categories.ts';
import { focusKeyOf, isCategoryKey, legendStrings as defaultStrings, type LegendKey, type LegendStrings } from './legend.ts';
import { renderEventsMark, renderFocusMark } from './render-marks.ts';
import type { LineKind, LineStyle } from './line-style.ts';
import { deceasedCross, groupShape } from './paths.ts';
import { renderLine } from './render-line.ts';

/** The size of a legend sample, in CSS pixels and in its own user units. */
export const LEGEND_SAMPLE = { width: 56, height: 20 } as const;

const PLAIN: LineStyle = {
  weight: 'normal',
  pattern: 'solid',
  conflict: 'none',
  cutoff: false,
  ended: false,
  arrows: 'none',
  muted: false,
};

/** The line a legend entry shows, and whether it is drawn as a client line or a tie between two people. */
export interface LegendLineSample {
  readonly style: LineStyle;
  readonly kind: LineKind;
}

/**
 * The line drawn as the sample of a legend entry, or `undefined` for the entries that show a symbol instead
 * (categories, `sectors`, focus marks, `life-events`, `deceased`, `group`). Samples of client lines run from the client on the left to a person on the right.
 */
export function legendLineSample(key: LegendKey): LegendLineSample | undefined {
  const client = (style: Partial<LineStyle>): LegendLineSample => ({ style: { ...PLAIN, ...style }, kind: 'client' });
  const person = (style: Partial<LineStyle>): LegendLineSample => ({ style: { ...PLAIN, ...style }, kind: 'person' });
  switch (key) {
    case 'strong':
      return client({ weight: 'thick' });
    case 'some':
      return client({});
    case 'no-support':
      return client({ weight: 'thin' });
    case 'tenuous':
      return client({ weight: 'thin', pattern: 'dotted' });
    case 'tie-close':
      return person({ weight: 'thick' });
    case 'tie-normal':
      return person({});
    case 'tie-distant':
      return person({ weight: 'thin', pattern: 'dotted' });
    case 'conflict-low':
      return client({ pattern: 'zigzag', conflict: 'low' });
    case 'conflict':
      return client({ pattern: 'zigzag', conflict: 'high' });
    case 'hostile':
      return client({ pattern: 'heavy-zigzag', conflict: 'hostile' });
    case 'cutoff':
      return client({ weight: 'thin', cutoff: true, conflict: 'cutoff' });
    case 'support-to-client':
      return client({ arrows: 'to-client' });
    case 'support-from-client':
      return client({ arrows: 'from-client' });
    case 'support-mutual':
      return client({ arrows: 'both' });
    case 'ended':
      return client({ ended: true });
    default:
      return undefined;
  }
}

/** The symbol samples, drawn with the same shapes as the map's symbols. */
function symbolSample(key: 'deceased' | 'group'): SVGTemplateResult {
  const center = { x: LEGEND_SAMPLE.width / 2, y: LEGEND_SAMPLE.height / 2 };
  const r = LEGEND_SAMPLE.height / 2 - 2.5;
  if (key === 'group') return svg`<path part="legend-symbol" class="legend-symbol" d=${groupShape(center, r)}></path>`;
  return svg`<g part="legend-symbol" class="legend-symbol legend-symbol--muted">
    <circle cx=${center.x} cy=${center.y} r=${r}></circle>
    <path d=${deceasedCross(center, r)}></path>
  </g>`;
}

/** The size of a category's sample: a person's symbol with its badge. */
export const CATEGORY_SAMPLE = { width: 26, height: 24 } as const;

/** A category's sample: a small symbol in the category's tone, with its glyph on a badge, as on the map. */
function categorySample(category: Category): SVGTemplateResult {
  const r = 8;
  const at = { x: 10, y: 14 };
  const badge = { x: at.x + 8.5, y: at.y - 7.5 };
  return svg`<g class="legend-category tone-${categoryTone(category)}">
    <circle class="symbol" cx=${at.x} cy=${at.y} r=${r}></circle>
    <g class="badge"><circle cx=${badge.x} cy=${badge.y} r="6.5"></circle><path class="glyph" d=${categoryGlyph(category, badge, 4.4)}></path></g>
  </g>`;
}

/** Where a line sample's two ends are drawn: the client as a filled disc, a person as a ring. */
const END = { r: 3.5, inset: 4.5 } as const;

function endMark(x: number, client: boolean): SVGTemplateResult {
  return svg`<circle class=${client ? 'legend-end legend-end--client' : 'legend-end'} cx=${x} cy=${LEGEND_SAMPLE.height / 2} r=${END.r}></circle>`;
}

/**
 * The small picture of one legend entry, drawn with the same code as the map's lines and symbols. A line sample
 * shows what it joins: a client line runs from the client (a filled disc) to a person (a ring), a tie between two
 * people from ring to ring, so "some support" and "a tie between two people" never look alike.
 */
export function renderLegendSample(key: LegendKey): SVGTemplateResult {
  if (isCategoryKey(key)) return categorySample(key.slice('category-'.length) as Category);
  const focus = focusKeyOf(key);
  const middle = { x: LEGEND_SAMPLE.width / 2, y: LEGEND_SAMPLE.height / 2 };
  if (focus) return svg`<g class="legend-mark">${renderFocusMark(focus, middle, 1.15)}</g>`;
  if (key === 'life-events') return svg`<g class="legend-mark">${renderEventsMark(middle, 1.5)}</g>`;
  if (key === 'sectors') {
    return svg`<path class="sector-divider legend-divider" d="M${LEGEND_SAMPLE.width / 2} 0V${LEGEND_SAMPLE.height}"></path>`;
  }
  const sample = legendLineSample(key);
  if (sample === undefined) return symbolSample(key === 'group' ? 'group' : 'deceased');
  const y = LEGEND_SAMPLE.height / 2;
  const a = END.inset;
  const b = LEGEND_SAMPLE.width - END.inset;
  return svg`${renderLine({ x: a, y }, { x: b, y }, sample.style, {
    trimStart: END.r + 1,
    trimEnd: END.r + 1,
    id: `legend-${key}`,
    kind: sample.kind,
  })}${endMark(a, sample.kind === 'client')}${endMark(b, false)}`;
}

/**
 * The legend of a map: a `<section part="legend">` holding lists (`part="legend-list"`: the categories, in as
 * many columns as fit, then everything else) with one entry per key (`part="legend-entry"`, in the order given),
 * each a sample (`part="legend-sample"`, hidden from assistive technology) and its text (`part="legend-text"`). `label` is the legend's accessible name. Pass
 * `legendKeysFor(inventory)` as `keys`, so that the legend names exactly the styles the map shows.
 */
export function renderLegend(keys: readonly LegendKey[], strings: LegendStrings = defaultStrings, label = 'Legend'): TemplateResult {
  const entry = (key: LegendKey): TemplateResult => {
    const { width, height } = isCategoryKey(key) ? CATEGORY_SAMPLE : LEGEND_SAMPLE;
    return html`<li part="legend-entry" class="legend-entry" data-key=${key}>
      <svg
        part="legend-sample"
        class="legend-sample"
        aria-hidden="true"
        focusable="false"
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
      >${renderLegendSample(key)}</svg>
      <span part="legend-text" class="legend-text">${strings[key]}</span>
    </li>`;
  };
  const categories = keys.filter(isCategoryKey);
  const rest = keys.filter((key) => !isCategoryKey(key));
  // Categories first, in as many columns as fit: they are many, and each is a short word.
  return html`<section part="legend" class="legend" aria-label=${label}>
    ${categories.length ? html`<ul part="legend-list" class="legend-list legend-categories" role="list">${categories.map(entry)}</ul>` : nothing}
    ${rest.length ? html`<ul part="legend-list" class="legend-list" role="list">${rest.map(entry)}</ul>` : nothing}
  </section>`;
}
