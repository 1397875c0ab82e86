// Runs bench/node/core.bench.ts under plain Node: Node 20 cannot load TypeScript, so the script is first
// bundled (with the core sources and immer, as an app would ship them) by Vite, which the workspace already
// has. Each run is a fresh `node --expose-gc` process; the medians of the runs are printed at the end.
//
//   pnpm bench:core                         three runs, people up to 300
//   pnpm bench:core -- --runs 5
//   BENCH_PEOPLE=50 pnpm bench:core          a smaller network
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleForNode, root } from '../../scripts/bundle-for-node.mjs';

const entry = join(root, 'bench/node/core.bench.ts');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const outDir = mkdtempSync(join(tmpdir(), 'relmap-bench-'));

try {
  await bundleForNode(entry, outDir, 'core.bench.mjs');

  const results = [];
  for (let i = 1; i <= runs; i++) {
    console.log(`\n# run ${i} of ${runs}`);
    const child = spawnSync(process.execPath, ['--expose-gc', join(outDir, 'core.bench.mjs')], { encoding: 'utf8' });
    process.stdout.write(child.stdout);
    process.stderr.write(child.stderr);
    if (child.status !== 0) throw new Error(`run ${i} failed with exit code ${child.status}`);
    const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    results.push(JSON.parse(line.slice('RESULT '.length)));
  }

  const median = (key) => {
    const values = results.map((r) => r[key]).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  };
  const first = results[0];
  const total = median('totalMs');
  const typical = results.find((r) => r.totalMs === total);
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  console.log(`\n# median of ${runs} runs (node ${process.version})`);
  console.log(`steps ${first.steps}, commands ${first.commands}, transactions ${first.transactions}, final people ${first.people}, ties ${first.ties}`);
  console.log(`dispatch ${median('dispatchMs').toFixed(0)} ms, ${median('dispatchUsPerStep').toFixed(1)} µs/step`);
  console.log(`undo all ${median('undoMs').toFixed(0)} ms, ${median('undoUsPerStep').toFixed(1)} µs/step`);
  console.log(`total ${total.toFixed(0)} ms: goal (under 1000 ms) ${total < 1000 ? 'met' : 'not met'}`);
  console.log(
    `patches held ${first.patchCount}: ${kib(first.patchJsonChars)} as JSON; a snapshot per step ${mib(first.snapshotJsonChars)} (${(first.snapshotJsonChars / first.patchJsonChars).toFixed(0)}x)`,
  );
  console.log(
    `heap after GC: store with history ${kib(median('heapWithHistory'))}, bare final inventory ${kib(median('heapOneCopy'))}, a snapshot per step ~${mib(median('heapSnapshots'))}`,
  );
  console.log(
    `one setCloseness as a pure command: ${median('pureSmallUs').toFixed(1)} µs at 10 people, ${median('pureFinalUs').toFixed(1)} µs at ${first.people}`,
  );
  const bulk = (key) => {
    const values = results
      .map((r) => r.bulk?.[key])
      .filter((v) => v !== undefined && v !== null)
      .sort((a, b) => a - b);
    return values.length === 0 ? 'n/a' : `${values[Math.floor(values.length / 2)].toFixed(1)} ms`;
  };
  console.log(
    `bulk build, 1,000 people and 2,000 ties: pure commands one by one ${bulk('pureMs')}, one store.transaction ${bulk('transactionMs')}, applyCommands ${bulk('applyCommandsMs')}, store.batch ${bulk('batchMs')}`,
  );
  console.log(`parseInventory of that inventory: a JSON copy ${bulk('parseCopyMs')}, the inventory core made ${bulk('parseCoreMadeMs')}`);
  const cpu = (key) => {
    const values = results
      .map((r) => r.bulk?.cpuMs?.[key])
      .filter((v) => v !== undefined)
      .sort((a, b) => a - b);
    return values.length === 0 ? 'n/a' : `${values[Math.floor(values.length / 2)].toFixed(1)} ms`;
  };
  console.log(
    `the same in CPU time: one by one ${cpu('pureMs')}, transaction ${cpu('transactionMs')}, applyCommands ${cpu('applyCommandsMs')}, store.batch ${cpu('batchMs')}, parse of a copy ${cpu('parseCopyMs')}, of the inventory core made ${cpu('parseCoreMadeMs')}`,
  );
  console.log('per kind of step (run with the median total):');
  for (const [kind, { count, ms }] of Object.entries(typical.byKind).sort((x, y) => y[1].ms - x[1].ms)) {
    console.log(
      `  ${kind.padEnd(14)} ${String(count).padStart(5)} steps ${ms.toFixed(0).padStart(6)} ms ${((ms * 1000) / count).toFixed(1).padStart(7)} µs/step`,
    );
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
