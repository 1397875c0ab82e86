import { html, render, svg } from 'lit';
import { afterEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { LEGEND_ORDER, legendStrings } from './legend.ts';
import { legendStyles } from './legend-styles.ts';
import { lineStyles } from './line-styles.ts';
import type { LineKind, LineStyle } from './line-style.ts';
import { deceasedCross, groupShape } from './paths.ts';
import { legendLineSample, renderLegend } from './render-legend.ts';
import { renderLine } from './render-line.ts';

// A gallery of every line style at map scale, for people to look at. It also checks that every line drew
// something, and saves a picture in the ignored __screenshots__ folder beside this file.

const PLAIN: LineStyle = {
  weight: 'normal',
  pattern: 'solid',
  conflict: 'none',
  cutoff: false,
  ended: false,
  arrows: 'none',
  muted: false,
};

const ROWS: readonly [string, Partial<LineStyle>, LineKind?][] = [
  ['strong support', { weight: 'thick' }],
  ['some support', {}],
  ['no support (thin)', { weight: 'thin' }],
  ['tenuous (dotted)', { weight: 'thin', pattern: 'dotted' }],
  ['low conflict', { pattern: 'zigzag', conflict: 'low' }],
  ['high conflict', { pattern: 'zigzag', conflict: 'high' }],
  ['high conflict, thin', { weight: 'thin', pattern: 'zigzag', conflict: 'high' }],
  ['hostile', { pattern: 'heavy-zigzag', conflict: 'hostile' }],
  ['cut off', { weight: 'thin', cutoff: true, conflict: 'cutoff' }],
  ['support to client', { arrows: 'to-client' }],
  ['support from client', { arrows: 'from-client' }],
  ['mutual, thick', { weight: 'thick', arrows: 'both' }],
  ['ended', { ended: true }],
  ['ended, thick, conflict', { weight: 'thick', pattern: 'zigzag', conflict: 'high', ended: true }],
  ['deceased (muted)', { muted: true }],
  ['distant tie (person)', { weight: 'thin', pattern: 'dotted' }, 'person'],
];

const R = 14;

afterEach(() => {
  document.body.replaceChildren();
});

const ROW_HEIGHT = 34;
const HEIGHT = 24 + ROWS.length * ROW_HEIGHT;

/** Every style in a row of its own, then a small map whose lines leave the client at many angles. */
function scene() {
  const rows = ROWS.map(([label, style, kind], i) => {
    const y = 24 + i * ROW_HEIGHT;
    const a = { x: 190, y };
    const b = { x: 420, y };
    return svg`<text x="10" y=${y + 4} font-size="13" fill="currentColor">${label}</text>
      <circle cx=${a.x} cy=${a.y} r=${R} fill="#2f5d8a"></circle>
      <circle cx=${b.x} cy=${b.y} r=${R} fill="#fff" stroke="#3a4252" stroke-width="1.5"></circle>
      ${renderLine(a, b, { ...PLAIN, ...style }, { trimStart: R + 3, trimEnd: R + 3, id: label, kind: kind ?? 'client' })}`;
  });
  const center = { x: 620, y: 200 };
  const spokes: Partial<LineStyle>[] = [
    { weight: 'thick', arrows: 'both' },
    { pattern: 'zigzag', conflict: 'high' },
    { weight: 'thin', cutoff: true, conflict: 'cutoff' },
    { weight: 'thin', pattern: 'dotted' },
    { pattern: 'heavy-zigzag', conflict: 'hostile', ended: true },
    { arrows: 'to-client', muted: true },
    { pattern: 'zigzag', conflict: 'low' },
    { ended: true, arrows: 'from-client' },
  ];
  const map = spokes.map((style, i) => {
    const angle = (i / spokes.length) * 2 * Math.PI + 0.3;
    const at = { x: center.x + Math.cos(angle) * 140, y: center.y + Math.sin(angle) * 140 };
    const muted = style.muted === true;
    return svg`${renderLine(center, at, { ...PLAIN, ...style }, { trimStart: 24 + 3, trimEnd: R + 3, id: `s${i}`, kind: 'client' })}
      <g opacity=${muted ? 0.45 : 1}>
        ${
          i === 2
            ? svg`<path d=${groupShape(at, R)} fill="#fff" stroke="#3a4252" stroke-width="1.5"></path>`
            : svg`<circle cx=${at.x} cy=${at.y} r=${R} fill="#fff" stroke="#3a4252" stroke-width="1.5"></circle>`
        }
        ${muted ? svg`<path d=${deceasedCross(at, R)} stroke="#3a4252" stroke-width="1.5"></path>` : ''}
      </g>`;
  });
  return svg`${rows}<circle cx=${center.x} cy=${center.y} r="24" fill="#2f5d8a"></circle>${map}`;
}

const COLOUR = '--relmap-line-color: #3a4252; --relmap-conflict-color: #b3261e;';
const MONO = '--relmap-line-color: #3a4252; --relmap-conflict-color: #3a4252;';

/** A panel showing part of the scene (`viewBox`) at a scale, with the full legend beside it when asked. */
function panel(theme: string, viewBox: readonly [number, number, number, number], scale: number, legend: boolean) {
  const [, , width, height] = viewBox;
  return html`<div
    class="panel"
    style="display: flex; gap: 16px; padding: 12px; background: #fbfaf7; color: #1f2430; font: 13px system-ui, sans-serif; ${theme}"
  >
    <svg width=${width * scale} height=${height * scale} viewBox=${viewBox.join(' ')}>${scene()}</svg>
    ${legend ? renderLegend(LEGEND_ORDER, legendStrings) : ''}
  </div>`;
}

const SHOTS = [
  ['colour', COLOUR, [0, 0, 800, HEIGHT], 1, true],
  ['mono', MONO, [0, 0, 800, HEIGHT], 1, true],
  ['zoom-rows-1', COLOUR, [150, 0, 290, 280], 2.4, false],
  ['zoom-rows-2', COLOUR, [150, 280, 290, 280], 2.4, false],
  ['zoom-map', COLOUR, [470, 50, 300, 300], 2.2, false],
] as const;

it('draws every line style, in colour and in one colour only, and each line draws something', async () => {
  // The test page is scaled down when it is larger than the browser window, so keep it within the window.
  await page.viewport(1200, 700);
  const style = document.createElement('style');
  style.textContent = lineStyles.cssText + legendStyles.cssText;
  document.head.append(style);
  const container = document.createElement('div');
  document.body.append(container);
  for (const [name, theme, viewBox, scale, legend] of SHOTS) {
    render(panel(theme, viewBox, scale, legend), container);
    const strokes = [...container.querySelectorAll<SVGPathElement>('[part~="line-stroke"]')];
    expect(strokes.length).toBe(ROWS.length + 8 + (legend ? LEGEND_ORDER.filter((key) => legendLineSample(key) !== undefined).length : 0));
    for (const path of strokes) expect(path.getTotalLength()).toBeGreaterThan(10);
    await page.screenshot({ path: `__screenshots__/line-gallery-${name}.png`, element: container.firstElementChild! });
  }
  style.remove();
});
