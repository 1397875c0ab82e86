import { describe, expect, it } from 'vitest';
import { addPerson, createInventory, linkPeople, type Inventory } from '@relmap/core';
import { sortTies } from './sort-ties.ts';

function sample(): Inventory {
  let inv = createInventory({ clientLabel: 'Sam' });
  for (const [id, name] of [
    ['a', 'Alex'],
    ['b', 'Bo'],
    ['c', 'Cleo'],
    ['d', 'Dee'],
  ] as const)
    inv = addPerson(inv, { id, name });
  inv = linkPeople(inv, { id: 'cd', a: 'c', b: 'd' });
  inv = linkPeople(inv, { id: 'ba', a: 'b', b: 'a' });
  inv = linkPeople(inv, { id: 'ca', a: 'c', b: 'a' });
  return inv;
}

describe('sortTies', () => {
  it('lists ties in the order of the rows of people, each naming the earlier-listed person first', () => {
    const rows = sortTies(sample(), ['c', 'a', 'b', 'd']);
    expect(rows.map((r) => [r.tie.id, r.first, r.second])).toEqual([
      ['ca', 'c', 'a'],
      ['cd', 'c', 'd'],
      ['ba', 'a', 'b'],
    ]);
  });

  it('puts ties of people not yet listed last, and leaves out ties to people who are gone', () => {
    const inv = sample();
    const rows = sortTies(inv, ['d', 'c']);
    expect(rows.map((r) => r.tie.id)).toEqual(['cd', 'ca', 'ba']);
    const gone = { ...inv, people: Object.fromEntries(Object.entries(inv.people).filter(([id]) => id !== 'a')) };
    expect(sortTies(gone, ['d', 'c', 'b']).map((r) => r.tie.id)).toEqual(['cd']);
  });
});
