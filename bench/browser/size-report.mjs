// What weighs in the bundles an app ships for Relmap's elements, in gzip bytes, by package and by source file.
//
//   pnpm size:report                       every entry of .size-limit.js, with its heaviest packages and files
//   pnpm size:report -- --entry=map        one entry (its id below), every file listed
//   pnpm size:report -- --markdown         the tables as Markdown, for bench/RESULTS.md "Size budget"
//
// Each entry is bundled as `pnpm size` bundles its first load (esbuild, minified ESM, NODE_ENV=production, the CSS
// of `css` templates minified as the package build does, the parts loaded on demand left out, gzip level 9); the
// parts it may load later are listed after it, each as the chunk an app's bundler would make of it. A
// file's share is what its bytes cost in the compressed stream where they sit: the bundle is compressed prefix by
// prefix in 1 KiB steps, each step's cost is split over the files whose bytes it holds (found by the source map),
// and the shares add up to the bundle's gzip size exactly. Gzipping each file alone would overstate them all.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cssTemplatesPlugin } from '../../scripts/css-templates-plugin.mjs';
import { loadedPartPlugin } from '../../scripts/loaded-part-plugin.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1] ?? (args.includes(`--${name}`) ? true : undefined);

/** The entries measured: what an app imports for the map alone, for each other element, and for everything. */
const ENTRIES = [
  { id: 'map', title: '`@relmap/map/relationship-map`', path: 'packages/map/src/relationship-map.ts' },
  { id: 'table', title: '`@relmap/map/relationship-table`', path: 'packages/map/src/relationship-table.ts' },
  { id: 'detail', title: '`@relmap/map/relationship-detail`', path: 'packages/map/src/relationship-detail.ts' },
  { id: 'compare', title: '`@relmap/map/relationship-compare`', path: 'packages/map/src/relationship-compare.ts' },
  { id: 'all', title: '`@relmap/map` (everything)', path: 'packages/map/src/index.ts' },
];
const STEP = 1024;

/** Bundles what one entry loads first, as size-limit does; returns the minified code and its source map. */
async function bundle(path) {
  const result = await build({
    entryPoints: [resolve(root, path)],
    outfile: resolve(root, 'size-report.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    sourcemap: 'external',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [loadedPartPlugin(), cssTemplatesPlugin()],
    logLevel: 'error',
  });
  const file = (suffix) => result.outputFiles.find((f) => f.path.endsWith(suffix));
  return { code: Buffer.from(file('.js').contents), map: JSON.parse(file('.js.map').text) };
}

const BASE64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** The source index of every byte of the generated code, decoded from the source map's VLQ mappings (-1: none). */
function sourceOfEachByte(code, map) {
  const owner = new Int32Array(code.length).fill(-1);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === 10) lineStarts.push(i + 1);
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    let previous = null;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64[char];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      const at = lineStarts[lineIndex] + column;
      if (previous) owner.fill(previous.source, previous.at, at);
      previous = fields.length > 1 ? { at, source } : null;
    }
    if (previous) owner.fill(previous.source, previous.at, lineStarts[lineIndex + 1] ?? code.length);
  });
  return owner;
}

/** The gzip bytes each source file costs in the bundle; the values add up to the bundle's gzip size. */
function gzipShares(code, map) {
  const owner = sourceOfEachByte(code, map);
  const names = map.sources.map((s) => relative(root, resolve(root, s)));
  const shares = new Map();
  let before = 0;
  for (let start = 0; start < code.length; start += STEP) {
    const end = Math.min(code.length, start + STEP);
    const after = end === code.length ? gzipSync(code, { level: 9 }).length : gzipSync(code.subarray(0, end), { level: 9 }).length;
    const cost = (after - before) / (end - start);
    for (let i = start; i < end; i++) {
      const name = owner[i] < 0 ? '(esbuild runtime and glue)' : names[owner[i]];
      shares.set(name, (shares.get(name) ?? 0) + cost);
    }
    before = after;
  }
  return { gzip: before, shares };
}

/** The package a source path belongs to: the last `node_modules` package in it, or the workspace package. */
function packageOf(path) {
  const dep = path.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/)?.[1];
  if (dep) return dep;
  const own = path.match(/^packages\/([^/]+)\//)?.[1];
  return own ? `@relmap/${own}` : path;
}

/** Measures one entry: its gzip and minified size, and gzip bytes by package and by workspace file. */
export async function measure(path) {
  const { code, map } = await bundle(path);
  const { gzip, shares } = gzipShares(code, map);
  const byPackage = new Map();
  const files = [];
  for (const [name, bytes] of shares) {
    const pkg = packageOf(name);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytes);
    if (pkg.startsWith('@relmap/')) files.push([name, bytes]);
  }
  const sorted = (entries) => [...entries].sort((a, b) => b[1] - a[1]);
  return { gzip, minified: code.length, byPackage: sorted(byPackage), files: sorted(files) };
}

/** The parts an entry loads on demand, each as the chunk esbuild's code splitting makes of it, with its gzip size. */
export async function parts(path) {
  const result = await build({
    entryPoints: [resolve(root, path)],
    outdir: resolve(root, 'size-report'),
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [cssTemplatesPlugin()],
    logLevel: 'error',
  });
  const entry = resolve(root, path);
  return result.outputFiles
    .map((file) => ({ file, meta: result.metafile.outputs[relative(process.cwd(), file.path)] }))
    .filter(({ meta }) => meta?.entryPoint && resolve(process.cwd(), meta.entryPoint) !== entry)
    .map(({ file, meta }) => [relative(root, resolve(process.cwd(), meta.entryPoint)), gzipSync(file.contents, { level: 9 }).length])
    .sort((a, b) => b[1] - a[1]);
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

function report(entry, size, limit, later) {
  const lines = [`${entry.title}: ${kB(size.gzip)} kB gzip (${kB(size.minified)} kB minified) first`];
  const table = (heading, rows) => {
    if (option('markdown'))
      lines.push(
        '',
        `| ${heading} | kB gzip | share |`,
        '|---|---:|---:|',
        ...rows.map(([k, v]) => `| ${k} | ${kB(v)} | ${((v / size.gzip) * 100).toFixed(0)} % |`),
      );
    else lines.push('', ...rows.map(([k, v]) => `  ${kB(v).padStart(5)}  ${((v / size.gzip) * 100).toFixed(0).padStart(3)} %  ${k}`));
  };
  table('package', size.byPackage);
  table('file', limit ? size.files.slice(0, limit) : size.files);
  if (later.length > 0) {
    lines.push('', 'Loaded on demand, each a chunk of its own (gzip alone):');
    if (option('markdown')) lines.push('', '| part | kB gzip |', '|---|---:|', ...later.map(([k, v]) => `| ${k} | ${kB(v)} |`));
    else lines.push(...later.map(([k, v]) => `  ${kB(v).padStart(5)}  ${k}`));
  }
  return lines.join('\n');
}

const chosen = option('entry');
const entries = ENTRIES.filter((e) => (!chosen || e.id === chosen) && existsSync(resolve(root, e.path)));
const summary = [];
for (const entry of entries) {
  const size = await measure(entry.path);
  const later = await parts(entry.path);
  summary.push([entry, size, later]);
  console.log(report(entry, size, chosen ? 0 : 15, later), '\n');
}
if (entries.length > 1) {
  console.log(
    option('markdown')
      ? '| entry | kB gzip, first load | kB minified | kB gzip, parts loaded on demand |\n|---|---:|---:|---:|'
      : 'entry, kB gzip first, kB minified, kB gzip of the parts loaded on demand:',
  );
  for (const [entry, size, later] of summary) {
    const onDemand = kB(later.reduce((sum, [, bytes]) => sum + bytes, 0));
    console.log(
      option('markdown')
        ? `| ${entry.title} | ${kB(size.gzip)} | ${kB(size.minified)} | ${onDemand} |`
        : `  ${kB(size.gzip).padStart(5)}  ${kB(size.minified).padStart(6)}  ${onDemand.padStart(5)}  ${entry.title}`,
    );
  }
}
