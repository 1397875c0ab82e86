import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltPage, type BuiltPage } from '../testing/built-page.ts';
import type { RelmapPage } from './page/main.ts';

// The policy a strict clinical host serves: everything from its own origin, no inline script or style, no eval.
const STRICT = "default-src 'self'";
// toPNG() draws the SVG through an <img> loaded from a blob: URL, so it needs blob: images as well.
const STRICT_WITH_PNG = "default-src 'self'; img-src 'self' blob:";

let built: BuiltPage;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  built = await serveBuiltPage(new URL('./page/', import.meta.url), {
    prefix: 'relmap-csp',
    headers: (url) => {
      const csp = url.searchParams.get('csp');
      return csp === 'none' ? {} : { 'Content-Security-Policy': csp === 'png' ? STRICT_WITH_PNG : STRICT };
    },
  });
  ({ origin, browser } = built);
});

afterAll(async () => {
  await built?.close();
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
