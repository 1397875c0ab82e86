import { describe, expect, it } from 'vitest';
import { addPerson, createInventory, updatePerson, type Person } from '@relmap/core';
import { defaultStrings } from '../strings.ts';
import { describePerson } from './describe.ts';

const rings = ['Inner circle (ring 1)', 'Middle circle (ring 2)', 'Outer circle (ring 3)'];

function person(name: string, changes: Record<string, unknown> = {}): Person {
  let inv = addPerson(createInventory({ clientLabel: 'Sam' }), { name, category: 'friend' });
  const id = Object.keys(inv.people)[0]!;
  inv = updatePerson(inv, { id, changes });
  return inv.people[id]!;
}

describe('describePerson', () => {
  it('says who the person is, their ring, conflict and support', () => {
    expect(describePerson(person('Jonas', { role: 'partner' }), 'name', rings, defaultStrings)).toBe(
      'Jonas, partner, Outer circle (ring 3), no conflict, no support',
    );
  });

  it('does not say a role that only repeats the name, whatever its case', () => {
    const group = person("Parents' group", { role: "parents' group", kind: 'group' });
    expect(describePerson(group, 'name', rings, defaultStrings)).toBe("Parents' group, group, Outer circle (ring 3), no conflict, no support");
  });
});
