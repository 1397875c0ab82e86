// Profiles `<relationship-map>` on the benchmark page: a Chromium trace (with the JS sampling profile) of the
// first render, or of a scripted drag, summarised as time per renderer activity and the heaviest JS functions.
//
//   node bench/browser/profile.mjs --n=300                 first render to `relmap-settle`
//   node bench/browser/profile.mjs --n=300 --drag          a two-second drag after the map has settled
//   node bench/browser/profile.mjs --n=300 --trace=t.json  also keeps the raw trace, for DevTools
//   node bench/browser/profile.mjs --n=300 --keep          keeps the bundle, to look up the lines named
//   node bench/browser/profile.mjs --n=300 --repeat=7      no trace: the first render in 7 fresh pages, fastest
//                                                          and median, to compare two versions on a busy machine
//
// The page is bundled unminified, so that the functions keep their names. Read the figures as shares of one run:
// the machine may be shared.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { dragPerson } from './scripted-drag.mjs';
import { ensureChromium } from '../../scripts/chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const n = Number(option('n', '300'));
const drag = args.includes('--drag');
const traceFile = option('trace', undefined);
const out = mkdtempSync(join(tmpdir(), 'relmap-profile-'));

await build({
  stdin: {
    contents: `import { install } from './src/harness.js'; import adapter from './src/adapters/relmap.js'; install(adapter);`,
    resolveDir: here,
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  outfile: join(out, 'page.js'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
writeFileSync(
  join(out, 'page.html'),
  '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="stage"></div><script type="module" src="/page.js"></script>',
);
const server = createServer((req, res) => {
  const name = req.url === '/page.js' ? 'page.js' : 'page.html';
  res.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(readFileSync(join(out, name)));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--no-first-run'],
});
const repeat = Number(option('repeat', '0'));
if (repeat > 0) {
  const runs = [];
  for (let i = 0; i < repeat; i++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/page.html`);
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate((k) => window.bench.prepare(k), n);
    runs.push(await page.evaluate(() => window.bench.mount(15000)));
    await context.close();
  }
  const stat = (key) => {
    const v = runs.map((r) => r[key]).sort((a, b) => a - b);
    return `${key} fastest ${v[0].toFixed(0)}, median ${v[Math.floor(v.length / 2)].toFixed(0)}`;
  };
  console.log(
    `N = ${n}, ${repeat} pages, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}: ${stat('stableMs')}; ${stat('longestTask')}`,
  );
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
  process.exit(0);
}
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/page.html`);
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate((k) => window.bench.prepare(k), n);
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'v8.execute', 'blink', 'cc'];
  let result;
  if (drag) {
    await page.evaluate(() => window.bench.mount(15000));
    await browser.startTracing(page, { categories });
    result = await dragPerson(page, n);
  } else {
    await browser.startTracing(page, { categories });
    result = await page.evaluate(() => window.bench.mount(15000));
  }
  const trace = JSON.parse((await browser.stopTracing()).toString());
  if (traceFile) writeFileSync(traceFile, JSON.stringify(trace));
  console.log(
    `N = ${n}, ${drag ? 'drag' : 'first render'}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(JSON.stringify(result));
  summarise(trace.traceEvents ?? trace);
} finally {
  await browser.close();
  server.close();
  if (args.includes('--keep')) console.log(`bundle kept in ${out}`);
  else rmSync(out, { recursive: true, force: true });
}

/** Prints the renderer main thread's time per event name, and the JS functions with the most self time. */
function summarise(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const byName = new Map();
  for (const e of onMain) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const names = [
    'RunTask',
    'FunctionCall',
    'EvaluateScript',
    'v8.callFunction',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'ParseHTML',
    'HitTest',
    'GCEvent',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
    'V8.GC_MARK_COMPACTOR',
  ];
  console.log('\nmain thread (ms, nested events overlap):');
  for (const name of names) if (byName.has(name)) console.log(`  ${name.padEnd(20)} ${byName.get(name).toFixed(1)}`);
  const tasks = onMain
    .filter((e) => e.name === 'RunTask')
    .map((e) => e.dur / 1000)
    .sort((a, b) => b - a);
  console.log(
    `  longest tasks: ${tasks
      .slice(0, 5)
      .map((t) => t.toFixed(0))
      .join(', ')}`,
  );
  // The sampling profile: a Profile event gives the start time, ProfileChunk events carry nodes and samples with
  // time deltas (microseconds, on the trace's clock).
  const nodes = new Map();
  const samples = [];
  let clock = events.find((e) => e.name === 'Profile')?.args?.data?.startTime ?? 0;
  for (const e of events.filter((x) => x.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts)) {
    const data = e.args?.data?.cpuProfile;
    for (const node of data?.nodes ?? []) nodes.set(node.id, node);
    const deltas = e.args.data.timeDeltas ?? [];
    (data?.samples ?? []).forEach((id, i) => {
      clock += deltas[i] ?? 0;
      samples.push({ id, at: clock, ms: (deltas[i + 1] ?? deltas[i] ?? 0) / 1000 });
    });
  }
  const label = (f, id) => (f ? `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber}` : String(id));
  const table = (title, within, rows = 30) => {
    const self = new Map();
    const total = new Map();
    for (const s of within) {
      const f = nodes.get(s.id)?.callFrame;
      self.set(label(f, s.id), (self.get(label(f, s.id)) ?? 0) + s.ms);
      const seen = new Set();
      for (let node = nodes.get(s.id); node; node = nodes.get(node.parent)) {
        const key = label(node.callFrame, node.id);
        if (seen.has(key)) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + s.ms);
      }
    }
    console.log(`\n${title}, JS self time (ms):`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
    console.log(`${title}, JS total time (ms):`);
    for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
  };
  table('whole run', samples);
  const longest = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur)[0];
  if (longest) {
    const inside = onMain.filter((e) => e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur && e !== longest);
    const byKind = new Map();
    for (const e of inside) byKind.set(e.name, (byKind.get(e.name) ?? 0) + e.dur / 1000);
    console.log(
      `\nlongest task (${(longest.dur / 1000).toFixed(0)} ms): ${[...byKind]
        .filter(([k]) => names.includes(k))
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')}`,
    );
    table(
      'longest task',
      samples.filter((s) => s.at >= longest.ts && s.at <= longest.ts + longest.dur),
      40,
    );
  }
}
