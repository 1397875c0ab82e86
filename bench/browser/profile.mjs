// Profiles `<relationship-map>` on the benchmark page: a Chromium trace (with the JS sampling profile) of the
// first render, or of a scripted drag, summarised as time per renderer activity and the heaviest JS functions.
//
//   node bench/browser/profile.mjs --n=300                 first render to `relmap-settle`
//   node bench/browser/profile.mjs --n=300 --drag          a two-second drag after the map has settled
//   node bench/browser/profile.mjs --n=300 --trace=t.json  also keeps the raw trace, for DevTools
//   node bench/browser/profile.mjs --n=300 --keep          keeps the bundle, to look up the lines named
//   node bench/browser/profile.mjs --n=300 --repeat=7      no trace: the first render in 7 fresh pages, fastest
//                                                          and median, to compare two versions on a busy machine
//   node bench/browser/profile.mjs --n=300 --tasks=8       also lists the 8 longest tasks of the traced run
//   node bench/browser/profile.mjs --n=300 --source=DIR    also builds the packages of DIR (another checkout, say
//                                                          `git archive main | tar -x -C DIR`) and measures both
//                                                          versions in the same run, DIR first
//
// The page is bundled unminified, so that the functions keep their names. Read the figures as shares of one run:
// the machine may be shared.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
const taskCount = Number(option('tasks', '5'));
const source = option('source', undefined);
const out = mkdtempSync(join(tmpdir(), 'relmap-profile-'));

/** Bundles the page; with `root`, @relmap/* come from that checkout's sources (its other imports from this one). */
const bundle = (file, root) =>
  build({
    stdin: {
      contents: `import { install } from './src/harness.js'; import adapter from './src/adapters/relmap.js'; install(adapter);`,
      resolveDir: here,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(out, file),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    ...(root && {
      alias: Object.fromEntries(['core', 'layout', 'map'].map((p) => [`@relmap/${p}`, resolve(root, `packages/${p}/src/index.ts`)])),
      nodePaths: ['map', 'layout', 'core'].map((p) => join(here, `../../packages/${p}/node_modules`)),
    }),
  });
await bundle('page.js');
if (source) await bundle('source.js', source);
writeFileSync(
  join(out, 'page.html'),
  '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="stage"></div><script type="module" src="/page.js"></script>',
);
const server = createServer((req, res) => {
  const script = req.url.startsWith('/source') ? 'source.js' : 'page.js';
  const name = req.url.endsWith('.js') ? script : 'page.html';
  const body = readFileSync(join(out, name), 'utf8');
  res
    .writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html' })
    .end(name === 'page.html' ? body.replace('/page.js', `/${script}`) : body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--no-first-run'],
});
const repeat = Number(option('repeat', '0'));
// With --source, each page of the other checkout is followed by one of this one, so that both meet the same load.
const versions = source
  ? [
      { name: `${source}: `, url: '/source.html' },
      { name: 'this checkout: ', url: '/page.html' },
    ]
  : [{ name: '', url: '/page.html' }];
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
/** A fresh page of one version with the benchmark's graph prepared. */
const open = async (version) => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}${version.url}`);
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate((k) => window.bench.prepare(k), n);
  return { context, page };
};
try {
  if (repeat > 0) {
    const runs = versions.map(() => []);
    for (let i = 0; i < repeat; i++) {
      for (const [v, version] of versions.entries()) {
        const { context, page } = await open(version);
        runs[v].push(await page.evaluate(() => window.bench.mount(15000)));
        await context.close();
      }
    }
    const stat = (v, key) => {
      const sorted = runs[v].map((r) => r[key]).sort((a, b) => a - b);
      return `${key} fastest ${sorted[0].toFixed(0)}, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)}`;
    };
    console.log(`N = ${n}, ${repeat} pages each, ${load()}`);
    for (const [v, version] of versions.entries()) console.log(`${version.name}${stat(v, 'stableMs')}; ${stat(v, 'longestTask')}`);
  } else {
    for (const version of versions) {
      const { context, page } = await open(version);
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
      if (traceFile) writeFileSync(version.url === '/page.html' ? traceFile : `${traceFile}.source.json`, JSON.stringify(trace));
      console.log(`\n${version.name}N = ${n}, ${drag ? 'drag' : 'first render'}, ${load()}`);
      console.log(JSON.stringify(result));
      summarise(trace.traceEvents ?? trace);
      await context.close();
    }
  }
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
    `  longest tasks (${tasks.length} tasks in all): ${tasks
      .slice(0, taskCount)
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
