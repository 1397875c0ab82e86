import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { startRelay, type Relay } from '@relmap/sync/relay';
import { privateTexts } from './testing/test-helpers.ts';

// The example as built (both pages), served from 127.0.0.1, the real relay beside it, and two browser contexts: the
// therapist's device and the client's, which share nothing but the relay.
let outDir = '';
let server: Server;
let origin = '';
let browser: Browser;
let relay: Relay;
const contexts: BrowserContext[] = [];
const seen: Uint8Array[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'relmap-live-'));
  const root = fileURLToPath(new URL('..', import.meta.url));
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true, minify: false } });
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = join(outDir, path === '/' ? 'index.html' : path);
    let body: Buffer;
    try {
      if (!file.startsWith(outDir)) throw new Error('outside');
      body = readFileSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.svg') ? 'image/svg+xml' : 'text/html';
    res.writeHead(200, { 'Content-Type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  relay = await startRelay({ port: 0, origins: [origin], onMessage: (_room, data) => void seen.push(data) });
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await relay?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function device(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

type MapElement = HTMLElement & { inventory: import('@relmap/core').Inventory; focusPerson(id: string): void; undo(): void };

/** Everything a page's DOM holds, shadow roots included. */
const everything = (page: Page): Promise<string> =>
  page.evaluate(() => {
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

describe('the live-session example, with the client on their own device', () => {
  it('Invite the client: the client moves a person on their page, the therapist sees it and undoes it, and nothing private reaches the relay or the client', async () => {
    const therapist = await device(`${origin}/?case=maya&relay=${encodeURIComponent(`ws://127.0.0.1:${relay.port}`)}`);
    await therapist.waitForFunction(() => Object.keys(document.querySelector<MapElement>('relationship-map#map')?.inventory.people ?? {}).length > 0);
    await therapist.getByRole('button', { name: 'Invite the client' }).click();
    const link = await therapist.locator('.invite-link').inputValue();
    expect(new URL(link).pathname).toBe('/client.html');

    const client = await device(link);
    await client.waitForFunction(() => Object.keys(document.querySelector<MapElement>('#picture')?.inventory.people ?? {}).length > 0);
    await therapist.getByText('Client connected').waitFor();

    const rings = (): Promise<Record<string, number>> =>
      therapist.evaluate(() =>
        Object.fromEntries(Object.values((document.querySelector('relationship-map#map') as MapElement).inventory.people).map((p) => [p.id, p.tie.ring])),
      );
    const before = await rings();
    // The client moves someone in the inner ring one ring out, by keyboard, on their own map.
    const moved = await client.evaluate(() => {
      const map = document.querySelector('#picture') as MapElement;
      const person = Object.values(map.inventory.people).find((p) => p.tie.ring === 1)!;
      map.focusPerson(person.id);
      return person.id;
    });
    await client.keyboard.press('-');
    await therapist.waitForFunction(
      (b) => Object.values((document.querySelector('relationship-map#map') as MapElement).inventory.people).some((p) => p.tie.ring !== b[p.id]),
      before,
    );
    const after = await rings();
    const changed = Object.keys(after).filter((id) => after[id] !== before[id]);
    expect(changed).toHaveLength(1);
    expect(after[changed[0]!]).toBe(2);

    await therapist.evaluate(() => (document.querySelector('relationship-map#map') as MapElement).undo());
    await client.waitForFunction((id) => (document.querySelector('#picture') as MapElement).inventory.people[id]?.tie.ring === 1, moved);

    const secrets = [
      ...privateTexts(maya.intake),
      ...Object.values(maya.intake.people)
        .map((p) => p.name)
        .filter((n) => n.length > 3),
    ];
    expect(secrets.length).toBeGreaterThan(3);
    const wire = seen.map((m) => Buffer.from(m).toString('utf8')).join('\n');
    const dom = await everything(client);
    for (const secret of secrets) {
      expect(wire, secret).not.toContain(secret);
      expect(dom, secret).not.toContain(secret);
    }
  });
});
