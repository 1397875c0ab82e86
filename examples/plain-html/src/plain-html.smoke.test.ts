import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackages } from '../../../scripts/example-smoke.ts';

// The example must work from the built packages alone, as a site without a bundler would use them.
let server: Server;
let port: number;
let browser: Browser;

beforeAll(async () => {
  await buildPackages(['core', 'layout', 'map']);
  // @ts-expect-error: serve.mjs is plain JavaScript with no declarations.
  const { serve } = (await import('../serve.mjs')) as { serve: (port: number) => Promise<{ server: Server; port: number }> };
  ({ server, port } = await serve(0));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the plain HTML example', () => {
  it('draws the map from the built packages through the import map, with no errors', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    const people = page.locator('relationship-map g.person');
    await expect.poll(() => people.count(), { timeout: 15_000 }).toBe(3);
    expect(await page.locator('relationship-map [part~="person-label"]').allTextContents()).toEqual(expect.arrayContaining(['Jonas', 'Ruth', 'Lea']));
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);
});
