/**
 * Layout convergence: how long a fresh layout takes to come to rest, and how little an incremental update moves
 * everyone else. Run by bench/node/layout-bench.mjs (`pnpm bench:layout`), one process per inventory size, so
 * that the first layout of each size is measured cold, as in a page that has just loaded.
 */
import { addPerson, linkPeople, removePerson, setCloseness, updatePerson, type Inventory } from '../../packages/core/src/index.ts';
import { LayoutEngine } from '../../packages/layout/src/index.ts';
import { generatedInventory } from '../../packages/layout/src/testing/inventories.ts';

const SPACING = 90;

function median(values: readonly number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** CPU time this process has used, in milliseconds: on a shared machine, steadier than the wall clock. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One fresh layout, timed in its two parts, and its CPU time. */
function freshOnce(inventory: Inventory): { update: number; settle: number; cpu: number; ticks: number; extent: number } {
  const c0 = cpu();
  const t0 = performance.now();
  const engine = new LayoutEngine();
  engine.update(inventory);
  const t1 = performance.now();
  const ticks = engine.settle();
  const t2 = performance.now();
  return { update: t1 - t0, settle: t2 - t1, cpu: cpu() - c0, ticks, extent: engine.snapshot().extent };
}

/** The cost of one tick of a running simulation, as while someone is dragged through the others. */
function runningTick(inventory: Inventory): number {
  const engine = new LayoutEngine();
  engine.update(inventory);
  engine.settle();
  const people = [...engine.snapshot().positions.values()];
  const [from, to] = [people[0]!, people[people.length >> 1]!];
  const times: number[] = [];
  for (let i = 0; i <= 40; i++) {
    engine.drag(from.id, from.x + ((to.x - from.x) * i) / 40, from.y + ((to.y - from.y) * i) / 40);
    const t = performance.now();
    engine.tick();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The edits measured on a settled layout: what they do, and whose displacement does not count. */
function edits(base: Inventory): [string, Inventory, string][] {
  const ids = Object.keys(base.people).sort();
  const n = ids.length;
  const [a, b, c] = [ids[3]!, ids[n >> 1]!, ids[n - 2]!];
  const tied = addPerson(base, { id: 'newcomer', name: 'Newcomer Person', ring: 2, category: 'friend' });
  return [
    [
      'add one person tied to two',
      linkPeople(linkPeople(tied, { id: `newcomer-${a}`, a: 'newcomer', b: a }), { id: `newcomer-${b}`, a: 'newcomer', b }),
      'newcomer',
    ],
    ['add one person, no ties', addPerson(base, { id: 'loner', name: 'Loner', ring: 3 }), 'loner'],
    ['move one person to another ring', setCloseness(base, { id: a, ring: base.people[a]!.tie.ring === 1 ? 3 : 1 }), a],
    ['rename one person (one letter)', updatePerson(base, { id: b, changes: { name: `${base.people[b]!.name}s` } }), b],
    ['rename one person (30 letters)', updatePerson(base, { id: b, changes: { name: 'A much longer name than before' } }), b],
    ['remove one person', removePerson(base, { id: c }), c],
  ];
}

/** Measures one incremental edit: time of update plus settle, ticks, and how far everyone else moved. */
function editOnce(base: Inventory, next: Inventory, who: string): { time: number; cpu: number; ticks: number; mean: number; max: number } {
  const engine = new LayoutEngine();
  engine.update(base);
  engine.settle();
  const before = engine.snapshot();
  const c = cpu();
  const t = performance.now();
  engine.update(next);
  const ticks = engine.settle();
  const time = performance.now() - t;
  const used = cpu() - c;
  const after = engine.snapshot();
  let sum = 0;
  let max = 0;
  let count = 0;
  for (const [id, p] of before.positions) {
    const q = after.positions.get(id);
    if (id === who || q === undefined) continue;
    const d = Math.hypot(p.x - q.x, p.y - q.y);
    sum += d;
    max = Math.max(max, d);
    count++;
  }
  return { time, cpu: used, ticks, mean: sum / count, max };
}

/** Measures one inventory size and prints the result as one JSON line for the runner. */
export function main(args: readonly string[] = []): void {
  const n = Number(args[args.indexOf('--size') + 1] ?? 30);
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 9);
  const inventory = generatedInventory({ people: n, seed: 7 });
  const cold = freshOnce(inventory);
  const warm = Array.from({ length: runs }, () => freshOnce(inventory));
  const tick = runningTick(inventory);
  const edited = edits(inventory).map(([edit, next, who]) => {
    const samples = Array.from({ length: Math.max(3, runs >> 1) }, () => editOnce(inventory, next, who));
    const last = samples[samples.length - 1]!;
    const time = median(samples.map((s) => s.time));
    return { edit, time, cpu: median(samples.map((s) => s.cpu)), ticks: last.ticks, mean: last.mean, max: last.max };
  });
  const result = {
    n,
    ties: Object.keys(inventory.ties).length,
    cold: { total: cold.update + cold.settle, cpu: cold.cpu, ticks: cold.ticks },
    warm: {
      update: median(warm.map((w) => w.update)),
      settle: median(warm.map((w) => w.settle)),
      total: median(warm.map((w) => w.update + w.settle)),
      cpu: median(warm.map((w) => w.cpu)),
      ticks: warm[0]!.ticks,
    },
    tick,
    extent: cold.extent,
    spacing: SPACING,
    edits: edited,
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
}
