import { describe, expect, it } from 'vitest';
import { addPerson, createInventory, removePerson, type Inventory } from '@relmap/core';
import { keepOrder, sortRows } from './sort-rows.ts';

function sample(): Inventory {
  let inv = createInventory({ clientLabel: 'Sam' });
  inv = addPerson(inv, { id: 'b', name: 'Bo', ring: 2, tie: { conflict: 'high', support: 'some', contact: 'weekly' } });
  inv = addPerson(inv, { id: 'a', name: 'Alex', ring: 3, tie: { conflict: 'none', support: 'strong' } });
  inv = addPerson(inv, { id: 'c', name: 'Cleo', ring: 1, tie: { conflict: 'cutoff', support: 'none', contact: 'daily' } });
  return inv;
}
const byName = (p: { name: string }): string => p.name;

describe('sortRows', () => {
  it('sorts by name, ring, conflict severity, support and contact frequency, both ways', () => {
    const inv = sample();
    expect(sortRows(inv, { key: 'name', direction: 'ascending' }, byName)).toEqual(['a', 'b', 'c']);
    expect(sortRows(inv, { key: 'name', direction: 'descending' }, byName)).toEqual(['c', 'b', 'a']);
    expect(sortRows(inv, { key: 'ring', direction: 'ascending' }, byName)).toEqual(['c', 'b', 'a']);
    expect(sortRows(inv, { key: 'conflict', direction: 'descending' }, byName)).toEqual(['c', 'b', 'a']);
    expect(sortRows(inv, { key: 'support', direction: 'ascending' }, byName)).toEqual(['c', 'b', 'a']);
    // No contact recorded sorts after every frequency.
    expect(sortRows(inv, { key: 'contact', direction: 'ascending' }, byName)).toEqual(['c', 'b', 'a']);
  });

  it('sorts a presenting table by the labels it shows, not by hidden names', () => {
    const inv = sample();
    const shown: Record<string, string> = { a: 'Z', b: 'Y', c: 'X' };
    expect(sortRows(inv, { key: 'name', direction: 'ascending' }, (p) => shown[p.id]!)).toEqual(['c', 'b', 'a']);
  });
});

describe('keepOrder', () => {
  it('keeps rows in place after an edit, drops the removed and appends the new', () => {
    let inv = sample();
    const before = ['c', 'b', 'a'];
    inv = removePerson(inv, { id: 'b' });
    inv = addPerson(inv, { id: 'd', name: 'Dana' });
    expect(keepOrder(before, inv, sortRows(inv, { key: 'name', direction: 'ascending' }, byName))).toEqual(['c', 'a', 'd']);
  });
});
