import { createInventory, type ClientTie, type Inventory, type Person, type PersonTie } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { LEGEND_ORDER, legendKeysFor, legendStrings, sortLegendKeys, type LegendKey } from './legend.ts';

function person(id: string, tie: Partial<ClientTie> = {}, extra: Partial<Person> = {}): Person {
  return {
    id,
    name: id,
    category: 'friend',
    kind: 'person',
    status: 'living',
    tie: { ring: 2, conflict: 'none', support: 'some', ...tie },
    ...extra,
  };
}

function inventoryOf(people: Person[], ties: PersonTie[] = []): Inventory {
  return {
    ...createInventory(),
    people: Object.fromEntries(people.map((p) => [p.id, p])),
    ties: Object.fromEntries(ties.map((t) => [t.id, t])),
  };
}

describe('legendKeysFor', () => {
  it('V9: an empty inventory needs no legend entries', () => {
    expect(legendKeysFor(createInventory())).toEqual([]);
  });

  it('V9: lists exactly the styles in use, in legend order, whatever the order of the records', () => {
    const people = [
      person('mum', { support: 'strong', supportDirection: 'to-client' }),
      person('dad', { conflict: 'hostile', support: 'none' }, { status: 'deceased' }),
      person('ex', { conflict: 'cutoff', support: 'none', ended: true }),
      person('choir', { support: 'some' }, { kind: 'group', category: 'community' }),
    ];
    const expected: LegendKey[] = [
      'category-friend',
      'category-community',
      'strong',
      'some',
      'no-support',
      'hostile',
      'cutoff',
      'support-to-client',
      'ended',
      'deceased',
      'group',
    ];
    expect(legendKeysFor(inventoryOf(people))).toEqual(expected);
    expect(legendKeysFor(inventoryOf([...people].reverse()))).toEqual(expected);
  });

  it('V9: a new person (outermost ring, no support) needs only the tenuous entry', () => {
    expect(legendKeysFor(inventoryOf([person('new', { ring: 3, support: 'none' })]))).toEqual(['category-friend', 'tenuous']);
  });

  it('V9: includes ties between people, muted when one of them has died, and skips ties to nobody', () => {
    const people = [person('a'), person('b', {}, { status: 'deceased' }), person('c')];
    const ties: PersonTie[] = [
      { id: 'ab', a: 'a', b: 'b', closeness: 'close', conflict: 'low' },
      { id: 'ac', a: 'a', b: 'c', closeness: 'distant', conflict: 'none' },
      { id: 'ax', a: 'a', b: 'gone', closeness: 'normal', conflict: 'high', ended: true },
    ];
    expect(legendKeysFor(inventoryOf(people, ties))).toEqual(['category-friend', 'some', 'tie-close', 'tie-distant', 'conflict-low', 'deceased']);
  });
});

describe('legendKeysFor: categories and sectors', () => {
  it('V9: lists the category of every person once, in the order of CATEGORIES, and no other', () => {
    const people = [person('ola', {}, { category: 'neighbour' }), person('jonas', {}, { category: 'partner' }), person('eva', {}, { category: 'neighbour' })];
    const keys = legendKeysFor(inventoryOf(people));
    expect(keys.filter((k) => k.startsWith('category-'))).toEqual(['category-partner', 'category-neighbour']);
  });

  it('V9: names the sector boundaries only when sectors are on and someone is on the map', () => {
    const inv = inventoryOf([person('a')]);
    expect(legendKeysFor(inv)).not.toContain('sectors');
    expect(legendKeysFor({ ...inv, settings: { ...inv.settings, sectors: true } })).toContain('sectors');
    const empty = createInventory();
    expect(legendKeysFor({ ...empty, settings: { ...empty.settings, sectors: true } })).toEqual([]);
  });
});

describe('legend order and strings', () => {
  it('LEGEND_ORDER lists every key once, and every key has an English text', () => {
    expect(new Set(LEGEND_ORDER).size).toBe(LEGEND_ORDER.length);
    expect(Object.keys(legendStrings).sort()).toEqual([...LEGEND_ORDER].sort());
    for (const key of LEGEND_ORDER) expect(legendStrings[key].length).toBeGreaterThan(2);
  });

  it('uses the words clinicians know for the main styles', () => {
    expect(legendStrings.strong).toBe('Close / strong support');
    expect(legendStrings.tenuous).toBe('Distant / tenuous');
    expect(legendStrings.hostile).toBe('Hostile conflict');
    expect(legendStrings.cutoff).toBe('Cut off');
    expect(legendStrings['support-mutual']).toBe('Mutual support');
    expect(legendStrings.ended).toBe('Ended or lost');
  });

  it('sortLegendKeys drops repeats and follows the legend order', () => {
    expect(sortLegendKeys(['group', 'strong', 'group', 'conflict'])).toEqual(['strong', 'conflict', 'group']);
  });
});
