// Screenshots of Storybook stories for the README and docs: serves a static Storybook build (`pnpm build-storybook`)
// on 127.0.0.1 and draws each story's canvas in headless Chromium into docs/images.
//
//   pnpm build-storybook && pnpm screenshots:storybook
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { ensureChromium } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const site = join(root, 'storybook-static');
const out = join(root, 'docs/images');

/** Story id, file name, viewport. */
const SHOTS = [
  ['case-library-maya-role-transition--side-by-side', 'storybook-side-by-side.png', { width: 1400, height: 1700 }],
  ['element-legend--every-line-style', 'storybook-legend.png', { width: 420, height: 760 }],
  ['case-library-daniel-grief--formulation', 'storybook-formulation-daniel.png', { width: 1280, height: 1300 }],
];

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(site, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const { port } = server.address();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [id, file, viewport] of SHOTS) {
    const page = await browser.newPage({ viewport });
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForSelector('#storybook-root > *', { timeout: 30_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(out, file) });
    console.log(`docs/images/${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
