import { dateLine } from './date-line.ts';
import { backgroundOf, cloneDrawing, inlineStyles, serialize } from './export.ts';

/** What `toSVG()` and `toPNG()` may add around the drawing. */
export interface ExportOptions {
  /** Draw the map's legend beside the drawing: exactly the entries the map's own legend lists, with their samples. */
  readonly legend?: boolean;
  /**
   * A title above the drawing, such as the client's label. Written as given: pass a label the sheet may carry (for
   * example the one the map shows while presenting), never a private note.
   */
  readonly title?: string;
  /** A date line under the title: a `Date` is written in the page's language, a string as given. */
  readonly date?: string | Date;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Sizes of the sheet, in its own units (CSS pixels at scale 1). */
const SHEET = { margin: 20, title: 22, date: 14, row: 28, column: 270, text: 15, gap: 10 } as const;

function text(doc: Document, content: string, x: number, y: number, attrs: Record<string, string>): SVGTextElement {
  const el = doc.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = content;
  return el;
}

/**
 * The map as a sheet: the title and date line above the drawing and the legend beside it, each drawn in SVG from
 * what the element shows (the legend's samples are the legend's own, styles inlined, rule V10), in one standalone
 * SVG document. Without any option it is `exportSVG`'s document.
 */
export function exportSheet(source: SVGSVGElement, extent: number, legend: Element | null, options: ExportOptions): string {
  const doc = source.ownerDocument;
  const view = doc.defaultView;
  const drawing = cloneDrawing(source, extent);
  const size = Number(drawing.getAttribute('width'));
  const root = source.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : source;
  const style = view?.getComputedStyle(host);
  const font = style?.fontFamily ?? 'sans-serif';
  const fg = style?.color ?? '#1f2430';
  const title = options.title?.trim() ?? '';
  const date = options.date === undefined ? '' : dateLine(options.date, host.closest('[lang]')?.getAttribute('lang') ?? undefined);
  const head = (title ? SHEET.title + SHEET.gap : 0) + (date ? SHEET.date + SHEET.gap : 0);
  const top = head ? SHEET.margin + head : 0;

  const entries = options.legend && legend ? [...legend.querySelectorAll('[part~="legend-entry"]')] : [];
  const perColumn = Math.max(1, Math.floor((size - SHEET.margin) / SHEET.row));
  const columns = Math.ceil(entries.length / perColumn);
  const width = size + (columns ? columns * SHEET.column + SHEET.margin : 0);
  const height = top + Math.max(size, entries.length ? Math.min(entries.length, perColumn) * SHEET.row + SHEET.margin : 0);

  const sheet = doc.createElementNS(SVG_NS, 'svg');
  sheet.setAttribute('xmlns', SVG_NS);
  sheet.setAttribute('width', String(width));
  sheet.setAttribute('height', String(height));
  sheet.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = backgroundOf(source);
  if (bg) sheet.style.setProperty('background', bg);
  let y = SHEET.margin;
  if (title) {
    sheet.append(
      text(doc, title, SHEET.margin, y + SHEET.title * 0.8, { 'font-size': String(SHEET.title), 'font-weight': '700', 'font-family': font, fill: fg }),
    );
    y += SHEET.title + SHEET.gap;
  }
  if (date) sheet.append(text(doc, date, SHEET.margin, y + SHEET.date * 0.8, { 'font-size': String(SHEET.date), 'font-family': font, fill: fg }));
  drawing.setAttribute('x', '0');
  drawing.setAttribute('y', String(top));
  sheet.append(drawing);

  const legendGroup = doc.createElementNS(SVG_NS, 'g');
  entries.forEach((entry, i) => {
    const x = size + Math.floor(i / perColumn) * SHEET.column;
    const rowY = top + SHEET.margin / 2 + (i % perColumn) * SHEET.row;
    const sample = entry.querySelector('svg');
    const words = entry.querySelector('[part~="legend-text"]')?.textContent?.trim() ?? '';
    let textX = x;
    if (sample) {
      const copy = sample.cloneNode(true) as SVGSVGElement;
      inlineStyles(sample, copy);
      const w = Number(sample.getAttribute('width') ?? 0);
      const h = Number(sample.getAttribute('height') ?? 0);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(rowY + (SHEET.row - h) / 2));
      legendGroup.append(copy);
      textX = x + Math.max(w, 56) + 8;
    }
    legendGroup.append(text(doc, words, textX, rowY + SHEET.row / 2 + SHEET.text * 0.35, { 'font-size': String(SHEET.text), 'font-family': font, fill: fg }));
  });
  if (entries.length) sheet.append(legendGroup);
  return serialize(sheet);
}
