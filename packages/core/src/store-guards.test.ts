import { describe, expect, it, vi } from 'vitest';
import { command } from './commands/index.ts';
import type { Inventory } from './model.ts';
import { createStore, type Change } from './store.ts';
import { sampleInventory } from './testing/sample-inventory.ts';

const toRing1 = command('setCloseness', { id: 'lea', ring: 1 });

describe('beforeChange', () => {
  it('H6: a vetoed command leaves the store, its history and its listeners untouched', () => {
    const initial = sampleInventory();
    const offered: Change[] = [];
    const store = createStore(initial, { beforeChange: (c) => (offered.push(c), false) });
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.dispatch(toRing1)).toBeUndefined();
    expect(store.transaction('tx', (tx) => tx.dispatch(toRing1))).toBeUndefined();
    expect(offered.map((c) => c.kind)).toEqual(['command', 'transaction']);
    expect(offered[0]?.inventory.people.lea?.tie.ring).toBe(1);
    expect(store.inventory).toBe(initial);
    expect([store.canUndo, store.canRedo]).toEqual([false, false]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('H6: a vetoed undo or redo leaves the store and its history unchanged', () => {
    let allow = true;
    const store = createStore(sampleInventory(), { beforeChange: () => allow });
    store.dispatch(toRing1);
    const after = store.inventory;
    allow = false;
    expect(store.undo()).toBeUndefined();
    expect(store.inventory).toBe(after);
    expect([store.canUndo, store.canRedo]).toEqual([true, false]);
    allow = true;
    store.undo();
    const undone = store.inventory;
    allow = false;
    expect(store.redo()).toBeUndefined();
    expect(store.inventory).toBe(undone);
    expect([store.canUndo, store.canRedo]).toEqual([false, true]);
  });

  it('H6: a host that vetoed a change can commit it itself (controlled mode)', () => {
    const initial = sampleInventory();
    let held: Change | undefined;
    const store = createStore(initial, { beforeChange: (c) => ((held = c), false) });
    store.dispatch(toRing1);
    store.commit(held!);
    expect(store.inventory.people.lea?.tie.ring).toBe(1);
    store.undo();
    store.commit(held!);
    expect(store.inventory).toEqual(initial);
    expect([store.canUndo, store.canRedo]).toEqual([false, true]);
  });
});

describe('listeners', () => {
  it('H7: a listener that throws does not undo the commit nor keep other listeners from being called', () => {
    const store = createStore(sampleInventory());
    const calls: string[] = [];
    store.subscribe(() => calls.push('first'));
    store.subscribe(() => {
      calls.push('thrower');
      throw new Error('listener broke');
    });
    store.subscribe(() => calls.push('last'));
    expect(() => store.dispatch(toRing1)).toThrow('listener broke');
    expect(calls).toEqual(['first', 'thrower', 'last']);
    expect(store.inventory.people.lea?.tie.ring).toBe(1);
    expect(store.undoName).toBe('setCloseness');
    calls.length = 0;
    expect(() => store.undo()).toThrow('listener broke');
    expect(calls).toEqual(['first', 'thrower', 'last']);
    expect(store.inventory.people.lea?.tie.ring).toBe(3);
  });

  it('H7: several throwing listeners surface together, after all were called', () => {
    const store = createStore(sampleInventory());
    const last = vi.fn();
    store.subscribe(() => {
      throw new Error('one');
    });
    store.subscribe(() => {
      throw new Error('two');
    });
    store.subscribe(last);
    let caught: unknown;
    try {
      store.dispatch(toRing1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AggregateError);
    expect((caught as AggregateError).errors.map((e: Error) => e.message)).toEqual(['one', 'two']);
    expect(last).toHaveBeenCalledTimes(1);
    expect(store.canUndo).toBe(true);
  });

  it('every committed change reaches the listeners with its kind', () => {
    const store = createStore(sampleInventory());
    const kinds: string[] = [];
    store.subscribe((c) => kinds.push(`${c.kind}:${c.command}`));
    store.dispatch(toRing1);
    store.undo();
    store.redo();
    store.transaction('t', (tx) => tx.dispatch(command('setSectors', { enabled: true })));
    expect(kinds).toEqual(['command:setCloseness', 'undo:setCloseness', 'redo:setCloseness', 'transaction:t']);
  });
});

describe('no-op commands', () => {
  it('H8: a command that changes nothing adds no undo step and calls no listener', () => {
    const initial = sampleInventory();
    const beforeChange = vi.fn(() => true);
    const store = createStore(initial, { beforeChange });
    const listener = vi.fn();
    store.subscribe(listener);
    const noops = [
      command('setCloseness', { id: 'jonas', ring: 1 }),
      command('setConflict', { id: 'henrik', conflict: 'high' }),
      command('setSectors', { enabled: false }),
      command('markLiving', { id: 'jonas' }),
      command('updatePerson', { id: 'jonas', changes: { notes: { text: 'Works nights.', sensitivity: 'shareable' } } }),
      command('setRings', { rings: 3 }),
    ];
    for (const cmd of noops) expect(store.dispatch(cmd), cmd.name).toBeUndefined();
    expect(store.inventory).toBe(initial);
    expect(store.canUndo).toBe(false);
    expect(listener).not.toHaveBeenCalled();
    expect(beforeChange).not.toHaveBeenCalled();
  });
});

describe('historyLimit', () => {
  it('H9: keeps at most historyLimit steps, dropping the oldest', () => {
    const store = createStore(sampleInventory(), { historyLimit: 3 });
    const states: Inventory[] = [store.inventory];
    for (const ring of [1, 2, 1, 2, 1]) {
      store.dispatch(command('setCloseness', { id: 'lea', ring }));
      states.push(store.inventory);
    }
    let undos = 0;
    while (store.undo()) undos++;
    expect(undos).toBe(3);
    expect(store.inventory).toEqual(states[2]);
    let redos = 0;
    while (store.redo()) redos++;
    expect(redos).toBe(3);
    expect(store.inventory).toEqual(states[5]);
  });

  it('H9: the default keeps 1,000 steps', () => {
    const store = createStore(sampleInventory());
    const states: Inventory[] = [store.inventory];
    for (let i = 0; i < 1005; i++) {
      store.dispatch(command('setCloseness', { id: 'lea', ring: (i % 3) + 1 }));
      states.push(store.inventory);
    }
    let undos = 0;
    while (store.undo()) undos++;
    expect(undos).toBe(1000);
    expect(store.inventory).toEqual(states[5]);
  });
});
