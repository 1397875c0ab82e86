// Move-to-remote latency in two browsers (`pnpm bench:sync:browser`): the relay as `pnpm relay` starts it, the page
// of src/page built by Vite and served from 127.0.0.1, a therapist's page and a client's page in two Chromium
// contexts. Each edit is a key press on the client's map that moves a person one ring (the `setCloseness` a drag
// onto another ring ends with); the latency runs from the key reaching the client's page to the change reaching
// the therapist's session, both read on the machine's clock (`performance.timeOrigin + performance.now()`).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build } from 'vite';
import { findChromium } from '../../../scripts/chromium.mjs';

const EDITS = Number(process.argv[2] ?? 100);
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
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  try {
    const body = readFileSync(join(outDir, path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

try {
  const room = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
  const open = async (role) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/?role=${role}&room=${room}&relay=${encodeURIComponent(`ws://127.0.0.1:${port}`)}`);
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
  const pct = (p) => latency[Math.min(latency.length - 1, Math.floor((p / 100) * latency.length))];
  console.log(`edits: ${EDITS} ring moves of person ${id.slice(0, 4)}… on the client's map, two Chromium contexts, relay on 127.0.0.1`);
  console.log(`key on the client's page to the therapist's session: p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
  process.kill(-relay.pid, 'SIGTERM');
  rmSync(outDir, { recursive: true, force: true });
}
