export type { Point, Segment } from './geometry.ts';
export { trimSegment } from './geometry.ts';
export { bendPaths, bendPathData, bendPoint } from './bend.ts';
export {
  clientLineStyle,
  personLineStyle,
  lineStyleKeys,
  type Arrows,
  type LineKind,
  type LinePattern,
  type LineStyle,
  type LineWeight,
  type PersonLineStyleOptions,
} from './line-style.ts';
export { HOSTILE_EXTRA_WIDTH, LINE_WIDTHS, MARKS, ZIGZAGS, zigzagFor, type ZigzagShape } from './line-metrics.ts';
export { linePaint, weightWidth, type LinePaint } from './line-paint.ts';
export { deceasedCross, groupShape, linePath, nominalWidth, zigzagPath, type LinePaths, type TrimOptions } from './paths.ts';
export { LEGEND_ORDER, focusKeyOf, legendKeysFor, legendStrings, sortLegendKeys, type FocusLegendKey, type LegendKey, type LegendStrings } from './legend.ts';
export {
  calendarMark,
  formulationOf,
  markCircles,
  MARK,
  markCentre,
  markPlate,
  personFormulation,
  problemAreaGlyph,
  type FocusMark,
  type MarkCircle,
  type PersonFormulation,
} from './formulation.ts';
export { renderEventsMark, renderFocusMark, renderMarks } from './render-marks.ts';
export { lineParts, renderLine, type RenderLineOptions } from './render-line.ts';
export { LEGEND_SAMPLE, legendLineSample, renderLegend, renderLegendSample, type LegendLineSample } from './render-legend.ts';
export { CATEGORY_PALETTE, CATEGORY_TONES, GLYPH_COLORS, categoryGlyph, categoryTone, type CategoryTone, type ToneColors } from './categories.ts';
export { legendStyles } from './legend-styles.ts';
export { lineStyles } from './line-styles.ts';
