// Takes screenshots of the demo page for every teaching case (intake and session 12) into docs/images/.
// Usage: pnpm screenshots [caseId ...]   (serves the demo on 127.0.0.1 and drives Debian's Chromium)
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 960 }, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const id of ids) {
    for (const when of ['intake', 'session12']) {
      const query = new URLSearchParams({ case: id, when });
      if (flags.has('--presenting')) query.set('presenting', '1');
      if (flags.has('--dark')) query.set('theme', 'dark');
      await page.goto(`http://127.0.0.1:${port}/?${query}`);
      await page.waitForFunction(() => document.querySelector('relationship-map')?.shadowRoot?.querySelector('g.person'));
      await page.waitForTimeout(300);
      const suffix = flags.has('--presenting') ? '-presenting' : flags.has('--dark') ? '-dark' : '';
      const file = resolve(out, `${id}-${when}${suffix}.png`);
      await page.locator('relationship-map').screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
