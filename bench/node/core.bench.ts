/**
 * Benchmark of the core commands and the undo history: 10,000 mixed steps through one store (people added up to
 * a few hundred, closeness, conflict and support set, people linked and unlinked, notes edited, people removed,
 * transactions), then undo of every step. It reports the time of each phase and what the history costs in
 * memory, to show that it grows with patches and not with whole copies of the inventory (rule H5).
 *
 * Run it with `pnpm bench:core` (see run-core.mjs): it needs `--expose-gc` for the memory figures. The last
 * line of output is `RESULT <json>` for the runner to collect.
 */
import {
  addPerson,
  command,
  createInventory,
  createStore,
  type Change,
  type Command,
  type Conflict,
  type Inventory,
  type Store,
  setCloseness,
} from '../../packages/core/src/index.ts';
import { BULK_PEOPLE, BULK_TIES, measureBulk } from './bulk-build.ts';

const STEPS = 10_000;
const TARGET_PEOPLE = Number(process.env.BENCH_PEOPLE ?? 300);
const CONFLICT_LEVELS: readonly Conflict[] = ['none', 'low', 'high', 'hostile', 'cutoff'];
const SUPPORT_LEVELS = ['none', 'some', 'strong'] as const;

/** A small seeded generator (mulberry32), so every run performs exactly the same steps. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20250301);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const other = <T>(items: readonly T[], not: T): T => pick(items.filter((x) => x !== not));

/** One step of the workload: a single command, or a few commands as one transaction (a drag, a saved form). */
type Step = { readonly commands: readonly Command[]; readonly transaction: boolean };

let added = 0;

/** Chooses the next step from the current inventory, so that every step is valid and really changes something. */
function nextStep(inv: Inventory): Step {
  const ids = Object.keys(inv.people);
  const single = (cmd: Command): Step => ({ commands: [cmd], transaction: false });
  const roll = rand();
  if (ids.length < 2 || (ids.length < TARGET_PEOPLE && roll < 0.12)) {
    added++;
    return single(command('addPerson', { name: `Person ${added}`, category: pick(['friend', 'colleague', 'parent', 'other'] as const) }));
  }
  const id = pick(ids);
  const person = inv.people[id]!;
  const rings = [1, 2, 3, 4, 5].slice(0, inv.settings.rings);
  if (roll < 0.25) return single(command('setCloseness', { id, ring: other(rings, person.tie.ring) }));
  if (roll < 0.36) return single(command('setConflict', { id, conflict: other(CONFLICT_LEVELS, person.tie.conflict) }));
  if (roll < 0.47) return single(command('setSupport', { id, support: other(SUPPORT_LEVELS, person.tie.support) }));
  if (roll < 0.57) {
    const text = `Seen ${Math.floor(rand() * 1e6)} times; talks about work and the children.`;
    return single(command('updateTie', { id, changes: { satisfying: { text, sensitivity: 'shareable' }, contact: 'weekly' } }));
  }
  if (roll < 0.64) {
    const text = `Notes ${Math.floor(rand() * 1e6)}: a careful, warm person.`;
    return single(command('updatePerson', { id, changes: { notes: { text, sensitivity: 'private' } } }));
  }
  if (roll < 0.74) {
    const b = other(ids, id);
    const tie = Object.values(inv.ties).find((t) => (t.a === id && t.b === b) || (t.a === b && t.b === id));
    return single(tie ? command('unlinkPeople', { id: tie.id }) : command('linkPeople', { a: id, b }));
  }
  if (roll < 0.77) return single(command('removePerson', { id }));
  // A drag onto another ring that also pins the person: one undo step for several commands.
  return {
    transaction: true,
    commands: [
      command('setCloseness', { id, ring: other(rings, person.tie.ring) }),
      command('setPin', { id, angle: Math.floor(rand() * 3600) / 10 + 0.05 }),
      command('setConflict', { id, conflict: other(CONFLICT_LEVELS, person.tie.conflict) }),
    ],
  };
}

function run(store: Store, step: Step): Change | undefined {
  if (!step.transaction) return store.dispatch(step.commands[0]!);
  return store.transaction('drag', (tx) => {
    for (const cmd of step.commands) tx.dispatch(cmd);
  });
}

function heapUsed(): number {
  if (!globalThis.gc) throw new Error('run node with --expose-gc for the memory figures');
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

// The workload is chosen before the clock starts, against a scratch store, so that only the store is timed.
// Along the way it weighs what a history of whole snapshots would hold, one JSON copy per step, sampled.
const SAMPLE_EVERY = 50;
const plan: Step[] = [];
let snapshotJsonChars = 0;
{
  const scratch = createStore(createInventory({ clientLabel: 'Bench', rings: 5 }), { historyLimit: STEPS });
  while (plan.length < STEPS) {
    const step = nextStep(scratch.inventory);
    if (!run(scratch, step)) continue;
    plan.push(step);
    if (plan.length % SAMPLE_EVERY === 0) snapshotJsonChars += JSON.stringify(scratch.inventory).length * SAMPLE_EVERY;
  }
}
const commandCount = plan.reduce((n, s) => n + s.commands.length, 0);
const transactions = plan.filter((s) => s.transaction).length;

const initial = createInventory({ clientLabel: 'Bench', rings: 5 });
const heapBefore = heapUsed();
const store = createStore(initial, { historyLimit: STEPS });
// Only the patch arrays are kept, which the history holds anyway: keeping whole changes would keep every
// intermediate inventory alive and slow the run down with garbage collection the store itself never causes.
const patchLists: (readonly unknown[])[] = [];
const byKind = new Map<string, { count: number; ms: number }>();

const t0 = performance.now();
for (const step of plan) {
  const start = performance.now();
  const change = run(store, step)!;
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
