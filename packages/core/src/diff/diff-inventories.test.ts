import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands, type Command } from '../commands/index.ts';
import { addPerson, markDeceased, removePerson, updatePerson } from '../commands/people.ts';
import { setCloseness, setConflict, setSupport } from '../commands/client-tie.ts';
import { linkPeople, unlinkPeople, updateLink } from '../commands/person-ties.ts';
import { isRelmapError } from '../errors.ts';
import { CONFLICTS, SUPPORTS, type Inventory } from '../model.ts';
import { arbitraryCommand } from '../testing/random-commands.ts';
import { sampleInventory } from '../testing/sample-inventory.ts';
import { diffInventories } from './diff-inventories.ts';

/** The same inventory with every record collection in reverse key order. */
function reversed(inv: Inventory): Inventory {
  const flip = <T>(record: Readonly<Record<string, T>>): Record<string, T> => Object.fromEntries(Object.entries(record).reverse());
  return { ...inv, people: flip(inv.people), ties: flip(inv.ties), events: flip(inv.events), focus: flip(inv.focus) };
}

/** Applies random commands, skipping those that are rejected. */
function applyAll(inv: Inventory, cmds: readonly Command[]): Inventory {
  let out = inv;
  for (const cmd of cmds) {
    try {
      out = (commands[cmd.name] as (i: Inventory, args: unknown) => Inventory)(out, cmd.args);
    } catch (error) {
      if (!isRelmapError(error)) throw error;
    }
  }
  return out;
}

const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);

describe('diffInventories', () => {
  it('D6: the diff of an inventory with itself, or with an equal copy, is empty', () => {
    const inv = sampleInventory();
    for (const other of [inv, JSON.parse(JSON.stringify(inv)) as Inventory, reversed(inv)]) {
      const diff = diffInventories(inv, other);
      expect(diff.isEmpty).toBe(true);
      expect(Object.values(diff).filter(Array.isArray).flat()).toEqual([]);
    }
  });

  it('D1: people only in the later inventory are added, those only in the earlier removed, sorted by id', () => {
    const a = sampleInventory();
    let b = addPerson(a, { id: 'working-parents-group', name: 'Working parents group', kind: 'group' });
    b = addPerson(b, { id: 'anna', name: 'Anna' });
    b = removePerson(removePerson(b, { id: 'lea' }), { id: 'henrik' });
    const diff = diffInventories(a, b);
    expect(diff.added).toEqual([
      { id: 'anna', name: 'Anna' },
      { id: 'working-parents-group', name: 'Working parents group' },
    ]);
    expect(diff.removed).toEqual([
      { id: 'henrik', name: 'Henrik' },
      { id: 'lea', name: 'Lea' },
    ]);
    expect(diff.isEmpty).toBe(false);
    expect(diffInventories(b, a).added).toEqual(diff.removed);
  });

  it('D2: a person whose ring changed is moved, with both rings and the direction', () => {
    const a = sampleInventory();
    const b = setCloseness(setCloseness(a, { id: 'henrik', ring: 1 }), { id: 'jonas', ring: 3 });
    expect(diffInventories(a, b).moved).toEqual([
      { id: 'henrik', name: 'Henrik', from: 2, to: 1, direction: 'inward' },
      { id: 'jonas', name: 'Jonas', from: 1, to: 3, direction: 'outward' },
    ]);
  });

  it('D3: conflict changes eased or worsened in the severity order, for every pair of levels', () => {
    const a = sampleInventory();
    for (const [i, from] of CONFLICTS.entries()) {
      for (const [j, to] of CONFLICTS.entries()) {
        const diff = diffInventories(setConflict(a, { id: 'lea', conflict: from }), setConflict(a, { id: 'lea', conflict: to }));
        if (i === j) expect(diff.conflict).toEqual([]);
        else expect(diff.conflict).toEqual([{ id: 'lea', name: 'Lea', from, to, direction: j < i ? 'eased' : 'worsened' }]);
      }
    }
  });

  it('D3: support changes increased or decreased, for every pair of levels', () => {
    const a = sampleInventory();
    for (const [i, from] of SUPPORTS.entries()) {
      for (const [j, to] of SUPPORTS.entries()) {
        const diff = diffInventories(setSupport(a, { id: 'lea', support: from }), setSupport(a, { id: 'lea', support: to }));
        if (i === j) expect(diff.support).toEqual([]);
        else expect(diff.support).toEqual([{ id: 'lea', name: 'Lea', from, to, direction: j > i ? 'increased' : 'decreased' }]);
      }
    }
  });

  it('D5: a person who died between the two is listed; one dead in both, or added dead, is not', () => {
    const a = sampleInventory();
    let b = markDeceased(a, { id: 'henrik', died: '2025-09' });
    b = markDeceased(addPerson(b, { id: 'olga', name: 'Olga' }), { id: 'olga' });
    const diff = diffInventories(a, b);
    expect(diff.died).toEqual([{ id: 'henrik', name: 'Henrik' }]);
    expect(ids(diff.added)).toEqual(['olga']);
  });

  it('lists renamed people and names them by their later name elsewhere', () => {
    const a = sampleInventory();
    const b = setCloseness(updatePerson(a, { id: 'henrik', changes: { name: 'Hank' } }), { id: 'henrik', ring: 3 });
    const diff = diffInventories(a, b);
    expect(diff.renamed).toEqual([{ id: 'henrik', from: 'Henrik', to: 'Hank' }]);
    expect(diff.moved[0]?.name).toBe('Hank');
  });

  it('D4: ties added, removed and changed are listed with their ends, smaller id first', () => {
    const a = sampleInventory();
    let b = linkPeople(a, { id: 'x', a: 'lea', b: 'jonas' });
    b = updateLink(b, { id: 'henrik-ingrid', changes: { closeness: 'distant', conflict: 'low' } });
    let diff = diffInventories(a, b);
    expect(diff.tiesAdded).toEqual([{ id: 'x', a: { id: 'jonas', name: 'Jonas' }, b: { id: 'lea', name: 'Lea' } }]);
    expect(diff.tiesChanged).toEqual([
      {
        id: 'henrik-ingrid',
        a: { id: 'henrik', name: 'Henrik' },
        b: { id: 'ingrid', name: 'Ingrid' },
        closeness: { from: 'normal', to: 'distant' },
        conflict: { from: 'high', to: 'low', direction: 'eased' },
      },
    ]);
    diff = diffInventories(b, a);
    expect(ids(diff.tiesRemoved)).toEqual(['x']);
    expect(diff.tiesChanged[0]?.conflict?.direction).toBe('worsened');
  });

  it('D4: a tie changed only in closeness carries no conflict entry, and the reverse', () => {
    const a = sampleInventory();
    const closer = diffInventories(a, updateLink(a, { id: 'henrik-ingrid', changes: { closeness: 'close' } })).tiesChanged;
    expect(closer).toHaveLength(1);
    expect('conflict' in closer[0]!).toBe(false);
    const angrier = diffInventories(a, updateLink(a, { id: 'henrik-ingrid', changes: { conflict: 'cutoff' } })).tiesChanged;
    expect('closeness' in angrier[0]!).toBe(false);
  });

  it('D4: ties are matched by their two ends, not by tie id', () => {
    const a = sampleInventory();
    const redrawn = linkPeople(unlinkPeople(a, { id: 'henrik-ingrid' }), { id: 'parents', a: 'ingrid', b: 'henrik', conflict: 'high' });
    expect(diffInventories(a, redrawn).isEmpty).toBe(true);
    const calmer = updateLink(redrawn, { id: 'parents', changes: { conflict: 'none' } });
    const diff = diffInventories(a, calmer);
    expect(diff.tiesAdded).toEqual([]);
    expect(diff.tiesRemoved).toEqual([]);
    expect(diff.tiesChanged).toMatchObject([{ id: 'parents', a: { id: 'henrik' }, b: { id: 'ingrid' } }]);
  });

  it('D4: the ties of a removed person are removed ties, named from the earlier inventory', () => {
    const a = sampleInventory();
    const diff = diffInventories(a, removePerson(a, { id: 'henrik' }));
    expect(diff.tiesRemoved).toEqual([{ id: 'henrik-ingrid', a: { id: 'henrik', name: 'Henrik' }, b: { id: 'ingrid', name: 'Ingrid' } }]);
  });

  it('D1-D6: the diff does not depend on the order of records, and every list is sorted by id', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(arbitraryCommand, { maxLength: 60, size: 'max' }), fc.array(arbitraryCommand, { maxLength: 60, size: 'max' }), (first, then) => {
        const a = applyAll(sampleInventory(), first);
        const b = applyAll(a, then);
        const diff = diffInventories(a, b);
        expect(diffInventories(reversed(a), reversed(b))).toEqual(diff);
        expect(diffInventories(b, b).isEmpty).toBe(true);
        for (const list of Object.values(diff).filter(Array.isArray) as { id: string }[][]) {
          expect(ids(list)).toEqual(ids(list).sort());
        }
        expect(diff.added.length - diff.removed.length).toBe(Object.keys(b.people).length - Object.keys(a.people).length);
        expect(diff.isEmpty).toBe(
          Object.values(diff)
            .filter(Array.isArray)
            .every((l) => l.length === 0),
        );
      }),
      { numRuns: 60 },
    );
  });
});
