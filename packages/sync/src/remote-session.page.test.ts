import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from './relay/relay.ts';
import { newRoomName } from './relay/room-name.ts';

// Two browser contexts (two devices: no shared storage, no BroadcastChannel between them), the real relay on
// 127.0.0.1, and a page built from src/page that plays the therapist or the client.
const SECRET = 'Afraid of him since the winter';

let outDir = '';
let server: Server;
let origin = '';
let browser: Browser;
const relays: Relay[] = [];
const contexts: BrowserContext[] = [];
const seen: Uint8Array[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'relmap-remote-'));
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./page/', import.meta.url)),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, minify: false },
  });
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = join(outDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(outDir)) return void res.writeHead(404).end();
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 120_000);

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  for (const relay of relays.splice(0)) await relay.close();
  seen.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function relayOn(port = 0): Promise<Relay> {
  const relay = await startRelay({ port, origins: [origin], onMessage: (_room, data) => void seen.push(data) });
  relays.push(relay);
  return relay;
}

/** A therapist's page and a client's page, each in a browser context of its own, in one room of the relay. */
async function devices(port: number): Promise<{ therapist: Page; client: Page }> {
  const room = newRoomName();
  const open = async (role: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${origin}/?role=${role}&room=${room}&relay=${encodeURIComponent(`ws://127.0.0.1:${port}`)}`);
    await page.waitForFunction(() => 'relmap' in window);
    return page;
  };
  const therapist = await open('therapist');
  const client = await open('client');
  await client.waitForFunction(() => Object.keys(window.relmap.session.inventory.people).length === 3);
  return { therapist, client };
}

declare global {
  interface Window {
    relmap: {
      session: import('@relmap/map/session').EditingSession;
      provider: import('y-websocket').WebsocketProvider;
      map: import('@relmap/map').RelationshipMap;
      command: typeof import('@relmap/core').command;
    };
  }
}

/** The picture id of the client's person labelled `label`. */
const idOf = (client: Page, label: string): Promise<string> =>
  client.evaluate((l) => Object.values(window.relmap.session.inventory.people).find((p) => p.name === l)!.id, label);

/** Moves a person one ring out on a page, as its user does: focus them on the map and press "-". */
async function moveOut(page: Page, id: string): Promise<void> {
  await page.evaluate((i) => window.relmap.map.focusPerson(i), id);
  await page.keyboard.press('-');
}

const ring = (page: Page, id: string): Promise<number | undefined> => page.evaluate((i) => window.relmap.session.inventory.people[i]?.tie.ring, id);

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

describe('a remote session in two browsers over the relay', () => {
  it("P3: a ring change made on the client's map reaches the therapist's session, is announced there, and is undoable", async () => {
    const relay = await relayOn();
    const { therapist, client } = await devices(relay.port);
    await moveOut(client, await idOf(client, 'JL'));
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['jonas']?.tie.ring === 2);
    // The therapist's map says what happened, as for any edit: with the name, since the therapist's page is not presenting.
    await therapist.waitForFunction(() => window.relmap.map.shadowRoot?.querySelector('[role="status"]')?.textContent?.includes('Jonas Lindqvist'));
    expect(await therapist.evaluate(() => window.relmap.session.canUndo)).toBe(true);
    await therapist.evaluate(() => window.relmap.map.undo());
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['jonas']?.tie.ring === 1);
    const id = await idOf(client, 'JL');
    await client.waitForFunction((i) => window.relmap.session.inventory.people[i]?.tie.ring === 1, id);
  });

  it("P1, P2: a private note the therapist types reaches neither the relay, in any message, nor the client's DOM", async () => {
    const relay = await relayOn();
    const { therapist, client } = await devices(relay.port);
    await therapist.evaluate((text) => {
      const { session, command } = window.relmap;
      session.dispatch(command('updatePerson', { id: 'mira', changes: { notes: { text, sensitivity: 'private' } } }));
      session.dispatch(command('setCloseness', { id: 'mira', ring: 3 }));
    }, SECRET);
    const mira = await idOf(client, 'MO');
    await client.waitForFunction((i) => window.relmap.session.inventory.people[i]?.tie.ring === 3, mira);
    expect(await everything(therapist)).toContain('Mira');
    const wire = seen.map((m) => Buffer.from(m).toString('utf8')).join('\n');
    const dom = await everything(client);
    for (const secret of [SECRET, 'Jonas', 'Lindqvist', 'Mira', 'Okafor', 'Tove']) {
      expect(wire).not.toContain(secret);
      expect(dom).not.toContain(secret);
    }
    expect(dom).toContain('MO');
  });

  it('R5: the relay killed and started again mid-session loses no edit from either side', async () => {
    const first = await relayOn();
    const port = first.port;
    const { therapist, client } = await devices(port);
    const jl = await idOf(client, 'JL');
    await first.close();
    relays.splice(relays.indexOf(first), 1);
    await client.waitForFunction(() => !window.relmap.provider.wsconnected);
    await moveOut(client, jl);
    await moveOut(therapist, 'mira');
    await relayOn(port);
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['jonas']?.tie.ring === 2, undefined, { timeout: 10_000 });
    const mo = await idOf(client, 'MO');
    await client.waitForFunction((i) => window.relmap.session.inventory.people[i]?.tie.ring === 3, mo, { timeout: 10_000 });
    expect(await ring(client, jl)).toBe(2);
  });

  it('Y3: edits made offline on both sides merge once both are back', async () => {
    const relay = await relayOn();
    const { therapist, client } = await devices(relay.port);
    const to = await idOf(client, 'TH');
    const jl = await idOf(client, 'JL');
    await therapist.evaluate(() => window.relmap.provider.disconnect());
    await client.evaluate(() => window.relmap.provider.disconnect());
    await therapist.evaluate(() => window.relmap.session.dispatch(window.relmap.command('setCloseness', { id: 'tove', ring: 1 })));
    await moveOut(client, jl);
    await therapist.evaluate(() => window.relmap.provider.connect());
    await client.evaluate(() => window.relmap.provider.connect());
    await therapist.waitForFunction(() => window.relmap.session.inventory.people['jonas']?.tie.ring === 2);
    await client.waitForFunction((i) => window.relmap.session.inventory.people[i]?.tie.ring === 1, to);
    expect(await therapist.evaluate(() => window.relmap.session.inventory.people['tove']?.tie.ring)).toBe(1);
  });
});
