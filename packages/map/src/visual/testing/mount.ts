import { html, render, type SVGTemplateResult } from 'lit';
import { afterEach } from 'vitest';
import type { LineStyle } from '../line-style.ts';
import { lineStyles } from '../line-styles.ts';
import { renderLine } from '../render-line.ts';

/** A plain line style (normal, solid, no marks) for tests to vary. */
export const PLAIN_STYLE: LineStyle = {
  weight: 'normal',
  pattern: 'solid',
  conflict: 'none',
  cutoff: false,
  ended: false,
  arrows: 'none',
  muted: false,
};

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/** The line stylesheet, adopted by the test document once, as the map's shadow root adopts it. */
function adoptLineStyles(): void {
  const sheet = lineStyles.styleSheet;
  if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Renders a template into a new container in the document, whose text colour is `rgb(20, 30, 40)` and whose
 * inline style may add custom properties. The container is removed after the test.
 */
export function mount(template: unknown, hostStyle = ''): HTMLElement {
  adoptLineStyles();
  const container = document.createElement('div');
  container.setAttribute('style', `color: rgb(20, 30, 40); ${hostStyle}`);
  document.body.append(container);
  containers.push(container);
  render(template, container);
  return container;
}

/** Mounts one client line from (20, 50) to (380, 50), trimmed by 10 at both ends, and returns its group. */
export function mountLine(style: Partial<LineStyle>, options: { label?: string; hostStyle?: string } = {}): SVGGElement {
  const line: SVGTemplateResult = renderLine(
    { x: 20, y: 50 },
    { x: 380, y: 50 },
    { ...PLAIN_STYLE, ...style },
    {
      trimStart: 10,
      trimEnd: 10,
      id: 'jonas',
      kind: 'client',
      ...(options.label === undefined ? {} : { label: options.label }),
    },
  );
  const container = mount(html`<svg width="400" height="100">${line}</svg>`, options.hostStyle);
  return container.querySelector('g')!;
}

/** The stroked path of a line group. */
export function strokeOf(group: Element): SVGPathElement {
  return group.querySelector<SVGPathElement>('[part~="line-stroke"]')!;
}

/** The computed stroke width in pixels; Chromium reports a width computed by `calc` as `calc(3.75px)`. */
export function strokeWidth(element: Element): number {
  return Number(/-?[\d.]+/.exec(getComputedStyle(element).strokeWidth)?.[0]);
}

/** How many subpaths (`M` commands) path data holds. */
export function subpathCount(d: string | null): number {
  return (d ?? '').split('M').length - 1;
}
