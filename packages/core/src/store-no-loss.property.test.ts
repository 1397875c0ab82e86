import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRelmapError } from './errors.ts';
import type { Inventory } from './model.ts';
import { createStore, type Store } from './store.ts';
import { arbitraryStep, type RandomStep } from './testing/random-commands.ts';
import { sampleInventory } from './testing/sample-inventory.ts';

class ListenerBroke extends Error {}

/** One action of a session: a random step or an undo or redo, with whether the host vetoes it and a listener throws. */
const action = fc.record({
  step: fc.oneof(
    { weight: 4, arbitrary: arbitraryStep },
    { weight: 1, arbitrary: fc.constant('undo' as const) },
    { weight: 1, arbitrary: fc.constant('redo' as const) },
  ),
  veto: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
  listenerThrows: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
});

function perform(store: Store, step: RandomStep | 'undo' | 'redo'): void {
  try {
    if (step === 'undo') store.undo();
    else if (step === 'redo') store.redo();
    else if (step.kind === 'command') store.dispatch(step.command);
    else store.transaction('random', (tx) => step.commands.forEach((cmd) => tx.dispatch(cmd)));
  } catch (error) {
    if (!isRelmapError(error) && !(error instanceof ListenerBroke)) throw error;
  }
}

const history = (store: Store) => [store.canUndo, store.canRedo, store.undoName, store.redoName];

describe('no data loss', () => {
  it('H10: failed, vetoed and listener-broken steps lose nothing, and the whole history still undoes and redoes', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 120 }), (actions) => {
        const initial = sampleInventory();
        let veto = false;
        let listenerThrows = false;
        const store = createStore(initial, { beforeChange: () => !veto });
        store.subscribe(() => {
          if (listenerThrows) throw new ListenerBroke('a host listener broke');
        });
        // The model: the inventories undo would give back, and those redo would.
        const past: Inventory[] = [];
        let future: Inventory[] = [];
        for (const a of actions) {
          ({ veto, listenerThrows } = a);
          const before = store.inventory;
          const stacks = history(store);
          perform(store, a.step);
          if (store.inventory === before) {
            // Refused, vetoed or a no-op: nothing moved, not even the history.
            expect(history(store)).toEqual(stacks);
          } else if (a.step === 'undo') {
            expect(store.inventory).toEqual(past.pop());
            future.push(before);
          } else if (a.step === 'redo') {
            expect(store.inventory).toEqual(future.pop());
            past.push(before);
          } else {
            expect(veto).toBe(false);
            past.push(before);
            future = [];
          }
        }
        veto = false;
        listenerThrows = false;
        const final = store.inventory;
        const steps = past.length;
        while (past.length > 0) {
          expect(store.undo()).toBeDefined();
          expect(store.inventory).toEqual(past.pop());
        }
        expect(store.canUndo).toBe(false);
        expect(store.inventory).toEqual(initial);
        for (let i = 0; i < steps; i++) expect(store.redo()).toBeDefined();
        expect(store.inventory).toEqual(final);
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });

  it('H10: a listener that throws on every change still leaves every step undoable and redoable', () => {
    const initial = sampleInventory();
    const store = createStore(initial);
    store.subscribe(() => {
      throw new ListenerBroke('always');
    });
    const step = (fn: () => unknown) => expect(fn).toThrow(ListenerBroke);
    step(() => store.dispatch({ name: 'setCloseness', args: { id: 'henrik', ring: 1 } }));
    step(() => store.dispatch({ name: 'removePerson', args: { id: 'jonas' } }));
    const after = store.inventory;
    step(() => store.undo());
    step(() => store.undo());
    expect(store.inventory).toEqual(initial);
    step(() => store.redo());
    step(() => store.redo());
    expect(store.inventory).toEqual(after);
  });
});
