/**
 * The large run of the hostile-document property: `parseInventory` and the element's `inventory` setter (its
 * document controller, on a stand-in host) each meet the same random and mutated documents. Any broken
 * guarantee stops the run with the input's seed and path; the last line is `RESULT <json>`.
 *
 * Run it with `pnpm fuzz` (see run-ts.mjs), which bundles this file for plain Node. `FUZZ_RUNS` sets the
 * number of documents (default 100,000) and `FUZZ_SEED` the seed of the first chunk of 10,000 (the next chunks
 * use the following seeds), so `FUZZ_SEED=s FUZZ_RUNS=10000` runs exactly the chunk seeded `s`.
 *
 * To find an input that misbehaves: `FUZZ_LOG=1` prints each input's rough size before it is checked and the
 * time its check took after; `FUZZ_GENERATE_ONLY=1` draws the documents without checking them (is it the
 * generator or the library?); `FUZZ_PATH` replays one input of the chunk seeded `FUZZ_SEED` by its fast-check
 * path (as printed on a failure, or the input's number in the chunk counting from 0).
 */
import fc from 'fast-check';
import { maya } from '../packages/cases/src/index.ts';
import { command, parseInventory, serializeInventory } from '../packages/core/src/index.ts';
import { checkHostileParse, hostileDocument } from '../packages/core/src/document/testing/hostile-document.ts';
import { checkHostileSet, setterProbe } from '../packages/map/src/testing/hostile-setter.ts';
import { describeSize, inputSize } from './fuzz-size.ts';

const runs = Number(process.env['FUZZ_RUNS'] ?? 100_000);
const seed = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
const log = process.env['FUZZ_LOG'] === '1';
const generateOnly = process.env['FUZZ_GENERATE_ONLY'] === '1';
const path = process.env['FUZZ_PATH'];
const probe = setterProbe(maya.intake, (c) => c.dispatch(command('setCloseness', { id: 'jonas', ring: 3 })));
const counts = { accepted: 0, rejected: 0, setterAccepted: 0, setterRejected: 0 };
let slowest = 0;
let done = 0;
const started = performance.now();

// Chunks of separate checks, each with its own seed: one check over 100,000 inputs grew the heap without bound
// (inside the generator machinery, not the library), while chunks release what each check kept.
const CHUNK = 10_000;
const property = fc.property(hostileDocument, (doc) => {
  if (log) console.log(`#${done} ${describeSize(inputSize(doc))}, heap ${heapMb()} MB`);
  const t0 = performance.now();
  if (!generateOnly) {
    counts[checkHostileParse(parseInventory, serializeInventory, doc)]++;
    const outcome = checkHostileSet(probe, doc);
    counts[outcome === 'accepted' ? 'setterAccepted' : 'setterRejected']++;
  }
  const ms = performance.now() - t0;
  slowest = Math.max(slowest, ms);
  if (log) console.log(`#${done} checked in ${Math.round(ms)} ms`);
  if (++done % 10_000 === 0) {
    console.log(`${done} documents, ${Math.round((performance.now() - started) / 1000)} s, heap ${heapMb()} MB`);
  }
});
let result: fc.RunDetails<[unknown]> | undefined;
let numRuns = 0;
if (path !== undefined) {
  result = fc.check(property, { numRuns: 1, seed, path, endOnFailure: true });
  numRuns = result.numRuns;
}
for (let chunk = 0; path === undefined && numRuns < runs; chunk++) {
  result = fc.check(property, { numRuns: Math.min(CHUNK, runs - numRuns), seed: seed + chunk });
  numRuns += result.numRuns;
  if (result.failed) break;
}
if (!result) throw new Error('FUZZ_RUNS must be at least 1.');

const seconds = (performance.now() - started) / 1000;
const summary = {
  inputs: numRuns,
  chunks: Math.ceil(numRuns / CHUNK),
  seed,
  failed: result.failed,
  ...counts,
  seconds: Math.round(seconds * 10) / 10,
  slowestInputMs: Math.round(slowest),
  node: process.version,
};
if (result.failed) {
  console.log(fc.defaultReportMessage(result));
  console.log(`failure: ${String(result.errorInstance).slice(0, 2000)}`);
}
console.log(`RESULT ${JSON.stringify(summary)}`);
process.exitCode = result.failed ? 1 : 0;

function heapMb(): number {
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
}
