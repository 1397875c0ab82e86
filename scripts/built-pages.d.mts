import type { Browser } from 'playwright';

/** A folder served on 127.0.0.1. */
export interface ServedFolder {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves the files inside `dir` on a free port of 127.0.0.1: `/` is `index.html`, anything outside `dir` or missing
 * is a 404, a favicon request gets an empty answer. `headers` adds response headers for a request.
 */
export function serveFolder(dir: string, options?: { headers?: (url: URL) => Record<string, string> }): Promise<ServedFolder>;

/** Launches the Chromium `findChromium` finds (Debian's, `CHROMIUM_PATH` or playwright's own), headless. */
export function launchChromium(): Promise<Browser>;
