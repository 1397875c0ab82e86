import { afterEach, describe, expect, it } from 'vitest';
import { maya, tomas } from '@relmap/cases';
import { cleanup, mountMap, nextFrame } from '../testing/mount.ts';
import { privateTexts } from '../testing/private-texts.ts';

afterEach(cleanup);

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

const shownTexts = (doc: Document): string[] =>
  [...doc.querySelectorAll('text')]
    .filter((t) => !t.closest('[display="none"]'))
    .map((t) => t.textContent.trim())
    .filter(Boolean);

describe('toSVG() and toPNG() with a legend, a title and a date', () => {
  it('V10: draws the legend the map lists, with its own samples, a title and a date line around the drawing', async () => {
    const map = await mountMap(tomas.session12, { width: 1280, height: 720 });
    const plain = parse(await map.toSVG()).documentElement;
    const doc = parse(await map.toSVG({ legend: true, title: 'T', date: '14 March 2026' }));
    const root = doc.documentElement;
    expect(Number(root.getAttribute('width'))).toBeGreaterThan(Number(plain.getAttribute('width')));
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(Number(plain.getAttribute('height')));
    const texts = shownTexts(doc);
    expect(texts[0]).toBe('T');
    expect(texts[1]).toBe('14 March 2026');
    const entries = [...map.shadowRoot!.querySelectorAll('[part="legend-entry"] .legend-text')].map((e) => e.textContent.trim());
    expect(entries).toContain('Primary focus: interpersonal sensitivity');
    for (const entry of entries) expect(texts).toContain(entry);
    // The drawing and every legend sample, as nested pictures with their styles written in.
    expect(root.querySelectorAll(':scope > svg').length).toBe(1);
    expect(root.querySelectorAll(':scope > g > svg').length).toBe(entries.length);
    expect(root.querySelector(':scope > g [data-area="interpersonal-deficits"] path')?.getAttribute('fill')).toBeTruthy();
  });

  it('a Date is written in the page’s language; no option gives the picture as before', async () => {
    const map = await mountMap(maya.session12);
    const doc = parse(await map.toSVG({ date: new Date(2026, 2, 14) }));
    expect(shownTexts(doc)[0]).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(2026, 2, 14)));
    expect(await map.toSVG({})).toBe(await map.toSVG());
  });

  it('a label drawn inside its symbol is drawn once in the file: its hidden copy beside it stays hidden', async () => {
    const map = await mountMap(maya.session12);
    map.presenting = true;
    await map.updateComplete;
    await nextFrame();
    const texts = shownTexts(parse(await map.toSVG({ legend: true })));
    // Leo is "L" inside his symbol; before, the copy beside it was written out too, over the symbol.
    expect(texts.filter((t) => t === 'L')).toHaveLength(1);
    for (const secret of privateTexts(maya.session12)) expect(texts.join('\n')).not.toContain(secret);
  });

  it('toPNG(scale, options) draws the whole sheet, at its own width and height', async () => {
    const map = await mountMap(maya.session12);
    const svg = parse(await map.toSVG({ legend: true, title: 'M' })).documentElement;
    const png = await map.toPNG(1, { legend: true, title: 'M' });
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).toBe(Math.round(Number(svg.getAttribute('width'))));
    expect(bitmap.height).toBe(Math.round(Number(svg.getAttribute('height'))));
  });
});
