import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { build } from 'vite';
import { launchChromium, serveFolder } from '../../../../scripts/built-pages.mjs';

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

/**
 * Builds the page in `pageDir` (its `index.html` and what it imports) with Vite, serves the build on 127.0.0.1 (only
 * files inside it; a favicon request gets an empty answer, so no test sees a missing-file error), and launches
 * Chromium: what every page test of this package starts from.
 */
export async function serveBuiltPage(pageDir: URL, options: BuiltPageOptions): Promise<BuiltPage> {
  const outDir = mkdtempSync(join(tmpdir(), `${options.prefix}-`));
  await build({ configFile: false, root: fileURLToPath(pageDir), logLevel: 'silent', build: { outDir, emptyOutDir: true, minify: false } });
  options.prepare?.(outDir);
  const server = await serveFolder(outDir, options.headers ? { headers: options.headers } : {});
  const browser = await launchChromium();
  return {
    origin: server.origin,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
