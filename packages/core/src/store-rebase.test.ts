import { describe, expect, it } from 'vitest';
import { command } from './commands/index.ts';
import { createInventory } from './create-inventory.ts';
import { isRelmapError } from './errors.ts';
import { mergeChange } from './merge-change.ts';
import { createStore, type Store } from './store.ts';
import type { Inventory } from './model.ts';

function withTwo(): Inventory {
  const store = createStore(createInventory());
  store.dispatch(command('addPerson', { id: 'ana', name: 'Ana', category: 'friend', ring: 1 }));
  store.dispatch(command('addPerson', { id: 'ben', name: 'Ben', category: 'friend', ring: 2 }));
  return store.inventory;
}

/** Rebases `store` onto `next` as a sync binding does. */
function rebase(store: Store, next: Inventory) {
  const change = mergeChange(store.inventory, next);
  if (change) store.rebase(change);
  return change;
}

describe('store.rebase', () => {
  it('H12: a rebase is not a step, keeps both stacks, calls no listener and names the fields that changed', () => {
    const base = withTwo();
    const store = createStore(base);
    const heard: string[] = [];
    store.subscribe((c) => heard.push(c.command));
    store.dispatch(command('setCloseness', { id: 'ana', ring: 3 }));
    const elsewhere = createStore(store.inventory);
    elsewhere.dispatch(command('setConflict', { id: 'ben', conflict: 'high' }));
    const change = rebase(store, elsewhere.inventory);
    expect(change?.patches.map((p) => p.path.join('/'))).toEqual(['people/ben/tie/conflict']);
    expect(heard).toEqual(['setCloseness']);
    expect(store.inventory.people['ben']?.tie.conflict).toBe('high');
    expect(store.undoName).toBe('setCloseness');
    // Undo undoes only the step made here; the edit taken in from elsewhere stays.
    store.undo();
    expect(store.inventory.people['ana']?.tie.ring).toBe(1);
    expect(store.inventory.people['ben']?.tie.conflict).toBe('high');
    expect(mergeChange(store.inventory, store.inventory)).toBeUndefined();
    expect(() => store.rebase({ ...change!, previous: elsewhere.inventory })).toThrow(/does not start from the current inventory/);
  });

  it('H12: a step that no longer applies after a rebase is dropped and refused, and the inventory stays', () => {
    const store = createStore(withTwo());
    store.dispatch(command('setCloseness', { id: 'ana', ring: 3 }));
    const elsewhere = createStore(store.inventory);
    elsewhere.dispatch(command('removePerson', { id: 'ana' }));
    rebase(store, elsewhere.inventory);
    const before = store.inventory;
    let error: unknown;
    try {
      store.undo();
    } catch (e) {
      error = e;
    }
    expect(isRelmapError(error) && error.code).toBe('nothing-to-undo');
    expect(store.inventory).toBe(before);
    expect(store.canUndo).toBe(false);
  });

  it('H12: undoing an addition that a tie made elsewhere now depends on is refused rather than leaving a dangling tie', () => {
    const store = createStore(withTwo());
    store.dispatch(command('addPerson', { id: 'cem', name: 'Cem', category: 'friend', ring: 2 }));
    const elsewhere = createStore(store.inventory);
    elsewhere.dispatch(command('linkPeople', { id: 't1', a: 'ben', b: 'cem' }));
    rebase(store, elsewhere.inventory);
    expect(() => store.undo()).toThrow(/no longer applies/);
    expect(store.inventory.people['cem']).toBeDefined();
    expect(store.inventory.ties['t1']).toBeDefined();
  });
});
