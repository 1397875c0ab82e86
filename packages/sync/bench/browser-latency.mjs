// Move-to-remote latency in two browsers (`pnpm bench:sync:browser`): the relay as `pnpm relay` starts it, the page
// of src/page built by Vite and served from 127.0.0.1, a therapist's page and a client's page in two Chromium
// contexts. Each edit is a key press on the client's map that moves a person one ring (the `setCloseness` a drag
// onto another ring ends with); the latency runs from the key reaching the client's page to the change reaching
// the therapist's session, both read on the machine's clock (`performance.timeOrigin + performance.now()`).
// Then DRAGS real pointer drags on the client's map: the mouse pressed on a person, moved into the next ring in 8
// steps, let go; timed from the pointer's release on the client's page to the therapist's session holding the
// change. Every byte the two pages send the relay meanwhile (document updates and presence) is counted, per drag.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium, serveFolder } from '../../../scripts/built-pages.mjs';

const EDITS = Number(process.argv[2] ?? 100);
const DRAGS = Number(process.argv[3] ?? 100);

// Counts what a page sends the relay, by y-websocket message type (0: document, 1: presence).
const COUNT_SENT = () => {
  window.sent = { sync: 0, awareness: 0 };
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    const bytes = new Uint8Array(data.buffer ?? data, data.byteOffset ?? 0, data.byteLength);
    window.sent[bytes[0] === 1 ? 'awareness' : 'sync'] += bytes.byteLength;
    return send.call(this, data);
  };
};
const root = fileURLToPath(new URL('../../..', import.meta.url));
const relay = spawn(process.execPath, [join(root, 'scripts/run-ts.mjs'), 'packages/sync/src/relay/main.ts'], {
  cwd: root,
  env: { ...process.env, RELMAP_RELAY_PORT: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
  // Its own process group, so that stopping it stops the relay process the script runner starts too.
  detached: true,
});
const port = await new Promise((resolve, reject) => {
  let out = '';
  relay.stdout.on('data', (chunk) => {
    out += chunk;
    const m = /ws:\/\/127\.0\.0\.1:(\d+)/.exec(out);
    if (m) resolve(Number(m[1]));
  });
  relay.once('exit', () => reject(new Error(`the relay stopped: ${out}`)));
});

const outDir = mkdtempSync(join(tmpdir(), 'relmap-bench-'));
await build({ configFile: false, root: join(root, 'packages/sync/src/page'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
const server = await serveFolder(outDir);
const origin = server.origin;
const browser = await launchChromium();

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  // Each pass in a room of its own: a plain one, then a sealed one (rules E1 to E5), whose key the pages get in the
  // address as the client's page gets it in the invitation's fragment.
  const pass = async (key) => {
    const room = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
    const open = async (role) => {
      const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
      await context.addInitScript(COUNT_SENT);
      const page = await context.newPage();
      await page.goto(`${origin}/?role=${role}&room=${room}&relay=${encodeURIComponent(`ws://127.0.0.1:${port}`)}${key ? `&key=${key}` : ''}`);
      await page.waitForFunction(() => 'relmap' in window);
      return page;
    };
    const therapist = await open('therapist');
    const client = await open('client');
    await client.waitForFunction(() => Object.keys(window.relmap.session.inventory.people).length === 3);
    await therapist.evaluate(() => {
      window.arrived = [];
      window.relmap.session.subscribe((e) => e.type === 'change' && e.origin === 'remote' && window.arrived.push(performance.timeOrigin + performance.now()));
    });
    const id = await client.evaluate(() => {
      window.pressed = [];
      window.addEventListener('keydown', () => window.pressed.push(performance.timeOrigin + performance.now()), true);
      const person = Object.values(window.relmap.session.inventory.people).find((p) => p.tie.ring === 1);
      window.relmap.map.focusPerson(person.id);
      return person.id;
    });
    for (let i = 0; i < EDITS; i++) {
      await client.keyboard.press(i % 2 === 0 ? '-' : '+');
      await therapist.waitForFunction((n) => window.arrived.length >= n, i + 1);
    }
    const pressed = await client.evaluate(() => window.pressed);
    const arrived = await therapist.evaluate(() => window.arrived);
    const latency = arrived.map((t, i) => t - pressed[i]).sort((a, b) => a - b);
    console.log(
      `${key ? 'sealed room' : 'plain room'}: edits: ${EDITS} ring moves of person ${id.slice(0, 4)}… on the client's map, two Chromium contexts, relay on 127.0.0.1`,
    );
    console.log(`key on the client's page to the therapist's session: p50 ${pct(latency, 50).toFixed(1)} ms, p95 ${pct(latency, 95).toFixed(1)} ms`);

    // Real pointer drags of the same person between the inner ring and the next, on the client's map.
    await client.evaluate(() => {
      window.released = [];
      window.addEventListener('pointerup', () => window.released.push(performance.timeOrigin + performance.now()), true);
    });
    await therapist.evaluate(() => (window.arrived = []));
    const sentBefore = await Promise.all([client, therapist].map((p) => p.evaluate(() => ({ ...window.sent }))));
    for (let i = 0; i < DRAGS; i++) {
      const at = await client.evaluate(
        ({ id, ring }) => {
          const root = window.relmap.map.shadowRoot;
          const box = (el) => {
            const b = el.getBoundingClientRect();
            return { x: b.left + b.width / 2, y: b.top + b.height / 2, r: b.width / 2 };
          };
          const label = window.relmap.session.inventory.people[id].name;
          const person = [...root.querySelectorAll('g.person')].find((g) => g.getAttribute('aria-label').startsWith(`${label},`));
          const radii = [...root.querySelectorAll('circle.ring')].map((c) => box(c).r).sort((a, b) => a - b);
          return {
            person: box(person.querySelector('.symbol')),
            centre: box(root.querySelector('circle.ring')),
            inner: ring === 1 ? radii[0] * 0.5 : radii[ring - 2],
            outer: radii[ring - 1],
          };
        },
        { id, ring: i % 2 === 0 ? 2 : 1 },
      );
      const angle = Math.atan2(at.person.y - at.centre.y, at.person.x - at.centre.x);
      const r = (at.inner + at.outer) / 2;
      await client.mouse.move(at.person.x, at.person.y);
      await client.mouse.down();
      await client.mouse.move(at.centre.x + Math.cos(angle) * r, at.centre.y + Math.sin(angle) * r, { steps: 8 });
      await client.mouse.up();
      await therapist.waitForFunction((n) => window.arrived.length >= n, i + 1);
      // Presence is cleared on the therapist's page before the next drag begins.
      await therapist.waitForFunction(() => window.relmap.session.highlight.length === 0);
    }
    const sentAfter = await Promise.all([client, therapist].map((p) => p.evaluate(() => ({ ...window.sent }))));
    const released = await client.evaluate(() => window.released);
    const dropped = await therapist.evaluate(() => window.arrived);
    const dragLatency = dropped.map((t, i) => t - released[i]).sort((a, b) => a - b);
    const bytes = (kind) => sentAfter.reduce((sum, s, i) => sum + s[kind] - sentBefore[i][kind], 0) / DRAGS;
    console.log(`drags: ${DRAGS} pointer drags of the same person between ring 1 and ring 2 on the client's map (8 moves each)`);
    console.log(
      `release on the client's page to the therapist's session: p50 ${pct(dragLatency, 50).toFixed(1)} ms, p95 ${pct(dragLatency, 95).toFixed(1)} ms`,
    );
    console.log(
      `bytes the relay receives per drag (both pages): ${(bytes('sync') + bytes('awareness')).toFixed(0)} (document ${bytes('sync').toFixed(0)}, presence ${bytes('awareness').toFixed(0)})`,
    );
    const fromTherapist = (sentAfter[1].sync + sentAfter[1].awareness - sentBefore[1].sync - sentBefore[1].awareness) / DRAGS;
    console.log(`of which the therapist's page sends: ${fromTherapist.toFixed(0)}`);
    await Promise.all([therapist.context().close(), client.context().close()]);
  };
  await pass(undefined);
  await pass(Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url'));
} finally {
  await browser.close();
  await server.close();
  process.kill(-relay.pid, 'SIGTERM');
  rmSync(outDir, { recursive: true, force: true });
}
