import { css, unsafeCSS, type CSSResult } from 'lit';
import { linePaint } from './line-paint.ts';
import type { LinePattern, LineWeight } from './line-style.ts';

const WEIGHTS: readonly LineWeight[] = ['thin', 'normal', 'thick'];
const PATTERNS: readonly LinePattern[] = ['solid', 'dotted', 'zigzag', 'heavy-zigzag'];

/** The rules that paint one weight and pattern, cut off or not, from `linePaint`. */
function paintRules(weight: LineWeight, pattern: LinePattern, cutoff: boolean): string {
  const paint = linePaint({ weight, pattern, cutoff, conflict: 'none', ended: false, arrows: 'none', muted: false });
  const line = `.line--${weight}.line--${pattern}${cutoff ? '.line--cutoff' : ''}`;
  return [
    `${line}>.line-stroke{stroke:${paint.color};stroke-width:${paint.lineWidth}${paint.dasharray ? `;stroke-dasharray:${paint.dasharray}` : ''}}`,
    `${line}>.line-marks{stroke:${paint.color};stroke-width:${paint.markWidth}}`,
    `${line}>.line-arrowheads{fill:${paint.color};stroke:${paint.color}}`,
  ].join('\n');
}

function allPaintRules(): string {
  const rules: string[] = [];
  for (const weight of WEIGHTS) for (const pattern of PATTERNS) for (const cutoff of [false, true]) rules.push(paintRules(weight, pattern, cutoff));
  return rules.join('\n');
}

/**
 * The paint of every line `renderLine` draws, by the classes of its group (`line--thick`, `line--dotted`,
 * `line--cutoff`, `line--muted`), for the shadow root or document the lines are drawn in. A stylesheet rather
 * than inline styles: a large map has thousands of line pieces, and a class costs the browser one shared style
 * where an inline style costs a declaration block and several CSSOM calls per piece. Every value comes from
 * `linePaint`, so the custom properties a host themes lines with are the same.
 */
export const lineStyles: CSSResult = css`
  .line-stroke,
  .line-marks {
    fill: none;
    stroke-linecap: round;
  }
  .line-stroke,
  .line-arrowheads {
    stroke-linejoin: round;
  }
  .line-arrowheads {
    stroke-width: 1;
  }
  .line--muted {
    opacity: ${unsafeCSS(linePaint({ weight: 'normal', pattern: 'solid', cutoff: false, conflict: 'none', ended: false, arrows: 'none', muted: true }).opacity)};
  }
  ${unsafeCSS(allPaintRules())}
`;
