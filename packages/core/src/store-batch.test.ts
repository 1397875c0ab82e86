import { describe, expect, it } from 'vitest';
import { command, type Command } from './commands/index.ts';
import { createInventory } from './create-inventory.ts';
import { createStore, type Change } from './store.ts';
import { catchRelmapError } from './testing/catch-relmap-error.ts';
import { countingIdSource, setIdSource } from './ids.ts';

function network(people: number): Command[] {
  const list: Command[] = [];
  for (let i = 0; i < people; i++) list.push(command('addPerson', { id: `p${i}`, name: `Person ${i}` }));
  for (let i = 0; i < people; i++) list.push(command('linkPeople', { a: `p${i}`, b: `p${(i + 1) % people}` }));
  return list;
}

describe('store.batch', () => {
  it('H12: a list of commands is one undo step, one change to listeners, one set of patches', () => {
    const initial = createInventory();
    const store = createStore(initial);
    const seen: Change[] = [];
    store.subscribe((change) => seen.push(change));
    const change = store.batch('import', network(200));
    expect(seen).toEqual([change]);
    expect(change).toMatchObject({ kind: 'transaction', command: 'import', previous: initial });
    expect(Object.keys(store.inventory.people)).toHaveLength(200);
    expect(Object.keys(store.inventory.ties)).toHaveLength(200);
    // One patch per record added: the step holds patches, not copies (H5).
    expect(change!.patches).toHaveLength(400);
    expect(store.undoName).toBe('import');
    store.undo();
    expect(store.inventory).toEqual(initial);
    expect(store.canUndo).toBe(false);
    store.redo();
    expect(store.inventory).toEqual(change!.inventory);
  });

  it('H12/H4: a failing command commits nothing and says which one failed', () => {
    const store = createStore(createInventory());
    const list = [...network(3), command('linkPeople', { a: 'p0', b: 'p1' })];
    const error = catchRelmapError(() => store.batch('import', list));
    expect(error).toMatchObject({ code: 'duplicate', path: '6.args.b' });
    expect(store.inventory.people).toEqual({});
    expect(store.canUndo).toBe(false);
  });

  it('H12: a transaction of many commands is the same single step as the batch of them', () => {
    const a = createStore(createInventory());
    const b = createStore(createInventory());
    const list = network(50);
    // The ties' ids are made as they are added: the same source for both, started afresh, gives the same ones.
    const previous = setIdSource(countingIdSource());
    const batched = a.batch('import', list)!;
    setIdSource(countingIdSource());
    const transacted = b.transaction('import', (tx) => {
      for (const cmd of list) tx.dispatch(cmd);
    })!;
    setIdSource(previous);
    expect(transacted.inventory).toEqual(batched.inventory);
    expect(transacted.patches).toEqual(batched.patches);
    expect(transacted.inversePatches).toEqual(batched.inversePatches);
  });

  it('H8: a batch that changes nothing is no step', () => {
    const store = createStore(createInventory());
    expect(store.batch('nothing', [])).toBeUndefined();
    expect(store.canUndo).toBe(false);
  });
});
