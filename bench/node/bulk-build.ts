/**
 * Building a large network at once, as an importing host does: 1,000 people and 2,000 ties through the public
 * API, as pure commands one by one, inside one `store.transaction`, and (where the library has them) as one
 * `applyCommands` and one `store.batch`; then reading the result with `parseInventory`, once from a JSON copy
 * (a full check) and once as core made it. Run by core.bench.ts.
 */
import * as core from '../../packages/core/src/index.ts';
import type { Command, Inventory } from '../../packages/core/src/index.ts';

/** How many people and ties the bulk build makes. */
export const BULK_PEOPLE = 1000;
export const BULK_TIES = 2000;

/**
 * The commands that build the network: every person, then two ties per person (to the next and the seventh). Each
 * person gets its id from the command, as a host importing its own records gives them (new ids are random).
 */
export function bulkCommands(): Command[] {
  const out: Command[] = [];
  const categories = ['friend', 'colleague', 'parent', 'sibling', 'other'] as const;
  for (let i = 0; i < BULK_PEOPLE; i++) {
    out.push(core.command('addPerson', { id: `person-${i}`, name: `Person ${i}`, category: categories[i % categories.length]!, ring: (i % 3) + 1 }));
  }
  for (let i = 0; i < BULK_PEOPLE; i++) {
    out.push(core.command('linkPeople', { a: `person-${i}`, b: `person-${(i + 1) % BULK_PEOPLE}` }));
    out.push(core.command('linkPeople', { a: `person-${i}`, b: `person-${(i + 7) % BULK_PEOPLE}`, closeness: 'close' }));
  }
  return out;
}

/** CPU time of this process in milliseconds: on a shared machine it grows less with the load than wall time. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const cpu: Record<string, number> = {};

function time<T>(fn: () => T, name: string): [T, number] {
  // Each way starts with the garbage of the last one collected, so that none pays for another's.
  (globalThis as { gc?: () => void }).gc?.();
  const cpuStart = cpuMs();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  cpu[name] = cpuMs() - cpuStart;
  return [value, ms];
}

function check(inv: Inventory, what: string): void {
  const people = Object.keys(inv.people).length;
  const ties = Object.keys(inv.ties).length;
  if (people !== BULK_PEOPLE || ties !== BULK_TIES) throw new Error(`${what} built ${people} people and ${ties} ties`);
}

/** The figures of the bulk build, in milliseconds (`undefined` where this version of the library has no such API). */
export interface BulkFigures {
  pureMs: number;
  transactionMs: number;
  applyCommandsMs: number | undefined;
  batchMs: number | undefined;
  parseCopyMs: number;
  parseCoreMadeMs: number;
  /** CPU time of each way, by the name of its wall-time figure. */
  cpuMs: Record<string, number>;
}

/** Measures the bulk build; each way starts from a fresh empty inventory. */
export function measureBulk(): BulkFigures {
  const cmds = bulkCommands();
  const empty = (): Inventory => core.createInventory({ clientLabel: 'Bulk', rings: 3 });

  const [pure, pureMs] = time(() => {
    let inv = empty();
    for (const cmd of cmds) inv = (core.commands[cmd.name] as (i: Inventory, a: unknown) => Inventory)(inv, cmd.args);
    return inv;
  }, 'pureMs');
  check(pure, 'pure commands');

  const [, transactionMs] = time(() => {
    const store = core.createStore(empty());
    store.transaction('import', (tx) => {
      for (const cmd of cmds) tx.dispatch(cmd);
    });
    check(store.inventory, 'store.transaction');
  }, 'transactionMs');

  const api = core as unknown as {
    applyCommands?: (inv: Inventory, cmds: readonly Command[]) => Inventory;
  };
  let applyCommandsMs: number | undefined;
  let built = pure;
  if (api.applyCommands) {
    const apply = api.applyCommands;
    let inv: Inventory;
    [inv, applyCommandsMs] = time(() => apply(empty(), cmds), 'applyCommandsMs');
    check(inv, 'applyCommands');
    built = inv;
  }
  let batchMs: number | undefined;
  const storeApi = core.createStore(empty()) as unknown as { batch?: (name: string, cmds: readonly Command[]) => unknown; inventory: Inventory };
  if (storeApi.batch) {
    const batch = storeApi.batch.bind(storeApi);
    [, batchMs] = time(() => batch('import', cmds), 'batchMs');
    check(storeApi.inventory, 'store.batch');
  }

  const copy: unknown = JSON.parse(JSON.stringify(built));
  const [copied, parseCopyMs] = time(() => core.parseInventory(copy), 'parseCopyMs');
  if (!copied.ok) throw new Error('the copy does not parse');
  const [again, parseCoreMadeMs] = time(() => core.parseInventory(built), 'parseCoreMadeMs');
  if (!again.ok) throw new Error('the built inventory does not parse');
  return { pureMs, transactionMs, applyCommandsMs, batchMs, parseCopyMs, parseCoreMadeMs, cpuMs: { ...cpu } };
}
