import type { HandoutStrings } from './handout-strings.ts';

/** What one handout page shows, all of it already chosen for the version asked for. */
export interface HandoutContent {
  /** The page's language, for `<html lang>`. */
  readonly lang: string;
  /** The client as the handout's label mode shows them. */
  readonly client: string;
  /** The date line. */
  readonly date: string;
  /** The map with its legend, as a standalone SVG document. */
  readonly svg: string;
  readonly focus: { readonly primary: string; readonly also: string };
  /** The goals to show; none leaves ruled lines to write them on. */
  readonly goals: readonly string[];
  /** The formulation note, in the full version only. */
  readonly note?: string;
  /** Whether this is the full version (names and notes). */
  readonly full: boolean;
  readonly strings: HandoutStrings;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value. */
export function escapeHTML(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * One A4 or Letter page: the content fits the smaller of the two (186 x 255 mm inside 12 mm margins), the map
 * shrinks to the room left, and nothing breaks onto a second page.
 */
const STYLE = `
@page { margin: 12mm; }
* { box-sizing: border-box; }
html { color: #1f2430; background: #fff; font: 11pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; }
.handout { max-width: 186mm; margin: 0 auto; padding: 8mm 0; display: flex; flex-direction: column; gap: 4mm; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2mm 6mm; border-bottom: 0.4mm solid #1f2430; padding-bottom: 2mm; }
h1 { font-size: 17pt; margin: 0; flex: 1 1 auto; }
.client { font-size: 13pt; font-weight: 600; margin: 0; }
.date { margin: 0; color: #4a4f5c; }
h2 { font-size: 12pt; margin: 0 0 1mm; }
.map { margin: 0; text-align: center; }
.map svg { width: 100%; height: auto; max-height: 150mm; }
.focus p, .note p { margin: 0 0 1mm; }
.goals ul { margin: 0; padding-left: 6mm; }
.goals li { margin: 0 0 1mm; }
.goals .blank { list-style: none; margin-left: -6mm; border-bottom: 0.3mm solid #8a8f9c; height: 8mm; }
footer { font-size: 9pt; color: #4a4f5c; border-top: 0.3mm solid #c8ccd4; padding-top: 1.5mm; }
@media print {
  .handout { padding: 0; }
  .handout, section, .map { break-inside: avoid; page-break-inside: avoid; }
  html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The handout as a standalone, printable HTML document: no script, no external resource. */
export function renderHandout(c: HandoutContent): string {
  const s = c.strings;
  const e = escapeHTML;
  const goals = c.goals.filter((g) => g.trim());
  const goalItems = goals.length ? goals.map((g) => `<li>${e(g)}</li>`).join('') : '<li class="blank"></li><li class="blank"></li><li class="blank"></li>';
  // The SVG document goes in as markup: its prolog-free root is valid inside HTML.
  const svg = c.svg.replace(/^<\?xml[^>]*>\s*/, '').replace('<svg ', `<svg role="img" aria-label="${e(s.mapLabel(c.client))}" `);
  return `<!doctype html>
<html lang="${e(c.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(s.heading)}: ${e(c.client)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="handout${c.full ? ' full' : ''}">
<header><h1>${e(s.heading)}</h1><p class="client">${e(c.client)}</p><p class="date">${e(c.date)}</p></header>
<figure class="map">${svg}</figure>
<section class="focus"><h2>${e(s.workingOn)}</h2><p>${e(c.focus.primary)}</p>${c.focus.also ? `<p>${e(c.focus.also)}</p>` : ''}</section>
${c.note ? `<section class="note"><h2>${e(s.formulation)}</h2><p>${e(c.note)}</p></section>` : ''}
<section class="goals"><h2>${e(s.goals)}</h2><ul>${goalItems}</ul></section>
<footer>${e(c.full ? s.fullFooter : s.footer)}</footer>
</main>
</body>
</html>
`;
}
