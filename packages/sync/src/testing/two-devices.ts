import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { build } from 'vite';
import { launchChromium, serveFolder } from '../../../../scripts/built-pages.mjs';
import { startRelay, type Relay } from '../relay/relay.ts';

export { presenceSaid } from './presence-said.ts';

/**
 * What the remote-session page tests start from: pages built by Vite and served on 127.0.0.1, the real relay beside
 * them (every message it receives kept), and headless Chromium, in which each device is a browser context of its
 * own: no shared storage, no BroadcastChannel, nothing between them but the relay.
 */
export interface TwoDevices {
  /** `http://127.0.0.1:<port>`, where the built pages are served. */
  readonly origin: string;
  /** Every message the relays started here received, in order, since the last `reset()`. */
  readonly seen: Uint8Array[];
  /** Starts a relay on `port` (any free one by default) that lets the served pages in. */
  relay(port?: number): Promise<Relay>;
  /** Opens `url` in a browser context of its own: one device. */
  device(url: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Stops a relay started here (to restart it on its port, as a crash would). */
  stop(relay: Relay): Promise<void>;
  /** Closes the devices and the relays, and forgets what was seen. */
  reset(): Promise<void>;
  /** Also stops the browser and the server and removes the build. */
  close(): Promise<void>;
}

/** How the pages are built: a folder of pages without a Vite config, or an app with its own config file. */
export interface PagesToBuild {
  readonly root: string;
  readonly configFile?: string;
}

/** Builds and serves the pages, and launches the browser the devices open them in. */
export async function twoDevices(pages: PagesToBuild): Promise<TwoDevices> {
  const outDir = mkdtempSync(join(tmpdir(), 'relmap-remote-'));
  await build({
    root: pages.root,
    configFile: pages.configFile ?? false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, minify: false },
  });
  const server = await serveFolder(outDir);
  const origin = server.origin;
  const browser: Browser = await launchChromium();
  const relays: Relay[] = [];
  const contexts: BrowserContext[] = [];
  const seen: Uint8Array[] = [];
  const devices: TwoDevices = {
    origin,
    seen,
    async relay(port = 0) {
      const relay = await startRelay({ port, origins: [origin], onMessage: (_room, data) => void seen.push(data) });
      relays.push(relay);
      return relay;
    },
    async device(url, viewport = { width: 900, height: 700 }) {
      const context = await browser.newContext({ viewport });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async stop(relay) {
      relays.splice(relays.indexOf(relay), 1);
      await relay.close();
    },
    async reset() {
      for (const context of contexts.splice(0)) await context.close();
      for (const relay of relays.splice(0)) await relay.close();
      seen.length = 0;
    },
    async close() {
      await devices.reset();
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
  return devices;
}

/** Everything a page's DOM holds, shadow roots included. */
export function everything(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    const walk = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          parts.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return parts.join('\n');
  });
}

/**
 * Presses the real mouse on the person labelled `label` on the page's map (the first `selector` element) and moves
 * them, in `steps` moves, into the middle of ring `ring`'s band, without letting go. Returns what lets go.
 */
export async function grab(page: Page, label: string, ring: number, { selector = 'relationship-map', steps = 8 } = {}): Promise<() => Promise<void>> {
  const at = await page.evaluate(
    ({ selector, label, ring }) => {
      const root = document.querySelector(selector)!.shadowRoot!;
      const centreOf = (el: Element): { x: number; y: number; r: number } => {
        const box = el.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, r: box.width / 2 };
      };
      const person = [...root.querySelectorAll('g.person')].find(
        (g) => g.getAttribute('aria-label')?.startsWith(`${label},`) || g.getAttribute('aria-label') === label,
      );
      const radii = [...root.querySelectorAll('circle.ring')].map((c) => centreOf(c).r).sort((a, b) => a - b);
      const centre = centreOf(root.querySelector('circle.ring')!);
      return {
        person: centreOf(person!.querySelector('.symbol') ?? person!),
        centre,
        inner: ring === 1 ? radii[0]! * 0.5 : radii[ring - 2]!,
        outer: radii[ring - 1]!,
      };
    },
    { selector, label, ring },
  );
  const angle = Math.atan2(at.person.y - at.centre.y, at.person.x - at.centre.x);
  const r = (at.inner + at.outer) / 2;
  const to = { x: at.centre.x + Math.cos(angle) * r, y: at.centre.y + Math.sin(angle) * r };
  await page.mouse.move(at.person.x, at.person.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  return () => page.mouse.up();
}
