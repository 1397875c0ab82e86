import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelmapPage } from './page/main.ts';

// The policy a strict clinical host serves: everything from its own origin, no inline script or style, no eval.
const STRICT = "default-src 'self'";
// toPNG() draws the SVG through an <img> loaded from a blob: URL, so it needs blob: images as well.
const STRICT_WITH_PNG = "default-src 'self'; img-src 'self' blob:";

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

let outDir = '';
let server: Server;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'relmap-csp-'));
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./page/', import.meta.url)),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, minify: false },
  });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = normalize(join(outDir, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!file.startsWith(outDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const csp = url.searchParams.get('csp');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(csp === 'none' ? {} : { 'Content-Security-Policy': csp === 'png' ? STRICT_WITH_PNG : STRICT }),
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Opens the page under a policy and records every request it makes and every error it logs. */
async function open(query: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Recorded above, then refused: nothing this test runs may reach beyond the machine.
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  await page.goto(`${origin}/${query}`);
  await page.waitForFunction(() => 'relmapPage' in window);
  return { page, requests, errors };
}

/** Drags a person onto the innermost ring and types a new person's name, with the real mouse and keyboard. */
async function useByHand(page: Page): Promise<{ ring: number | undefined; added: boolean }> {
  const from = await page.evaluate(() => (window as unknown as { relmapPage: RelmapPage }).relmapPage.personCentre('henrik'));
  const c = await page.evaluate(() => (window as unknown as { relmapPage: RelmapPage }).relmapPage.centre());
  const angle = Math.atan2(from.y - c.y, from.x - c.x);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(c.x + Math.cos(angle) * c.inner * 0.7, c.y + Math.sin(angle) * c.inner * 0.7, { steps: 8 });
  await page.mouse.up();
  await page.locator('relationship-map input[name="name"]').fill('Noor');
  await page.keyboard.press('Enter');
  await page.locator('relationship-map g.person .symbol').first().dblclick();
  await page.keyboard.press('Escape');
  return page.evaluate(() => {
    const inv = (window as unknown as { relmapPage: RelmapPage }).relmapPage.map.inventory;
    return { ring: inv.people['henrik']?.tie.ring, added: Object.values(inv.people).some((p) => p.name === 'Noor') };
  });
}

const onPage = (page: Page) => ({
  edit: () => page.evaluate(() => (window as unknown as { relmapPage: RelmapPage }).relmapPage.edit()),
  svg: () => page.evaluate(() => (window as unknown as { relmapPage: RelmapPage }).relmapPage.svg()),
  png: () => page.evaluate(() => (window as unknown as { relmapPage: RelmapPage }).relmapPage.png()),
  violations: () => page.evaluate(() => (window as unknown as { relmapPage: RelmapPage }).relmapPage.violations),
});

const outside = (requests: readonly string[]) => requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:'));

describe('the map on a page with a strict Content-Security-Policy', () => {
  it(`works under "${STRICT}": drag, add, rename, edit and toSVG, with 0 violations and no request beyond the page's origin`, async () => {
    const { page, requests, errors } = await open('');
    const api = onPage(page);
    expect(await useByHand(page)).toEqual({ ring: 1, added: true });
    await api.edit();
    expect(await api.svg()).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(await api.violations()).toEqual([]);
    expect(outside(requests)).toEqual([]);
    expect(errors).toEqual([]);
    // Only toPNG needs more: its drawing is loaded as a blob: image, which this policy refuses, with a clear error.
    expect(await api.png()).toMatch(/img-src.*blob:/);
    expect(await api.violations()).toEqual(['img-src blob']);
    await page.close();
  });

  it(`toPNG works once the policy adds "img-src 'self' blob:", still with 0 violations and no outside request`, async () => {
    const { page, requests, errors } = await open('?csp=png');
    const api = onPage(page);
    expect(await useByHand(page)).toEqual({ ring: 1, added: true });
    expect(await api.png()).toBeGreaterThan(1000);
    expect(await api.violations()).toEqual([]);
    expect(outside(requests)).toEqual([]);
    expect(requests.some((url) => url.startsWith(`${origin}/assets/`))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the harness sees a violation, and a request beyond the origin, when a page makes them', async () => {
    const strict = await open('');
    await strict.page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
    });
    await strict.page.waitForFunction(() => (window as unknown as { relmapPage: RelmapPage }).relmapPage.violations.length > 0);
    expect(await onPage(strict.page).violations()).toEqual(['style-src-attr inline']);
    await strict.page.close();
    const loose = await open('?csp=none');
    const failed = loose.page.waitForEvent('requestfailed');
    await loose.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'http://192.0.2.1/pixel.gif';
      document.body.append(img);
    });
    await failed;
    expect(outside(loose.requests)).toEqual(['http://192.0.2.1/pixel.gif']);
    await loose.page.close();
  });
});
