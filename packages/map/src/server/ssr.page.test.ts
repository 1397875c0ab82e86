import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltPage, type BuiltPage } from '../testing/built-page.ts';

// Server rendering with Lit's own renderer, in Node with Lit's DOM shim, as a server of a web app would do it; then
// the page in Chromium, hydrated by Lit's client support. The people are set in the browser (rendering them on
// a server would put their names in every response).
const SHELL = `<relationship-map id="map" style="display:block;width:800px;height:500px"></relationship-map>
<relationship-table for="map"></relationship-table>
<relationship-detail for="map"></relationship-detail>
<relationship-compare></relationship-compare>`;

let ssr = '';
let built: BuiltPage;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { unsafeHTML } = await import('lit/directives/unsafe-html.js');
  const { html } = await import('lit');
  await import('../index.ts');
  ssr = await collectResult(render(html`${unsafeHTML(SHELL)}`));

  built = await serveBuiltPage(new URL('./page/', import.meta.url), {
    prefix: 'relmap-ssr',
    prepare: (outDir) => {
      const page = readFileSync(join(outDir, 'index.html'), 'utf8').replace('<!--ssr-->', ssr);
      writeFileSync(join(outDir, 'index.html'), page);
    },
  });
  ({ origin, browser } = built);
}, 120_000);

afterAll(async () => {
  await built?.close();
});

describe('server rendering with @lit-labs/ssr', () => {
  it("renders each element's shell in declarative shadow DOM, with no person and no window needed", () => {
    for (const tag of ['relationship-map', 'relationship-table', 'relationship-detail', 'relationship-compare']) {
      expect(ssr).toMatch(new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    }
    expect(ssr).toContain('<svg');
  });

  it('hydrates in the browser: the drawn shell is kept, the people set there are drawn, and nothing is logged as an error', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'hydrated' in window);
    await page.evaluate(() => (window as unknown as { hydrated: Promise<void> }).hydrated);
    const state = await page.evaluate(() => {
      const shell = (window as unknown as { ssrShell: (Element | null)[] }).ssrShell;
      const elements = [...document.querySelectorAll('main > *')];
      return {
        drawnByServer: shell.map((node) => node !== null),
        kept: elements.map((el, i) => shell[i] !== null && el.shadowRoot!.contains(shell[i]!)),
        people: document.querySelector('relationship-map')!.shadowRoot!.querySelectorAll('g.person').length,
        rows: document.querySelector('relationship-table')!.shadowRoot!.querySelectorAll('tbody tr[data-id]').length,
      };
    });
    // The map and the detail panel keep the frame the server drew. The table hydrates its unbound frame (the server
    // cannot find its map) and then draws the rows; the compare view without snapshots draws nothing of its own.
    expect(state.drawnByServer.slice(0, 3)).toEqual([true, true, true]);
    expect([state.kept[0], state.kept[2]]).toEqual([true, true]);
    expect(state.people).toBe(2);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('relationship-table')!.shadowRoot!.querySelectorAll('tbody tr[data-id]').length))
      .toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
