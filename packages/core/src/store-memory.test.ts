import { describe, expect, it } from 'vitest';
import { command, recordLayout, setRings, setSectors } from './commands/index.ts';
import { createStore, type Change } from './store.ts';
import { catchRelmapError } from './testing/catch-relmap-error.ts';
import { sampleInventory } from './testing/sample-inventory.ts';
import { parseInventory } from './document/parse-inventory.ts';

describe('a layout record folded into the edit that caused it (H11)', () => {
  it('H11: one undo step, one offered change, one listener call; undo and redo restore the hints exactly', () => {
    const offered: Change[] = [];
    const heard: Change[] = [];
    const store = createStore(sampleInventory(), {
      beforeChange: (change) => (offered.push(change), true),
      remember: (inventory) => ({ hints: Object.fromEntries(Object.keys(inventory.people).map((id, i) => [id, i * 10 + 0.123456])) }),
    });
    const initial = store.inventory;
    store.subscribe((change) => heard.push(change));
    store.dispatch(command('setCloseness', { id: 'lea', ring: 1 }));
    expect(offered).toHaveLength(1);
    expect(heard).toHaveLength(1);
    expect(offered[0]!.command).toBe('setCloseness');
    expect(store.inventory.people.lea?.hint).toEqual({ angle: expect.closeTo(Object.keys(initial.people).indexOf('lea') * 10 + 0.1235, 9) });
    const after = store.inventory;
    store.undo();
    expect(store.inventory).toEqual(initial);
    expect(store.canUndo).toBe(false);
    store.redo();
    expect(store.inventory).toEqual(after);
  });

  it('H11: not called for undo, redo, or a command that changes nothing', () => {
    let calls = 0;
    const store = createStore(sampleInventory(), { remember: () => (calls++, undefined) });
    store.dispatch(command('setSupport', { id: 'lea', support: store.inventory.people.lea!.tie.support }));
    expect(calls).toBe(0);
    store.dispatch(command('setSupport', { id: 'lea', support: 'strong' }));
    store.transaction('two', (tx) => tx.dispatch(command('setConflict', { id: 'lea', conflict: 'high' })));
    expect(calls).toBe(2);
    store.undo();
    store.redo();
    expect(calls).toBe(2);
  });

  it('H11: a hook that throws leaves the edit committed without hints', () => {
    const store = createStore(sampleInventory(), {
      remember: () => {
        throw new Error('layout bug');
      },
    });
    const before = store.inventory;
    expect(store.dispatch(command('setCloseness', { id: 'lea', ring: 1 }))).toBeDefined();
    expect(store.inventory.people.lea?.tie.ring).toBe(1);
    expect(store.inventory.people.lea?.hint).toEqual(before.people.lea?.hint);
  });
});

describe('recordLayout (M11, C7)', () => {
  it('M11: keeps angles to HINT_STEP in [0, 360) and radii to a hundredth, and writes nothing equal', () => {
    const inv = recordLayout(sampleInventory(), { hints: { lea: -0.00004, jonas: 721.123456 }, ringRadii: [100.004, 200, 300.555] });
    expect(inv.people.lea?.hint).toEqual({ angle: 0 });
    expect(inv.people.jonas?.hint).toEqual({ angle: 1.1235 });
    expect(inv.settings.ringRadii).toEqual([100, 200, 300.56]);
    expect(recordLayout(inv, { hints: { jonas: 1.12351 }, ringRadii: [100, 200, 300.56] })).toBe(inv);
    expect(recordLayout(inv, { hints: { jonas: null }, ringRadii: null }).people.jonas?.hint).toBeUndefined();
  });

  it('C2, C5: names an unknown person, a bad angle or radii that do not fit the rings, and changes nothing', () => {
    const inv = sampleInventory();
    expect(catchRelmapError(() => recordLayout(inv, { hints: { lea: 10, nobody: 5 } }))).toMatchObject({ code: 'not-found', path: 'hints.nobody' });
    expect(catchRelmapError(() => recordLayout(inv, { hints: { lea: Number.NaN } }))).toMatchObject({ path: 'hints.lea' });
    expect(catchRelmapError(() => recordLayout(inv, { ringRadii: [100, 200] }))).toMatchObject({ path: 'ringRadii' });
    expect(catchRelmapError(() => recordLayout(inv, { ringRadii: [100, 90, 300] }))).toMatchObject({ path: 'ringRadii.1' });
    expect(catchRelmapError(() => recordLayout(inv, { hints: {}, pins: {} } as never))).toMatchObject({ path: '.pins' });
  });

  it('C7: switching sectors forgets every hint; C6: a new ring count forgets the ring radii', () => {
    const inv = recordLayout(sampleInventory(), { hints: { lea: 10 }, ringRadii: [126, 216, 306] });
    const switched = setSectors(inv, { enabled: !inv.settings.sectors });
    expect(Object.values(switched.people).some((p) => p.hint !== undefined)).toBe(false);
    expect(switched.settings.ringRadii).toEqual([126, 216, 306]);
    expect(setRings(inv, { rings: 4 }).settings.ringRadii).toBeUndefined();
    expect(setRings(inv, { rings: inv.settings.rings }).settings.ringRadii).toEqual([126, 216, 306]);
  });
});

describe('reading layout memory (M11)', () => {
  const plain = (): any => JSON.parse(JSON.stringify(recordLayout(sampleInventory(), { hints: { lea: 10 }, ringRadii: [126, 216, 306] })));

  it('M11: reads hints and ring radii back as they were written', () => {
    const result = parseInventory(plain());
    expect(result.ok && result.inventory.people.lea?.hint).toEqual({ angle: 10 });
    expect(result.ok && result.inventory.settings.ringRadii).toEqual([126, 216, 306]);
  });

  it('M11: refuses an angle outside [0, 360), radii that are not one per ring or not growing outwards', () => {
    const paths = (doc: unknown): string[] => {
      const result = parseInventory(doc);
      return result.ok ? [] : result.errors.map((e) => e.path);
    };
    const angle = plain();
    angle.people.lea.hint.angle = 360;
    expect(paths(angle)).toEqual(['people.lea.hint.angle']);
    const count = plain();
    count.settings.ringRadii = [126, 216];
    expect(paths(count)).toEqual(['settings.ringRadii']);
    const order = plain();
    order.settings.ringRadii = [126, 100, 306];
    expect(paths(order)).toEqual(['settings.ringRadii.1']);
    const negative = plain();
    negative.settings.ringRadii = [-1, 216, 306];
    expect(paths(negative)).toEqual(['settings.ringRadii.0']);
    const stray = plain();
    stray.people.lea.hint.radius = 3;
    expect(paths(stray)).toEqual(['people.lea.hint.radius']);
  });
});
