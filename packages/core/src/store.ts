import { enablePatches, type Draft, type Patch } from 'immer';
import { recipeOf, runCommands } from './commands/apply-commands.ts';
import type { Command } from './commands/registry.ts';
import { recordLayout, type RecordLayoutArgs } from './commands/layout-memory.ts';
import { deepFreeze } from './deep-freeze.ts';
import { sameData } from './commands/checks.ts';
import { parseInventory } from './document/parse-inventory.ts';
import { RelmapError } from './errors.ts';
import { applyPatches, produceWithPatches } from './immer.ts';
import { isKnownValid, markIfFrom } from './known-valid.ts';
import type { Inventory } from './model.ts';

enablePatches();

/** What kind of step a change is. */
export type ChangeKind = 'command' | 'transaction' | 'undo' | 'redo';

/**
 * One change to a store's inventory: the new inventory and the immer patches that lead there and back. A change a
 * store makes is frozen, its patches included, so that what is committed and undone is what the store computed.
 */
export interface Change {
  /** What kind of step this is. */
  readonly kind: ChangeKind;
  /**
   * The command's name (`setCloseness`), the transaction's name, or for undo and redo the name of the step that
   * was undone or redone.
   */
  readonly command: string;
  /** The inventory before the change. */
  readonly previous: Inventory;
  /** The inventory after the change. */
  readonly inventory: Inventory;
  /** Patches from `previous` to `inventory`. */
  readonly patches: readonly Patch[];
  /** Patches from `inventory` back to `previous`. */
  readonly inversePatches: readonly Patch[];
}

/** Receives every change a store commits, after it is committed. */
export type ChangeListener = (change: Change) => void;

/** Inside `store.transaction`, dispatches commands that all become one undo step. */
export interface Transaction {
  /** Applies a command to the transaction's draft. A throw aborts the whole transaction. */
  dispatch(command: Command): void;
  /** The inventory as the transaction has changed it so far (a draft: read it, do not keep it). */
  readonly current: Inventory;
}

/** Options of `createStore`. */
export interface StoreOptions {
  /** How many undo steps to keep; the oldest are dropped first. Default 1,000. */
  readonly historyLimit?: number;
  /**
   * Called with every change before it is committed; return `false` to veto it. The map element uses this to
   * let a host cancel its `relmap-change` event and apply changes itself.
   */
  readonly beforeChange?: (change: Change) => boolean;
  /**
   * Called with the inventory each command or transaction produces, before it is offered to `beforeChange`;
   * returns where the layout settles people in it (as `recordLayout` takes it), or `undefined`. The store folds
   * that into the same step (rule H11): one undo step, one change, one event, and undo restores the hints as they
   * were. It is not called for undo, redo, or a command that changes nothing. The map uses it to keep its picture
   * in the document. Should it throw, the edit is committed without hints: the picture is memory, the edit is data.
   */
  readonly remember?: (inventory: Inventory) => RecordLayoutArgs | undefined;
}

interface Step {
  readonly command: string;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
  /** Whether a store made this step's patches from valid inventories, so that undo and redo give valid ones. */
  readonly trusted: boolean;
}

// Changes a store made itself (and froze, patches and all), as opposed to ones a host built and committed: only
// the undo and redo of these can keep the mark of a valid inventory (SPEC V12).
const MADE: WeakSet<Change> = new WeakSet();

function made(change: Change): Change {
  deepFreeze(change.patches);
  deepFreeze(change.inversePatches);
  MADE.add(Object.freeze(change));
  return change;
}

/** An inventory with undo and redo: commands in, changes out. */
export interface Store {
  /** The current inventory (deeply frozen). */
  readonly inventory: Inventory;
  /** Whether there is a step to undo. */
  readonly canUndo: boolean;
  /** Whether there is a step to redo. */
  readonly canRedo: boolean;
  /** The name of the step `undo()` would undo, if any. */
  readonly undoName: string | undefined;
  /** The name of the step `redo()` would redo, if any. */
  readonly redoName: string | undefined;
  /**
   * Applies a command as one undo step and returns the committed change, or `undefined` when it changed nothing
   * or was vetoed. Throws a `RelmapError` on bad arguments, leaving the store as it was.
   */
  dispatch(command: Command): Change | undefined;
  /**
   * Runs several commands as one undo step (a drag that sets ring and pin; a form saved at once): one draft, one
   * change, one set of patches. A throw inside it commits nothing.
   */
  transaction(name: string, fn: (tx: Transaction) => void): Change | undefined;
  /**
   * Applies a list of commands as one undo step named `name`, as a transaction that dispatches each of them does;
   * for a host that imports or builds a whole network at once (SPEC H12). All or nothing: a failing command throws
   * its `RelmapError` with its place in the list in front of the path (`12.args.ring`), and nothing is committed.
   */
  batch(name: string, commands: readonly Command[]): Change | undefined;
  /** Computes a command's change without committing it. */
  prepare(command: Command): Change | undefined;
  /** Commits a change made by `prepare` (or one a host vetoed and now applies); it must start from the current inventory. */
  commit(change: Change): void;
  /** Undoes the last step; returns the change, or `undefined` when there is nothing to undo or it was vetoed. */
  undo(): Change | undefined;
  /** Redoes the last undone step. */
  redo(): Change | undefined;
  /** Replaces the whole inventory (a newly opened document) and clears the history. Listeners are not called. */
  reset(inventory: Inventory): void;
  /**
   * Takes in a change made elsewhere (another device's edits merged in, as `mergeChange` computes it) without making
   * it a step (rule H12). The history is kept: undo and redo apply their patches to the new inventory, and a step
   * that no longer applies is dropped. Listeners are not called and `beforeChange` is not asked: the edit was not
   * made here. Throws when the change does not start from the current inventory.
   */
  rebase(change: Change): void;
  /** Calls `listener` after every committed change; returns a function that unsubscribes it. */
  subscribe(listener: ChangeListener): () => void;
}

/** The value at an immer patch path, or `undefined` where the path leads nowhere. */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Folds the layout's record of a change's inventory into the change itself (rule H11). */
function withMemory(change: Change, remember: (inventory: Inventory) => RecordLayoutArgs | undefined): Change {
  try {
    const args = remember(change.inventory);
    if (args === undefined) return change;
    const [next, patches, inversePatches] = produceWithPatches(change.inventory, (draft) => recordLayout.recipe(draft, args));
    if (patches.length === 0) return change;
    return {
      ...change,
      inventory: markIfFrom(change.inventory, next),
      patches: [...change.patches, ...patches],
      inversePatches: [...inversePatches, ...change.inversePatches],
    };
  } catch {
    return change;
  }
}

/** Creates a store around an inventory (which should come from `createInventory` or `parseInventory`). */
export function createStore(initial: Inventory, options: StoreOptions = {}): Store {
  const limit = options.historyLimit ?? 1000;
  let state = initial;
  let past: Step[] = [];
  let future: Step[] = [];
  // Whether an inventory from elsewhere was taken in since the history began: steps may then no longer apply.
  let rebased = false;
  const listeners = new Set<ChangeListener>();

  const produce = (kind: ChangeKind, name: string, recipe: (draft: Draft<Inventory>) => void): Change | undefined => {
    const [next, patches, inversePatches] = produceWithPatches(state, recipe);
    // A transaction can undo its own work (rings 4, then 5 again): patches, but no change, and no step (H8).
    if (patches.length === 0 || patches.every((p) => sameData(valueAt(state, p.path), valueAt(next, p.path)))) return undefined;
    const change: Change = { kind, command: name, previous: state, inventory: markIfFrom(state, next), patches, inversePatches };
    return made(options.remember ? withMemory(change, options.remember) : change);
  };

  // The step's patches, applied to the current inventory; the result keeps the mark of a valid inventory when the
  // current one has it and the step was made by a store from valid inventories. After a rebase a step's patches may
  // no longer apply (its person was removed elsewhere), or may apply and leave an invalid document (a tie to someone
  // removed elsewhere): such a step is dropped rather than kept to fail again.
  const replay = (step: Step, patches: readonly Patch[], drop: () => void, code: 'nothing-to-undo' | 'nothing-to-redo'): Inventory => {
    let next: Inventory | undefined;
    try {
      next = applyPatches(state, patches as Patch[]);
    } catch {
      // Only a rebase can make a step's patches miss their target; it is then dropped below.
    }
    if (!next || (rebased && !parseInventory(next).ok)) {
      drop();
      throw new RelmapError(code, '', 'that step no longer applies: the document was changed elsewhere since.');
    }
    return step.trusted && !rebased ? markIfFrom(state, next) : next;
  };

  const notify = (change: Change): void => {
    const errors: unknown[] = [];
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        errors.push(error);
      }
    }
    // The change is committed whatever a listener does; its errors surface afterwards, not instead.
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} change listeners threw.`);
  };

  const commitStep = (change: Change): void => {
    if (change.previous !== state) {
      throw new RelmapError('invalid-argument', '', 'this change does not start from the current inventory.');
    }
    state = change.inventory;
    const trusted = MADE.has(change) && isKnownValid(change.previous) && isKnownValid(change.inventory);
    const step = { command: change.command, patches: change.patches, inversePatches: change.inversePatches, trusted };
    if (change.kind === 'undo') {
      future.push(past.pop()!);
    } else if (change.kind === 'redo') {
      past.push(future.pop()!);
    } else {
      past.push(step);
      if (past.length > limit) past = past.slice(past.length - limit);
      future = [];
    }
    notify(change);
  };

  const offer = (change: Change | undefined): Change | undefined => {
    if (!change) return undefined;
    if (options.beforeChange && options.beforeChange(change) === false) return undefined;
    commitStep(change);
    return change;
  };

  const store: Store = {
    get inventory() {
      return state;
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    get undoName() {
      return past.at(-1)?.command;
    },
    get redoName() {
      return future.at(-1)?.command;
    },
    prepare(cmd) {
      return produce('command', cmd.name, recipeOf(cmd));
    },
    dispatch(cmd) {
      return offer(store.prepare(cmd));
    },
    transaction(name, fn) {
      return offer(
        produce('transaction', name, (draft) => {
          fn({
            dispatch: (cmd) => recipeOf(cmd)(draft),
            get current() {
              return draft as Inventory;
            },
          });
        }),
      );
    },
    batch(name, list) {
      return offer(produce('transaction', name, (draft) => runCommands(draft, list)));
    },
    commit(change) {
      commitStep(change);
    },
    undo() {
      const step = past.at(-1);
      if (!step) return undefined;
      const next = replay(step, step.inversePatches, () => past.pop(), 'nothing-to-undo');
      return offer(
        made({
          kind: 'undo',
          command: step.command,
          previous: state,
          inventory: next,
          patches: step.inversePatches,
          inversePatches: step.patches,
        }),
      );
    },
    redo() {
      const step = future.at(-1);
      if (!step) return undefined;
      const next = replay(step, step.patches, () => future.pop(), 'nothing-to-redo');
      return offer(
        made({
          kind: 'redo',
          command: step.command,
          previous: state,
          inventory: next,
          patches: step.patches,
          inversePatches: step.inversePatches,
        }),
      );
    },
    reset(inventory) {
      state = inventory;
      past = [];
      future = [];
      rebased = false;
    },
    rebase(change) {
      if (change.previous !== state) {
        throw new RelmapError('invalid-argument', '', 'this change does not start from the current inventory.');
      }
      state = change.inventory;
      rebased = true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}
