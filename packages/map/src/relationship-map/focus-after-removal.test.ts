import { describe, expect, it } from 'vitest';
import { addPerson, createInventory, removePerson } from '@relmap/core';
import { focusAfterRemoval } from './focus-after-removal.ts';

describe('focusAfterRemoval', () => {
  let inv = createInventory({ clientLabel: 'Sam' });
  for (const id of ['a', 'b', 'c']) inv = addPerson(inv, { id, name: id });
  const points = [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 100, y: 0 },
    { id: 'c', x: 10, y: 0 },
  ];

  it('moves focus to the nearest person left when the focused one is removed', () => {
    expect(focusAfterRemoval('a', points, removePerson(inv, { id: 'a' }))).toBe('c');
  });

  it('moves focus to the map itself when no one is left', () => {
    let empty = inv;
    for (const id of ['a', 'b', 'c']) empty = removePerson(empty, { id });
    expect(focusAfterRemoval('a', points, empty)).toBeNull();
  });

  it('leaves focus alone when the focused person is still there, or no one is focused', () => {
    const without = removePerson(inv, { id: 'b' });
    expect(focusAfterRemoval('a', points, without)).toBeUndefined();
    expect(focusAfterRemoval(undefined, points, without)).toBeUndefined();
  });
});
