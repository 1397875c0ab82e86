import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { ensureChromium } from './chromium.mjs';
const root = resolve(import.meta.dirname, '..');
const server = await createServer({
  root: resolve(root, process.env.EXAMPLE ?? 'examples/demo'),
  configFile: false,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0 },
});
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const shots = JSON.parse(process.env.SHOTS);
for (const s of shots) {
  const page = await browser.newPage({ viewport: { width: s.w, height: s.h }, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/?${s.q ?? ''}`, { timeout: 180_000 });
  await page.waitForFunction(() => document.querySelector('relationship-map')?.shadowRoot?.querySelector('g.person'));
  await page.evaluate(() => document.querySelector('relationship-map').settle());
  await page.waitForTimeout(800);
  if (s.sel) await page.locator(s.sel).screenshot({ path: s.out });
  else await page.screenshot({ path: s.out, fullPage: !!s.full });
  console.log(s.out);
  await page.close();
}
await browser.close();
await server.close();
