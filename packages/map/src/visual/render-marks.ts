import { nothing, svg, type SVGTemplateResult } from 'lit';
import { calendarMark, MARK, markCentre, markPlate, problemAreaGlyph, type FocusMark, type PersonFormulation } from './formulation.ts';
import type { Point } from './geometry.ts';

/**
 * One focus mark centred on `at`: a rounded square with the problem area's glyph. A primary focus is filled in the
 * text colour with the glyph cut out in the background colour, and larger; any other focus is the background
 * colour, outlined, with the glyph in the text colour (rule V32). Filled against outlined, and the size, tell the
 * primary focus apart without colour.
 */
export function renderFocusMark(mark: FocusMark, at: Point, scale = 1): SVGTemplateResult {
  const half = (mark.primary ? MARK.primaryHalf : MARK.half) * scale;
  const glyph = (mark.primary ? MARK.primaryGlyph : MARK.glyph) * scale;
  return svg`<g part=${mark.primary ? 'focus-mark focus-mark-primary' : 'focus-mark'} class=${`focus-mark area-${mark.area}${mark.primary ? ' primary' : ''}`} data-area=${mark.area}>
    <path class="plate" d=${markPlate(at, half)}></path><path class="mark-glyph" d=${problemAreaGlyph(mark.area, at, glyph)}></path>
  </g>`;
}

/** The life-events mark centred on `at`: a small calendar page. */
export function renderEventsMark(at: Point, scale = 1): SVGTemplateResult {
  const { page, band } = calendarMark(at, MARK.events.half * scale);
  return svg`<g part="events-mark" class="events-mark"><path class="page" d=${page}></path><path class="band" d=${band}></path></g>`;
}

/** A person's marks, relative to the centre of their symbol: one per focus area, and the life-events mark. */
export function renderMarks(f: PersonFormulation | undefined): SVGTemplateResult | typeof nothing {
  if (!f || (f.marks.length === 0 && f.events === 0)) return nothing;
  return svg`<g class="marks" aria-hidden="true">${f.marks.map((m, i) => renderFocusMark(m, markCentre(i)))}${
    f.events > 0 ? renderEventsMark({ x: MARK.events.x, y: MARK.events.y }) : nothing
  }</g>`;
}
