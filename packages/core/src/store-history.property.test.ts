import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRelmapError } from './errors.ts';
import type { Inventory } from './model.ts';
import { createStore, type Store } from './store.ts';
import { invariantViolations } from './testing/invariant-violations.ts';
import { arbitraryStep, type RandomStep } from './testing/random-commands.ts';
import { sampleInventory } from './testing/sample-inventory.ts';

/** Runs one random step; a `RelmapError` is an expected outcome of a bad command, anything else is a bug (C2). */
function run(store: Store, step: RandomStep): boolean {
  try {
    const change =
      step.kind === 'command'
        ? store.dispatch(step.command)
        : store.transaction('random', (tx) => {
            for (const cmd of step.commands) tx.dispatch(cmd);
          });
    return change !== undefined;
  } catch (error) {
    if (!isRelmapError(error)) throw error;
    return false;
  }
}

const session = fc.array(arbitraryStep, { maxLength: 200, size: 'max' });

// Generous, because a shared machine under load can take several times the usual second or two.
describe('history under random sessions', { timeout: 60_000 }, () => {
  it('H1/H2: undo all gives back the initial inventory, redo all the final one, at every step', () => {
    fc.assert(
      fc.property(session, (steps) => {
        const initial = sampleInventory();
        const store = createStore(initial);
        const states: Inventory[] = [initial];
        for (const step of steps) {
          const before = store.inventory;
          const committed = run(store, step);
          // C2/H8: a step either commits a new inventory with an undo step, or leaves the very same one.
          if (committed) states.push(store.inventory);
          else expect(store.inventory).toBe(before);
        }
        const final = store.inventory;
        for (let i = states.length - 2; i >= 0; i--) {
          expect(store.undo()).toBeDefined();
          expect(store.inventory).toEqual(states[i]);
        }
        expect(store.canUndo).toBe(false);
        expect(store.inventory).toEqual(initial);
        for (let i = 1; i < states.length; i++) {
          expect(store.redo()).toBeDefined();
          expect(store.inventory).toEqual(states[i]);
        }
        expect(store.canRedo).toBe(false);
        expect(store.inventory).toEqual(final);
      }),
      { numRuns: 40 },
    );
  });

  it('M1-M9: no sequence of commands leaves a broken inventory behind', () => {
    fc.assert(
      fc.property(session, (steps) => {
        const store = createStore(sampleInventory());
        for (const step of steps) {
          if (run(store, step)) expect(invariantViolations(store.inventory)).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('H8: a step that commits really changes the inventory', () => {
    fc.assert(
      fc.property(session, (steps) => {
        const store = createStore(sampleInventory());
        for (const step of steps) {
          const before = store.inventory;
          if (run(store, step)) expect(store.inventory).not.toEqual(before);
        }
      }),
      { numRuns: 30 },
    );
  });
});
