/**
 * Benchmark of the core commands and the undo history: 10,000 mixed steps through one store (people added up to
 * a few hundred, closeness, conflict and support set, people linked and unlinked, notes edited, people removed,
 * transactions), then undo of every step. It reports the time of each phase and what the history costs in
 * memory, to show that it grows with patches and not with whole copies of the inventory (rule H5).
 *
 * Run it with `pnpm bench:core` (see run-core.mjs): it needs `--expose-gc` for the memory figures. The last
 * line of output is `RESULT <json>` for the runner to collect.
 */
import { addPerson, createInventory, createStore, setCloseness, type Inventory } from '../../packages/core/src/index.ts';
import { BULK_PEOPLE, BULK_TIES, measureBulk } from './bulk-build.ts';
import { planWorkload, runStep, startingInventory } from './core-workload.ts';

const STEPS = 10_000;
const TARGET_PEOPLE = Number(process.env.BENCH_PEOPLE ?? 300);

function heapUsed(): number {
  if (!globalThis.gc) throw new Error('run node with --expose-gc for the memory figures');
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

// The workload is chosen before the clock starts, against a scratch store, so that only the store is timed.
// Along the way it weighs what a history of whole snapshots would hold, one JSON copy per step, sampled.
const { steps: plan, snapshotJsonChars } = planWorkload(STEPS, TARGET_PEOPLE);
const commandCount = plan.reduce((n, s) => n + s.commands.length, 0);
const transactions = plan.filter((s) => s.transaction).length;

const initial = startingInventory();
const heapBefore = heapUsed();
const store = createStore(initial, { historyLimit: STEPS });
// Only the patch arrays are kept, which the history holds anyway: keeping whole changes would keep every
// intermediate inventory alive and slow the run down with garbage collection the store itself never causes.
const patchLists: (readonly unknown[])[] = [];
const byKind = new Map<string, { count: number; ms: number }>();

const t0 = performance.now();
for (const step of plan) {
  const start = performance.now();
  const change = runStep(store, step)!;
  const ms = performance.now() - start;
  patchLists.push(change.patches, change.inversePatches);
  const kind = step.transaction ? 'transaction' : step.commands[0]!.name;
  const entry = byKind.get(kind) ?? { count: 0, ms: 0 };
  entry.count++;
  entry.ms += ms;
  byKind.set(kind, entry);
}
const dispatchMs = performance.now() - t0;

const final = store.inventory;
const patchCount = patchLists.reduce((n, list) => n + list.length, 0);
const patchJsonChars = patchLists.reduce((n, list) => n + JSON.stringify(list).length, 0);
patchLists.length = 0;
const heapWithHistory = heapUsed() - heapBefore;

// A deep copy that shares nothing, to weigh one whole inventory on the heap.
const heapSoFar = heapUsed();
const kept = [JSON.parse(JSON.stringify(final)) as unknown];
const heapOneCopy = heapUsed() - heapSoFar;
kept.length = 0;

const t1 = performance.now();
let undone = 0;
while (store.undo()) undone++;
const undoMs = performance.now() - t1;

// The floor under every step: one ring change as a pure command (no store, no history), on a small inventory
// and on the final one, to show how the cost of a single immutable update grows with the size of the records.
function pureCommandUs(inv: Inventory): number {
  const id = Object.keys(inv.people)[0]!;
  const rounds = 1000;
  let x = inv;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) x = setCloseness(x, { id, ring: (i % 5) + 1 });
  return ((performance.now() - start) * 1000) / rounds;
}
let small = createInventory({ rings: 5 });
for (let i = 0; i < 10; i++) small = addPerson(small, { name: `Person ${i}` });
const pureSmallUs = pureCommandUs(small);
const pureFinalUs = pureCommandUs(final);
// `BENCH_BULK=off` leaves out the bulk build (slow before store transactions became linear).
const bulk = process.env.BENCH_BULK === 'off' ? undefined : measureBulk();

const restored = JSON.stringify(store.inventory) === JSON.stringify(initial);
const finalJsonChars = JSON.stringify(final).length;
const people = Object.keys(final.people).length;
const ties = Object.keys(final.ties).length;

const result = {
  steps: plan.length,
  commands: commandCount,
  transactions,
  people,
  ties,
  dispatchMs,
  undoMs,
  totalMs: dispatchMs + undoMs,
  dispatchUsPerStep: (dispatchMs * 1000) / plan.length,
  undoUsPerStep: (undoMs * 1000) / undone,
  undone,
  restored,
  patchCount,
  patchJsonChars,
  finalJsonChars,
  snapshotJsonChars,
  heapWithHistory,
  heapOneCopy,
  heapSnapshots: heapOneCopy * (snapshotJsonChars / finalJsonChars),
  pureSmallUs,
  pureFinalUs,
  bulk,
  byKind: Object.fromEntries([...byKind].map(([kind, { count, ms }]) => [kind, { count, ms }])),
};

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`steps ${result.steps} (${result.commands} commands, ${result.transactions} transactions); final: ${people} people, ${ties} ties`);
console.log(`dispatch ${dispatchMs.toFixed(1)} ms (${result.dispatchUsPerStep.toFixed(1)} µs/step)`);
console.log(`undo all ${undoMs.toFixed(1)} ms (${result.undoUsPerStep.toFixed(1)} µs/step), restored initial: ${restored}`);
console.log(`history: ${patchCount} patches, ${kb(patchJsonChars)} as JSON; a snapshot per step would be ${kb(snapshotJsonChars)}`);
console.log(`heap: store with history ${kb(heapWithHistory)}, one bare inventory ${kb(heapOneCopy)}, a snapshot per step ~${kb(result.heapSnapshots)}`);
console.log(`one setCloseness as a pure command: ${pureSmallUs.toFixed(1)} µs at 10 people, ${pureFinalUs.toFixed(1)} µs at ${people}`);
const ms = (value: number | undefined): string => (value === undefined ? 'n/a' : `${value.toFixed(1)} ms`);
if (bulk)
  console.log(
    `bulk build of ${BULK_PEOPLE} people and ${BULK_TIES} ties: pure commands ${ms(bulk.pureMs)}, one store.transaction ${ms(bulk.transactionMs)}, ` +
      `applyCommands ${ms(bulk.applyCommandsMs)}, store.batch ${ms(bulk.batchMs)}; parseInventory of a JSON copy ${ms(bulk.parseCopyMs)}, of the inventory core made ${ms(bulk.parseCoreMadeMs)}`,
  );
for (const [kind, { count, ms }] of [...byKind].sort((x, y) => y[1].ms - x[1].ms)) {
  console.log(
    `  ${kind.padEnd(14)} ${String(count).padStart(5)} steps ${ms.toFixed(0).padStart(6)} ms ${((ms * 1000) / count).toFixed(1).padStart(7)} µs/step`,
  );
}
console.log(`RESULT ${JSON.stringify(result)}`);
if (!restored || undone !== plan.length) process.exitCode = 1;
