// The readability benchmark: the real <relationship-map> at Fit in a 1280 x 720 element in headless Chromium, for
// the five teaching cases (session 12) and the 60- and 150-person inventories of
// packages/layout/src/testing/inventories.ts, editing (names) and presenting with names.
//
//   pnpm bench:readability            prints the table
//   pnpm bench:readability -- --write also records it under "Readability at Fit" in bench/RESULTS.md
//   pnpm bench:readability -- --label=before   the heading's label (default: after)
//
// Targets (issue 13): no label under 11 CSS px, 0 label overlaps (with labels or nodes), lines not through labels,
// 0 lines under a node that is not one of their ends.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { cssTemplatesPlugin } from '../../scripts/css-templates-plugin.mjs';
import { serveFolder } from '../../scripts/built-pages.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const write = args.includes('--write');
const label = args.find((a) => a.startsWith('--label='))?.split('=')[1] ?? 'after';
// --screenshots=DIR saves each map as DIR/readability-<subject>-<mode>.png (the element, 1280 x 720).
const shots = args.find((a) => a.startsWith('--screenshots='))?.split('=')[1];
const out = mkdtempSync(join(tmpdir(), 'relmap-readability-'));

await build({
  entryPoints: [join(here, 'src/readability/page.ts')],
  plugins: [cssTemplatesPlugin()],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  outfile: join(out, 'page.js'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
writeFileSync(
  join(out, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>readability</title><body style="margin:0"><script type="module" src="/page.js"></script>',
);
const server = await serveFolder(out);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('pageerror', (e) => console.error(e));
await page.goto(`${server.origin}/index.html`);
await page.waitForFunction(() => window.readability !== undefined);
const subjects = await page.evaluate(() => window.readability.subjects);
const rows = [];
for (const mode of ['editing', 'presenting']) {
  for (const name of subjects) {
    rows.push(await page.evaluate(([n, m]) => window.readability.run(n, m), [name, mode]));
    if (shots) {
      const slug = name
        .replace(/\(.*\)|,.*$/g, '')
        .trim()
        .replace(/\s+/g, '-')
        .toLowerCase();
      await page.locator('relationship-map').screenshot({ path: join(resolve(root, shots), `readability-${slug}-${mode}.png`) });
    }
  }
}
// --narrow=DIR also saves the 60-person map in a phone-sized (390 x 760) and a tablet-sized (768 x 900) element.
const narrow = args.find((a) => a.startsWith('--narrow='))?.split('=')[1];
if (narrow) {
  for (const [w, h] of [
    [390, 760],
    [768, 900],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.evaluate(([n, ww, hh]) => window.readability.run(n, 'editing', ww, hh), [subjects.find((s) => s.startsWith('60')), w, h]);
    await page.locator('relationship-map').screenshot({ path: join(resolve(root, narrow), `readability-60-people-${w}.png`) });
  }
}
await browser.close();
await server.close();
rmSync(out, { recursive: true, force: true });

const mark = (ok) => (ok ? '' : ' ✗');
const table = [
  '| map | mode | people | labels shown / hidden | smallest label (px) | label-label overlaps | label-node overlaps | line-label crossings | occlusions |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.mode} | ${r.people} | ${r.labelsShown} / ${r.labelsHidden} | ${r.smallestLabelPx.toFixed(1)}${mark(r.smallestLabelPx >= 11 - 1e-6)} | ${r.labelOverlaps}${mark(r.labelOverlaps === 0)} | ${r.labelNodeOverlaps}${mark(r.labelNodeOverlaps === 0)} | ${r.lineLabelCrossings}${mark(r.lineLabelCrossings === 0)} | ${r.occlusions}${mark(r.occlusions === 0)} |`,
  ),
].join('\n');
console.log(table);
if (args.includes('--problems'))
  for (const r of rows) console.log(r.name, r.mode, r.problems.filter((p) => !p.startsWith('line') || r.people < 20 || p.includes('under')).join('; '));

if (write) {
  const file = join(root, 'bench/RESULTS.md');
  const text = readFileSync(file, 'utf8');
  const section = `### ${label}\n\n- date: ${new Date().toUTCString()}\n- command: \`pnpm bench:readability -- --write --label=${label}\`\n\n${table}\n`;
  const heading = '## Readability at Fit';
  const start = text.indexOf(heading);
  let next;
  if (start < 0) next = `${text.trimEnd()}\n\n${heading}\n\n${section}`;
  else {
    const end = text.indexOf('\n## ', start + heading.length);
    const body = text.slice(start, end < 0 ? undefined : end);
    const sub = body.indexOf(`### ${label}\n`);
    let replaced;
    if (sub < 0) replaced = `${body.trimEnd()}\n\n${section}`;
    else {
      const subEnd = body.indexOf('\n### ', sub + 4);
      replaced = `${body.slice(0, sub)}${section}${subEnd < 0 ? '' : body.slice(subEnd)}`;
    }
    next = text.slice(0, start) + replaced.trimEnd() + '\n' + (end < 0 ? '' : text.slice(end));
  }
  writeFileSync(file, next);
}
