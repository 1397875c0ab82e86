const SVG_NS = 'http://www.w3.org/2000/svg';
// Presentation properties copied from computed style, so the export needs none of the element's CSS.
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'letter-spacing',
  'text-transform',
  'direction',
  'unicode-bidi',
  'visibility',
] as const;

/** Copies every element's computed presentation onto its copy, and strips what is interactive or internal. */
export function inlineStyles(source: Element, clone: Element): void {
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const view = source.ownerDocument.defaultView;
  originals.forEach((el, i) => {
    const copy = copies[i] as Element;
    if (!view || !(el instanceof view.SVGElement)) return;
    const cs = view.getComputedStyle(el);
    // What the styles hide (a label drawn inside its symbol also has a copy beside it) stays hidden in the file.
    if (cs.display === 'none') copy.setAttribute('display', 'none');
    for (const prop of PROPERTIES) {
      const value = cs.getPropertyValue(prop);
      if ((value && value !== 'normal' && value !== 'none') || prop === 'fill' || prop === 'stroke') copy.setAttribute(prop, value);
    }
    for (const attr of ['tabindex', 'class', 'part', 'data-id', 'role', 'aria-pressed', 'aria-roledescription', 'aria-hidden', 'focusable'])
      copy.removeAttribute(attr);
  });
}

/**
 * The map's SVG as a standalone element: computed styles become attributes, the view is fitted to the drawing,
 * and nothing interactive (focus rings, tabindex, handlers) is kept.
 */
export function cloneDrawing(source: SVGSVGElement, extent: number): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  inlineStyles(source, clone);
  for (const ring of clone.querySelectorAll('.focus-ring')) ring.remove();
  const viewport = clone.querySelector('g');
  viewport?.removeAttribute('transform');
  const size = Math.ceil(extent * 2 + 40);
  const half = size / 2;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${-half} ${-half} ${size} ${size}`);
  clone.setAttribute('width', String(size));
  clone.setAttribute('height', String(size));
  clone.removeAttribute('style');
  clone.removeAttribute('tabindex');
  return clone;
}

/** The background the map is drawn on, as computed. */
export function backgroundOf(source: SVGSVGElement): string | undefined {
  const view = source.ownerDocument.defaultView;
  const root = source.getRootNode();
  return view?.getComputedStyle(root instanceof ShadowRoot ? root.host : source).backgroundColor;
}

/**
 * Serializes the map's SVG as a standalone document: computed styles become attributes, the view is fitted to
 * the drawing, and nothing interactive (focus rings, tabindex, handlers) is kept.
 */
export function exportSVG(source: SVGSVGElement, extent: number): string {
  const clone = cloneDrawing(source, extent);
  const bg = backgroundOf(source);
  // Through the CSSOM: writing the style attribute is refused on a page whose CSP has no 'unsafe-inline' styles.
  if (bg) clone.style.setProperty('background', bg);
  return serialize(clone);
}

/** An element as XML text that any reader can parse. */
export function serialize(el: Element): string {
  return withoutXmlInvalidCharacters(new XMLSerializer().serializeToString(el));
}

// Characters that XML 1.0 forbids (C0 controls other than tab and newlines, lone surrogates, U+FFFE and U+FFFF).
// A name may hold them, and XMLSerializer writes them as they are, which makes the whole file unreadable.
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is what this pattern is for
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces every character that XML forbids with U+FFFD, so that any text gives a well-formed SVG file. */
export function withoutXmlInvalidCharacters(markup: string): string {
  return markup.replace(XML_INVALID, '\uFFFD');
}

/** Renders an SVG document to a PNG blob at `scale` times its size. */
export async function exportPNG(svgText: string, scale: number, doc: Document): Promise<Blob> {
  const view = doc.defaultView;
  if (!view) throw new Error('The map is not in a window, so it cannot draw a PNG.');
  // The root's own size: the first width and height in the text, before any child's.
  const root = /^[^>]*>/.exec(svgText)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 600);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? width);
  const blob = new Blob([svgText], { type: 'image/svg+xml' });
  const url = view.URL.createObjectURL(blob);
  try {
    const img = new view.Image();
    img.decoding = 'async';
    img.src = url;
    try {
      await img.decode();
    } catch {
      // The usual cause is a Content-Security-Policy whose img-src leaves out blob:, and the browser says only
      // that the image cannot be decoded.
      throw new Error(
        'The map could not be drawn as a PNG: the browser refused to load the drawing as an image. On a page with ' +
          'a Content-Security-Policy, img-src must allow blob: for toPNG().',
      );
    }
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas is available to draw the PNG.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    view.URL.revokeObjectURL(url);
  }
}
