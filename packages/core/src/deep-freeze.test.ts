import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { addPerson } from './commands/index.ts';
import { createInventory } from './create-inventory.ts';
import { deepFreeze } from './deep-freeze.ts';
import { isDeepFrozen } from './testing/is-deep-frozen.ts';

describe('deepFreeze', () => {
  it('freezes an object, its arrays and nested objects, and returns the same object', () => {
    const value = { a: { b: [1, { c: 'x' }] }, d: 'e' };
    expect(deepFreeze(value)).toBe(value);
    expect(isDeepFrozen(value)).toBe(true);
  });

  it('leaves primitives and null as they are', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze('text')).toBe('text');
  });

  it('gives createInventory a deeply frozen inventory that immer still edits by copy', () => {
    const inventory = createInventory({ clientLabel: 'Maya', rings: 4 });
    expect(isDeepFrozen(inventory)).toBe(true);
    const next = addPerson(inventory, { id: 'jonas', name: 'Jonas', category: 'partner', ring: 1 });
    expect(next.people['jonas']?.name).toBe('Jonas');
    expect(inventory.people).toEqual({});
    expect(produce(inventory, (draft) => void (draft.client.label = 'M.')).client.label).toBe('M.');
  });
});
