// Runs bench/node/layout.bench.ts under plain Node. Node 20 cannot load TypeScript, so the benchmark is first
// bundled (with the layout and core sources, d3-force and immer, as an app would ship them) by Vite, which the
// workspace already has; then each inventory size runs in a fresh Node process, so that its first layout is
// measured cold, and the results are printed as Markdown tables.
//
//   pnpm bench:layout                  30, 300 and 1,000 people
//   pnpm bench:layout -- --write       also record the tables under "Layout convergence" in bench/RESULTS.md
//   pnpm bench:layout -- --runs 15     more runs per median (default 9)
//   pnpm bench:layout -- --repeat 3    three processes per size, keeping the one with the fastest warm layout,
//                                      which filters out most interference on a shared machine
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleForNode, root } from '../../scripts/bundle-for-node.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 1;
const sizes = [30, 300, 1000];
const outDir = mkdtempSync(join(tmpdir(), 'relmap-layout-bench-'));

try {
  await bundleForNode(join(root, 'bench/node/layout.bench.ts'), outDir, 'layout.bench.mjs');
  const bundle = join(outDir, 'layout.bench.mjs');
  const script = `import(${JSON.stringify(`file://${bundle}`)}).then((m) => m.main(process.argv.slice(1)))`;
  const measure = (size) => {
    const argv = ['--input-type=module', '-e', script, '--', '--size', String(size), '--runs', String(runs)];
    const out = execFileSync(process.execPath, argv, { encoding: 'utf8' });
    const line = out.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`no result for ${size} people:\n${out}`);
    return JSON.parse(line.slice('RESULT '.length));
  };
  const results = sizes.map((size) => Array.from({ length: repeat }, () => measure(size)).reduce((best, r) => (r.warm.total < best.warm.total ? r : best)));
  const report = tables(results);
  console.log(report);
  if (args.includes('--write')) record(report);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

function tables(results) {
  const f = (x, digits = 1) => x.toFixed(digits);
  const lines = [
    `Fresh layout: \`new LayoutEngine()\`, \`update(inventory)\`, \`settle()\`. Cold is the first layout in a fresh`,
    `process; warm is the median of ${runs} more. A running tick is one \`tick()\` while a person is dragged. Times are`,
    'wall-clock; "CPU" is the CPU time the process used, which other processes on the machine disturb less.',
    ...(repeat > 1 ? [`Each row is the fastest of ${repeat} processes (by warm total).`] : []),
    '',
    '| people | ties | cold total (ms) | cold CPU (ms) | warm seed + relax (ms) | warm settle (ms) | warm total (ms)' +
      ' | warm CPU (ms) | ticks to rest | one running tick (ms) | extent |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    lines.push(
      [r.n, r.ties, f(r.cold.total), f(r.cold.cpu), f(r.warm.update), f(r.warm.settle), f(r.warm.total), f(r.warm.cpu)]
        .concat([r.warm.ticks, f(r.tick, 2), f(r.extent, 0)])
        .map((cell) => `| ${cell} `)
        .join('') + '|',
    );
  }
  lines.push(
    '',
    'Incremental update of a settled layout: `update(next)` then `settle()`, median time; displacement of everyone',
    `else in units and, in brackets, in ring spacings (${results[0].spacing} units).`,
    '',
    '| people | edit | update + settle (ms) | CPU (ms) | ticks | mean displacement | largest displacement |',
    '|---:|---|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    for (const e of r.edits) {
      const share = (x) => `${f(x, 2)} (${f(x / r.spacing, 3)})`;
      lines.push(`| ${r.n} | ${e.edit} | ${f(e.time)} | ${f(e.cpu)} | ${e.ticks} | ${share(e.mean)} | ${share(e.max)} |`);
    }
  }
  return lines.join('\n');
}

/** Replaces the "Layout convergence" section of bench/RESULTS.md, leaving every other section as it is. */
function record(report) {
  const file = join(root, 'bench/RESULTS.md');
  const command = ['pnpm bench:layout', ...(args.length ? ['--', ...args] : [])].join(' ');
  const section = [
    '## Layout convergence',
    '',
    `- date: ${execSync('date', { encoding: 'utf8' }).trim()}`,
    `- machine: \`nproc\` ${execSync('nproc', { encoding: 'utf8' }).trim()}, ${cpus()[0]?.model ?? 'unknown CPU'},`,
    `  Node ${process.version}; load average when done ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
    '  (the machine is shared: other processes ran at the same time)',
    `- command: \`${command}\``,
    '- inventories: `generatedInventory({ people, seed: 7 })` from packages/layout/src/testing/inventories.ts: people on',
    '  3 rings (1 : 2 : 3 from the inside out), names of 3 to 20 letters, every category, one person-to-person',
    '  tie per person (so about two ties each), most within small households, some across the network.',
    '',
    report,
    '',
    'Reading: "seed + relax" places everyone (rings sized, people spread in tie order, packed, drawn towards their',
    'ties) and checks that the placement is at rest; "settle" is the d3 simulation, which then has no tick to run.',
    'Ticks run for drags and animated updates ("one running tick"). Incremental edits place the people concerned',
    'and repack only their ring, so everyone else stays put (0 ticks); a 30-letter name',
    'widens every ring gap (the gap is twice the largest collision radius on the map), which moves the outer rings',
    'out uniformly. Times depend heavily on the load of the shared machine (see the load average above).',
    '',
  ].join('\n');
  // Read right before writing: other sections of this file are written by other benchmarks.
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const start = text.search(/^## Layout convergence[ \t]*$/m);
  let next;
  if (start < 0) {
    next = `${text.trimEnd()}\n\n${section}`;
  } else {
    const after = text.slice(start + 1).search(/^## /m);
    const end = after < 0 ? text.length : start + 1 + after;
    next = `${text.slice(0, start)}${section}${end < text.length ? `\n${text.slice(end)}` : ''}`;
  }
  writeFileSync(file, next);
  console.log(`\nrecorded in ${file}`);
}
