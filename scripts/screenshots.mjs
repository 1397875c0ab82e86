// Takes screenshots of the demo page for every teaching case into docs/images/.
// Usage: pnpm screenshots [caseId ...] [--dark] [--presenting] [--sectors] [--every]
//   Without flags: every case at intake and session 12, light, at desktop width (1280 x 800): <case>-<when>.png.
//   --dark, --presenting: that theme instead, with the suffix -dark or -presenting.
//   --sectors: sectors on, with the suffix -sectors.
//   --formulation: session 12 of every case, the timeline and the goals beside the map (light, and presenting):
//   <case>-session12-timeline[-presenting].png and <case>-session12-goals[-presenting].png.
//   --every: session 12 of every case in light, dark and presenting at desktop (1280 x 800), tablet (768 x 1024)
//   and phone (390 x 844) widths, plus both snapshots in light at desktop width: <case>-<when>[-theme][-width].png.
// Serves the demo on 127.0.0.1 and drives Debian's Chromium.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { ensureChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs/images');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
const ids = only.length ? only : ['maya', 'daniel', 'priya', 'tomas', 'ruth'];

const WIDTHS = {
  desktop: { width: 1280, height: 800 },
  tablet: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
};

/** Every shot to take, as `{ id, when, theme, width, sectors }`. */
function shots() {
  const list = [];
  const theme = flags.has('--presenting') ? 'presenting' : flags.has('--dark') ? 'dark' : 'light';
  for (const id of ids) {
    if (flags.has('--formulation')) {
      for (const t of ['light', 'presenting']) list.push({ id, when: 'session12', theme: t, width: 'desktop', sectors: false });
      continue;
    }
    if (!flags.has('--every')) {
      for (const when of ['intake', 'session12']) list.push({ id, when, theme, width: 'desktop', sectors: flags.has('--sectors') });
      continue;
    }
    list.push({ id, when: 'intake', theme: 'light', width: 'desktop', sectors: false });
    for (const t of ['light', 'dark', 'presenting']) {
      for (const width of Object.keys(WIDTHS)) list.push({ id, when: 'session12', theme: t, width, sectors: false });
    }
  }
  return list;
}

function fileName(s) {
  const parts = [s.id, s.when];
  if (s.theme !== 'light') parts.push(s.theme);
  if (s.sectors) parts.push('sectors');
  if (s.width !== 'desktop') parts.push(s.width);
  return `${parts.join('-')}.png`;
}

const server = await createServer({
  root: resolve(root, 'examples/demo'),
  configFile: false,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0 },
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  await mkdir(out, { recursive: true });
  for (const s of shots()) {
    const page = await browser.newPage({ viewport: WIDTHS[s.width], deviceScaleFactor: 1 });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const query = new URLSearchParams({ case: s.id, when: s.when });
    if (s.theme === 'presenting') query.set('presenting', '1');
    if (s.theme === 'dark') query.set('theme', 'dark');
    if (s.sectors) query.set('sectors', '1');
    // A cold dev server on a busy machine may take longer than the default 30 s to serve the first page.
    await page.goto(`http://127.0.0.1:${port}/?${query}`, { timeout: 180_000 });
    await page.waitForFunction(() => document.querySelector('relationship-map')?.shadowRoot?.querySelector('g.person'));
    await page.evaluate(() => document.querySelector('relationship-map').settle());
    // Labels are placed after the drawing is painted, in a frame of their own: wait until every one has its place.
    await page.waitForFunction(() =>
      [...document.querySelector('relationship-map').shadowRoot.querySelectorAll('g.person text.label')].every(
        (t) => t.hasAttribute('x') || t.classList.contains('label-hidden') || getComputedStyle(t).display === 'none',
      ),
    );
    await page.waitForTimeout(300);
    // The parts of the map loaded on demand that it shows (the view controls of a large map, rule M53) have loaded.
    await page.evaluate(() => document.querySelector('relationship-map').updateComplete);
    if (flags.has('--formulation')) {
      for (const tag of ['relationship-timeline', 'relationship-goals']) {
        const part = tag.replace('relationship-', '');
        const file = resolve(
          out,
          fileName(s)
            .replace(/\.png$/, '')
            .replace(/-presenting$/, '') + `-${part}${s.theme === 'presenting' ? '-presenting' : ''}.png`,
        );
        await page.locator(tag).screenshot({ path: file });
        console.log(file);
      }
      await page.close();
      continue;
    }
    const file = resolve(out, fileName(s));
    await page.locator('relationship-map').screenshot({ path: file });
    await page.close();
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
