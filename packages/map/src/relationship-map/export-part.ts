import { exportPNG, exportSVG } from './export.ts';
import { exportSheet, type ExportOptions } from './export-sheet.ts';

export { exportPNG };

/**
 * The map drawn in `root` as a standalone SVG document, with the sheet's legend, title and date when `options`
 * ask for them (`toSVG()`); '' before the map has drawn. Loaded on demand, with `exportPNG` (rule M53).
 */
export function svgOf(root: ParentNode, extent: number, options: ExportOptions): string {
  const el = root.querySelector<SVGSVGElement>('svg.map');
  if (!el) return '';
  const plain = !options.legend && !options.title && options.date === undefined;
  return plain ? exportSVG(el, extent) : exportSheet(el, extent, root.querySelector('[part="legend"]'), options);
}
