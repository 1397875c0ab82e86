// Takes screenshots of the live-session page (and, with --demo, the basic demo) at phone, tablet and desktop
// widths into docs/images/, full page, so that anything cut off or overflowing shows.
// Usage: pnpm screenshots:responsive [--demo] [--out=dir]   (serves the page on 127.0.0.1, drives Debian's Chromium)
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outArg = args.find((a) => a.startsWith('--out='));
const out = outArg ? resolve(outArg.slice('--out='.length)) : resolve(root, 'docs/images');
const example = args.includes('--demo') ? 'demo' : 'live-session';
const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1280, height: 800 },
];

const server = await createServer({
  root: resolve(root, 'examples', example),
  configFile: false,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0 },
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  await mkdir(out, { recursive: true });
  for (const size of sizes) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    // Phones and tablets have touch screens: a coarse pointer, and the larger targets it gets.
    const cdp = await context.newCDPSession(page);
    if (size.width < 1000) await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`http://127.0.0.1:${port}/?case=maya`);
    await page.waitForFunction(() => document.querySelector('relationship-map')?.shadowRoot?.querySelector('g.person'));
    await page.waitForTimeout(800);
    // The parts of the map loaded on demand that it shows (the view controls of a large map, rule M53) have loaded.
    await page.evaluate(() => document.querySelector('relationship-map').updateComplete);
    const file = resolve(out, `${example}-${size.width}x${size.height}.png`);
    await writeFile(file, size.width < 1000 ? await wholePage(page, browser) : await page.screenshot());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(file, overflow > 0 ? `(page ${overflow}px wider than the viewport)` : '');
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

/**
 * The whole page as a PNG, from one screenshot per screenful, joined on a canvas. A full-page capture would resize
 * the viewport for a moment, which changes vh units and switches touch emulation off (and the larger touch
 * targets with it), so the picture would not be the page a phone shows.
 */
async function wholePage(page, browser) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const { width, height: screenful } = page.viewportSize();
  const tiles = [];
  for (let y = 0; y < height; y += screenful) {
    const top = await page.evaluate((to) => (window.scrollTo(0, to), window.scrollY), y);
    tiles.push({ top, data: (await page.screenshot()).toString('base64') });
  }
  const canvas = await browser.newPage({ viewport: { width, height: 100 } });
  const data = await canvas.evaluate(
    async ({ width, height, tiles }) => {
      const c = document.createElement('canvas');
      c.width = width;
      c.height = height;
      const g = c.getContext('2d');
      for (const t of tiles) {
        const img = new Image();
        img.src = `data:image/png;base64,${t.data}`;
        await img.decode();
        g.drawImage(img, 0, t.top);
      }
      return c.toDataURL('image/png').slice('data:image/png;base64,'.length);
    },
    { width, height, tiles },
  );
  await canvas.close();
  return Buffer.from(data, 'base64');
}
