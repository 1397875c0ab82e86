import { describe, expect, it, vi } from 'vitest';
import { command } from './commands/index.ts';
import { createInventory } from './create-inventory.ts';
import { createStore } from './store.ts';
import { catchRelmapError } from './testing/catch-relmap-error.ts';
import { isDeepFrozen } from './testing/is-deep-frozen.ts';
import { sampleInventory } from './testing/sample-inventory.ts';

describe('dispatch, undo and redo', () => {
  it('H1: undo after a command restores the previous inventory exactly', () => {
    const initial = sampleInventory();
    const store = createStore(initial);
    const change = store.dispatch(command('setCloseness', { id: 'lea', ring: 1 }))!;
    expect(change).toMatchObject({ kind: 'command', command: 'setCloseness' });
    expect(change.previous).toBe(initial);
    expect(change.inventory).toBe(store.inventory);
    expect(store.inventory.people.lea?.tie.ring).toBe(1);

    const undo = store.undo()!;
    expect(undo).toMatchObject({ kind: 'undo', command: 'setCloseness' });
    expect(undo.previous).toBe(change.inventory);
    expect(store.inventory).toEqual(initial);
    // Patches touch only the path they name: the rest is the very same objects.
    expect(store.inventory.people.jonas).toBe(initial.people.jonas);
    expect(store.inventory.settings).toBe(initial.settings);
    expect(isDeepFrozen(store.inventory)).toBe(true);
  });

  it('H2: redo after undo restores the later inventory exactly', () => {
    const store = createStore(sampleInventory());
    const after = store.dispatch(command('removePerson', { id: 'henrik' }))!.inventory;
    store.undo();
    expect(store.canRedo).toBe(true);
    expect(store.redoName).toBe('removePerson');
    const redo = store.redo()!;
    expect(redo.kind).toBe('redo');
    expect(store.inventory).toEqual(after);
    expect(store.inventory.people.jonas).toBe(after.people.jonas);
    expect(store.canRedo).toBe(false);
    expect(store.undoName).toBe('removePerson');
  });

  it('H1/H2: the patches of undo are the inverse patches of the command, and back', () => {
    const store = createStore(sampleInventory());
    const change = store.dispatch(command('setConflict', { id: 'henrik', conflict: 'low' }))!;
    const undo = store.undo()!;
    expect(undo.patches).toEqual(change.inversePatches);
    expect(undo.inversePatches).toEqual(change.patches);
    expect(store.redo()!.patches).toEqual(change.patches);
  });

  it('H3: a new command after an undo clears the redo steps', () => {
    const store = createStore(sampleInventory());
    store.dispatch(command('setCloseness', { id: 'lea', ring: 1 }));
    store.undo();
    store.dispatch(command('setConflict', { id: 'lea', conflict: 'low' }));
    expect(store.canRedo).toBe(false);
    expect(store.redo()).toBeUndefined();
    expect(store.inventory.people.lea?.tie.ring).toBe(3);
  });

  it('H5: history holds the patches of the change, not a copy of the inventory', () => {
    const store = createStore(sampleInventory());
    const change = store.dispatch(command('setCloseness', { id: 'lea', ring: 1 }))!;
    expect(change.patches).toEqual([{ op: 'replace', path: ['people', 'lea', 'tie', 'ring'], value: 1 }]);
    expect(change.inversePatches).toEqual([{ op: 'replace', path: ['people', 'lea', 'tie', 'ring'], value: 3 }]);
  });

  it('undo and redo with nothing to undo or redo return undefined and change nothing', () => {
    const initial = sampleInventory();
    const store = createStore(initial);
    expect(store.canUndo).toBe(false);
    expect(store.undoName).toBeUndefined();
    expect(store.undo()).toBeUndefined();
    expect(store.redo()).toBeUndefined();
    expect(store.inventory).toBe(initial);
  });

  it('C2: a bad command throws a RelmapError and leaves the store and its history as they were', () => {
    const initial = sampleInventory();
    const store = createStore(initial);
    const listener = vi.fn();
    store.subscribe(listener);
    const error = catchRelmapError(() => store.dispatch(command('setCloseness', { id: 'ghost', ring: 1 })));
    expect({ code: error.code, path: error.path }).toEqual({ code: 'not-found', path: 'id' });
    const unknown = catchRelmapError(() => store.dispatch({ name: 'teleport', args: {} } as never));
    expect({ code: unknown.code, path: unknown.path }).toEqual({ code: 'not-found', path: 'name' });
    expect(store.inventory).toBe(initial);
    expect(store.canUndo).toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });

  it('resets to a new inventory, clearing the history without calling listeners', () => {
    const store = createStore(sampleInventory());
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch(command('setSectors', { enabled: true }));
    store.undo();
    const fresh = createInventory({ clientLabel: 'Sam' });
    store.reset(fresh);
    expect(store.inventory).toBe(fresh);
    expect([store.canUndo, store.canRedo]).toEqual([false, false]);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('unsubscribed listeners are no longer called', () => {
    const store = createStore(sampleInventory());
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.dispatch(command('setSectors', { enabled: true }));
    off();
    store.dispatch(command('setSectors', { enabled: false }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('transactions', () => {
  it('H4: a transaction is one undo step, whatever it holds', () => {
    const initial = sampleInventory();
    const store = createStore(initial);
    const seen: number[] = [];
    const change = store.transaction('drag', (tx) => {
      tx.dispatch(command('setCloseness', { id: 'lea', ring: 1 }));
      seen.push(tx.current.people.lea!.tie.ring);
      tx.dispatch(command('setPin', { id: 'lea', angle: 90 }));
      tx.dispatch(command('addPerson', { id: 'mia', name: 'Mia' }));
    })!;
    expect(seen).toEqual([1]);
    expect(change).toMatchObject({ kind: 'transaction', command: 'drag' });
    expect(store.inventory.people.lea).toMatchObject({ tie: { ring: 1 }, pin: { angle: 90 } });
    expect(store.undoName).toBe('drag');
    store.undo();
    expect(store.inventory).toEqual(initial);
    expect(store.canUndo).toBe(false);
    store.redo();
    expect(store.inventory).toEqual(change.inventory);
  });

  it('H4: a throw inside a transaction commits nothing, calls no listener and reaches the caller', () => {
    const initial = sampleInventory();
    const store = createStore(initial);
    const listener = vi.fn();
    store.subscribe(listener);
    const error = catchRelmapError(() =>
      store.transaction('form', (tx) => {
        tx.dispatch(command('setCloseness', { id: 'lea', ring: 1 }));
        tx.dispatch(command('setConflict', { id: 'ghost', conflict: 'low' }));
      }),
    );
    expect(error.code).toBe('not-found');
    expect(() =>
      store.transaction('plain', (tx) => {
        tx.dispatch(command('removePerson', { id: 'jonas' }));
        throw new Error('host gave up');
      }),
    ).toThrow('host gave up');
    expect(store.inventory).toBe(initial);
    expect(store.canUndo).toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });

  it('H8: a transaction that changes nothing adds no step', () => {
    const store = createStore(sampleInventory());
    const change = store.transaction('noop', (tx) => {
      tx.dispatch(command('setCloseness', { id: 'lea', ring: 1 }));
      tx.dispatch(command('setCloseness', { id: 'lea', ring: 3 }));
    });
    expect(change).toBeUndefined();
    expect(store.canUndo).toBe(false);
  });
});

describe('prepare and commit', () => {
  it('prepare computes a change without committing; commit applies it as one step', () => {
    const initial = sampleInventory();
    const store = createStore(initial);
    const listener = vi.fn();
    store.subscribe(listener);
    const change = store.prepare(command('setSupport', { id: 'lea', support: 'strong' }))!;
    expect(change.inventory.people.lea?.tie.support).toBe('strong');
    expect(store.inventory).toBe(initial);
    expect(listener).not.toHaveBeenCalled();
    store.commit(change);
    expect(store.inventory).toBe(change.inventory);
    expect(listener).toHaveBeenCalledWith(change);
    store.undo();
    expect(store.inventory).toEqual(initial);
  });

  it('prepare of a command that changes nothing returns undefined', () => {
    const store = createStore(sampleInventory());
    expect(store.prepare(command('setSectors', { enabled: false }))).toBeUndefined();
  });

  it('commit of a stale change throws and changes nothing', () => {
    const store = createStore(sampleInventory());
    const stale = store.prepare(command('setCloseness', { id: 'lea', ring: 1 }))!;
    const current = store.dispatch(command('setConflict', { id: 'lea', conflict: 'low' }))!.inventory;
    const error = catchRelmapError(() => store.commit(stale));
    expect(error.code).toBe('invalid-argument');
    expect(store.inventory).toBe(current);
    expect(store.undoName).toBe('setConflict');
    // The same change cannot be committed twice either.
    const once = store.prepare(command('setCloseness', { id: 'lea', ring: 2 }))!;
    store.commit(once);
    expect(catchRelmapError(() => store.commit(once)).code).toBe('invalid-argument');
  });
});

describe('a transaction that undoes its own work', () => {
  it('H8: commits nothing and adds no undo step (rings 4, then 5 again, found by the history property test)', () => {
    const store = createStore(createInventory({ rings: 5 }));
    const before = store.inventory;
    const change = store.transaction('rings', (tx) => {
      tx.dispatch(command('setRings', { rings: 4 }));
      tx.dispatch(command('setRings', { rings: 5 }));
    });
    expect(change).toBeUndefined();
    expect(store.inventory).toBe(before);
    expect(store.canUndo).toBe(false);
  });
});
