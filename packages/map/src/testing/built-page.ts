import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { build } from 'vite';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A test page built by Vite, served on 127.0.0.1, and the headless Chromium the page tests open it in. */
export interface BuiltPage {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly browser: Browser;
  /** Stops the browser and the server and removes the build. */
  close(): Promise<void>;
}

/** How `serveBuiltPage` builds and serves. */
export interface BuiltPageOptions {
  /** The prefix of the temporary build folder's name. */
  readonly prefix: string;
  /** Changes the built files before they are served (the server-rendering test writes its shell into the page). */
  readonly prepare?: (outDir: string) => void;
  /** Extra response headers for a request (a content security policy chosen by the query). */
  readonly headers?: (url: URL) => Record<string, string>;
}

/** Launches Debian's Chromium (or `CHROMIUM_PATH`), headless, with nothing that reaches beyond the machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Builds the page in `pageDir` (its `index.html` and what it imports) with Vite, serves the build on 127.0.0.1 (only
 * files inside it; a favicon request gets an empty answer, so no test sees a missing-file error), and launches
 * Chromium: what every page test of this package starts from.
 */
export async function serveBuiltPage(pageDir: URL, options: BuiltPageOptions): Promise<BuiltPage> {
  const outDir = mkdtempSync(join(tmpdir(), `${options.prefix}-`));
  await build({ configFile: false, root: fileURLToPath(pageDir), logLevel: 'silent', build: { outDir, emptyOutDir: true, minify: false } });
  options.prepare?.(outDir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(outDir, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!file.startsWith(outDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...options.headers?.(url) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
