import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { legendStrings as defaultStrings, type LegendKey, type LegendStrings } from './legend.ts';
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
 * (`deceased`, `group`). Samples of client lines run from the client on the left to a person on the right.
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
    case 'deceased':
    case 'group':
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

/** The small picture of one legend entry, drawn with the same code as the map's lines and symbols. */
export function renderLegendSample(key: LegendKey): SVGTemplateResult {
  const sample = legendLineSample(key);
  if (sample === undefined) return symbolSample(key === 'group' ? 'group' : 'deceased');
  const y = LEGEND_SAMPLE.height / 2;
  return renderLine({ x: 3, y }, { x: LEGEND_SAMPLE.width - 3, y }, sample.style, {
    trimStart: 0,
    trimEnd: 0,
    id: `legend-${key}`,
    kind: sample.kind,
  });
}

/**
 * The legend of a map: a `<section part="legend">` holding a list (`part="legend-list"`) with one entry per key
 * (`part="legend-entry"`, in the order given), each a sample (`part="legend-sample"`, hidden from assistive
 * technology) and its text (`part="legend-text"`). `label` is the legend's accessible name. Pass
 * `legendKeysFor(inventory)` as `keys`, so that the legend names exactly the styles the map shows.
 */
export function renderLegend(
  keys: readonly LegendKey[],
  strings: LegendStrings = defaultStrings,
  label = 'Legend',
): TemplateResult {
  const { width, height } = LEGEND_SAMPLE;
  return html`<section part="legend" class="legend" aria-label=${label}>
    <ul part="legend-list" class="legend-list" role="list">
      ${keys.map(
        (key) => html`<li part="legend-entry" class="legend-entry" data-key=${key}>
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
        </li>`,
      )}
    </ul>
  </section>`;
}
