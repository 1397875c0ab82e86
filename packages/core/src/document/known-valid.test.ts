import { setAutoFreeze, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { addPerson, applyCommands, command, setCloseness } from '../commands/index.ts';
import { createInventory } from '../create-inventory.ts';
import { exportCsv, exportFhir, exportGraphml, importCsv, importFhir, importGraphml } from '../exchange/index.ts';
import type { Inventory } from '../model.ts';
import { createStore } from '../store.ts';
import { isDeepFrozen } from '../testing/is-deep-frozen.ts';
import { sampleInventory } from '../testing/sample-inventory.ts';
import { plainCopy } from './testing/sample-inventory.ts';
import { parseInventory } from './parse-inventory.ts';
import { parseInventoryJson } from './parse-inventory-json.ts';
import { serializeInventory } from './serialize-inventory.ts';

/** Whether `parseInventory` took the inventory as core made it: the very object back, without a full check. */
function acceptedAsMade(inventory: Inventory): boolean {
  const result = parseInventory(inventory);
  return result.ok && result.inventory === inventory;
}

function madeByCore(): Record<string, Inventory> {
  const store = createStore(sampleInventory());
  store.dispatch(command('setCloseness', { id: 'lea', ring: 1 }));
  const afterCommand = store.inventory;
  store.batch('import', [command('addPerson', { id: 'x', name: 'X' }), command('linkPeople', { a: 'x', b: 'lea' })]);
  const afterBatch = store.inventory;
  store.undo();
  const afterUndo = store.inventory;
  store.redo();
  const parsed = parseInventory(JSON.parse(serializeInventory(sampleInventory())));
  const csv = importCsv(exportCsv(sampleInventory()));
  const graphml = importGraphml(exportGraphml(sampleInventory()));
  const fhir = importFhir(exportFhir(sampleInventory()));
  const version1 = parseInventory({ ...JSON.parse(serializeInventory(sampleInventory())), version: 1 });
  if (!parsed.ok || !csv.ok || !graphml.ok || !fhir.ok || !version1.ok) throw new Error('a core path refused a valid inventory');
  return {
    createInventory: createInventory({ clientLabel: 'Maya', rings: 4 }),
    command: addPerson(createInventory(), { name: 'Jonas' }),
    applyCommands: applyCommands(createInventory(), [command('addPerson', { name: 'Jonas' })]),
    'store.dispatch': afterCommand,
    'store.batch': afterBatch,
    'store.undo': afterUndo,
    'store.redo': store.inventory,
    parseInventory: parsed.inventory,
    'parseInventory of version 1': version1.inventory,
    importCsv: csv.inventory,
    importGraphml: graphml.inventory,
    importFhir: fhir.inventory,
  };
}

describe('inventories core made (V12)', () => {
  it('V12: every inventory core hands out is deeply frozen and read back as the very same object', () => {
    for (const [how, inventory] of Object.entries(madeByCore())) {
      expect(isDeepFrozen(inventory), how).toBe(true);
      expect(acceptedAsMade(inventory), how).toBe(true);
    }
  });

  it('V12: an equal copy, a JSON round trip or an object built by hand is checked in full, and refused when invalid', () => {
    const made = sampleInventory();
    const copy = plainCopy(made);
    const parsed = parseInventory(copy);
    expect(parsed.ok && parsed.inventory !== copy && parsed.inventory !== made).toBe(true);
    expect(parseInventoryJson(serializeInventory(made))).toMatchObject({ ok: true });

    // Equal in shape to a known inventory, the same values but for one: not the same object, so it is read.
    const hostile = plainCopy(made) as { people: Record<string, { tie: { ring: number } }> };
    hostile.people['lea']!.tie.ring = 9;
    expect(parseInventory(Object.freeze(hostile))).toMatchObject({ ok: false, errors: [{ path: 'people.lea.tie.ring' }] });
  });

  it('V12: an object that only looks like a known inventory (a proxy of one, one inheriting from one) is refused when invalid', () => {
    const made = sampleInventory();
    const proxy = new Proxy(made, {
      get: (target, key, receiver) => (key === 'settings' ? { ...target.settings, rings: 9 } : Reflect.get(target, key, receiver)),
    });
    expect(parseInventory(proxy).ok).toBe(false);
    expect(parseInventory(Object.create(made)).ok).toBe(false);
  });

  it('V12: what commands make from an inventory core did not check is not taken on trust', () => {
    // Built by hand, frozen, with a ring beyond the ring count: a command on it does not make it valid.
    const handMade = plainCopy(sampleInventory()) as { people: Record<string, { tie: { ring: number } }> };
    handMade.people['lea']!.tie.ring = 7;
    const next = setCloseness(handMade as unknown as Inventory, { id: 'jonas', ring: 2 });
    expect(parseInventory(next)).toMatchObject({ ok: false, errors: [{ path: 'people.lea.tie.ring' }] });
    const batched = applyCommands(handMade as unknown as Inventory, [command('setCloseness', { id: 'jonas', ring: 2 })]);
    expect(parseInventory(batched).ok).toBe(false);
    const store = createStore(handMade as unknown as Inventory);
    store.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }));
    expect(parseInventory(store.inventory).ok).toBe(false);
  });

  it('V12: createInventory with settings out of range makes an inventory that is still checked', () => {
    expect(parseInventory(createInventory({ rings: 9 })).ok).toBe(false);
    expect(parseInventory(createInventory({ rings: 3, ringLabels: ['a', 'b'] })).ok).toBe(false);
    expect(parseInventory(createInventory({ clientLabel: '   ' })).ok).toBe(false);
  });

  it('V12: undoing a change a host built and committed does not take its patches on trust', () => {
    const store = createStore(sampleInventory());
    const start = store.inventory;
    const later = setCloseness(start, { id: 'lea', ring: 1 });
    const evil: Patch[] = [{ op: 'replace', path: ['settings', 'rings'], value: 9 }];
    store.commit({ kind: 'command', command: 'setCloseness', previous: start, inventory: later, patches: [], inversePatches: evil });
    store.undo();
    expect(store.inventory.settings.rings).toBe(9);
    expect(parseInventory(store.inventory).ok).toBe(false);
  });

  it('V12: a change the store made cannot be altered before it is committed or undone', () => {
    const store = createStore(sampleInventory());
    const change = store.prepare(command('setCloseness', { id: 'lea', ring: 1 }))!;
    expect(() => (change.inversePatches as Patch[]).push({ op: 'replace', path: ['settings', 'rings'], value: 9 })).toThrow(TypeError);
    expect(() => Object.assign(change, { inversePatches: [] })).toThrow(TypeError);
    expect(Object.isFrozen(change.patches[0])).toBe(true);
  });

  it('V12/C1: turning off auto-freeze on the shared immer does not unfreeze what core makes', () => {
    setAutoFreeze(false);
    try {
      const made = applyCommands(sampleInventory(), [command('addPerson', { name: 'Zoë', notes: { text: 'x', sensitivity: 'private' } })]);
      expect(isDeepFrozen(made)).toBe(true);
      expect(isDeepFrozen(addPerson(made, { name: 'Ole' }))).toBe(true);
    } finally {
      setAutoFreeze(true);
    }
  });
});
