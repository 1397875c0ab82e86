/**
 * The workload of the core benchmark (core.bench.ts): mixed steps through one store, as a long session makes them
 * (people added up to a target, closeness, conflict and support set, people linked and unlinked, notes edited,
 * people removed, drags as transactions). It is planned once against a scratch store, so that the timed run only
 * replays it; core-workload.test.ts checks that a replay on a fresh store makes exactly what the plan made.
 */
import { command, createInventory, createStore, type Change, type Command, type Conflict, type Inventory, type Store } from '../../packages/core/src/index.ts';

const CONFLICT_LEVELS: readonly Conflict[] = ['none', 'low', 'high', 'hostile', 'cutoff'];
const SUPPORT_LEVELS = ['none', 'some', 'strong'] as const;

/** One step of the workload: a single command, or a few commands as one transaction (a drag, a saved form). */
export interface Step {
  readonly commands: readonly Command[];
  readonly transaction: boolean;
}

/** A planned workload: its steps, the inventory they made, and what a history of whole snapshots would hold. */
export interface Workload {
  readonly steps: readonly Step[];
  readonly final: Inventory;
  /** JSON characters of one snapshot per step, sampled. */
  readonly snapshotJsonChars: number;
}

/** The inventory every run starts from. */
export const startingInventory = (): Inventory => createInventory({ clientLabel: 'Bench', rings: 5 });

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

/** Runs one step on a store: the committed change, or `undefined` when it changed nothing. */
export function runStep(store: Store, step: Step): Change | undefined {
  if (!step.transaction) return store.dispatch(step.commands[0]!);
  return store.transaction('drag', (tx) => {
    for (const cmd of step.commands) tx.dispatch(cmd);
  });
}

/**
 * Plans `count` steps on a network that grows to `targetPeople`, each chosen from the inventory as it then stands so
 * that every step is valid and changes something. People and ties get their ids from the commands (new ids are
 * random otherwise), so that a replay makes the same records the plan names later. A snapshot's size is sampled
 * every `sampleEvery` steps.
 */
export function planWorkload(count: number, targetPeople: number, seed = 20250301, sampleEvery = 50): Workload {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const other = <T>(items: readonly T[], not: T): T => pick(items.filter((x) => x !== not));
  let added = 0;
  let linked = 0;

  const nextStep = (inv: Inventory): Step => {
    const ids = Object.keys(inv.people);
    const single = (cmd: Command): Step => ({ commands: [cmd], transaction: false });
    const roll = rand();
    if (ids.length < 2 || (ids.length < targetPeople && roll < 0.12)) {
      added++;
      const category = pick(['friend', 'colleague', 'parent', 'other'] as const);
      return single(command('addPerson', { id: `p-${added}`, name: `Person ${added}`, category }));
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
      if (tie) return single(command('unlinkPeople', { id: tie.id }));
      linked++;
      return single(command('linkPeople', { id: `t-${linked}`, a: id, b }));
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
  };

  const steps: Step[] = [];
  let snapshotJsonChars = 0;
  const scratch = createStore(startingInventory(), { historyLimit: count });
  while (steps.length < count) {
    const step = nextStep(scratch.inventory);
    if (!runStep(scratch, step)) continue;
    steps.push(step);
    if (steps.length % sampleEvery === 0) snapshotJsonChars += JSON.stringify(scratch.inventory).length * sampleEvery;
  }
  return { steps, final: scratch.inventory, snapshotJsonChars };
}
