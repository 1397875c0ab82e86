import { describe, expect, it } from 'vitest';
import { addPerson, createInventory, linkPeople } from '@relmap/core';
import { linkedPeople, stepAlongTies } from './tie-navigation.ts';

function star() {
  let inv = createInventory({ clientLabel: 'Sam' });
  for (const id of ['a', 'n', 'e', 's', 'w', 'x']) inv = addPerson(inv, { id, name: id.toUpperCase() });
  for (const id of ['n', 'e', 's', 'w']) inv = linkPeople(inv, { id: `a-${id}`, a: 'a', b: id });
  const points = [
    { id: 'a', x: 0, y: 0 },
    { id: 'n', x: 0, y: -10 },
    { id: 'e', x: 10, y: 0 },
    { id: 's', x: 0, y: 10 },
    { id: 'w', x: -10, y: 0 },
    { id: 'x', x: 50, y: 50 },
  ];
  return { inv, points };
}

describe('tie navigation', () => {
  it('lists the people linked to someone clockwise from 12 o’clock, and no one else', () => {
    const { inv, points } = star();
    expect(linkedPeople(inv, 'a', points)).toEqual(['n', 'e', 's', 'w']);
    expect(linkedPeople(inv, 'n', points)).toEqual(['a']);
    expect(linkedPeople(inv, 'x', points)).toEqual([]);
  });

  it('] from the anchor goes to the first linked person, [ to the last, and both wrap around', () => {
    const { inv, points } = star();
    expect(stepAlongTies(inv, 'a', 'a', 1, points)).toBe('n');
    expect(stepAlongTies(inv, 'a', 'a', -1, points)).toBe('w');
    expect(stepAlongTies(inv, 'a', 'n', 1, points)).toBe('e');
    expect(stepAlongTies(inv, 'a', 'w', 1, points)).toBe('n');
    expect(stepAlongTies(inv, 'a', 'n', -1, points)).toBe('w');
  });

  it('gives nothing for a person with no ties', () => {
    const { inv, points } = star();
    expect(stepAlongTies(inv, 'x', 'x', 1, points)).toBeUndefined();
  });
});
