import { describe, expect, it } from 'vitest';
import { addPerson, createInventory, linkPeople, updateLink, updatePerson, type Person } from '@relmap/core';
import { defaultStrings } from '../strings.ts';
import { describePerson, linkedLabels } from './describe.ts';

const rings = ['Inner circle (ring 1)', 'Middle circle (ring 2)', 'Outer circle (ring 3)'];

function person(name: string, changes: Record<string, unknown> = {}): Person {
  let inv = addPerson(createInventory({ clientLabel: 'Sam' }), { name, category: 'friend' });
  const id = Object.keys(inv.people)[0]!;
  inv = updatePerson(inv, { id, changes });
  return inv.people[id]!;
}

describe('describePerson', () => {
  it('says who the person is, their role and category, their ring, conflict and support', () => {
    expect(describePerson(person('Jonas', { role: 'husband', category: 'partner' }), 'name', rings, defaultStrings)).toBe(
      'Jonas, husband, partner, Outer circle (ring 3), no conflict, no support',
    );
  });

  it('says the category, which the symbol shows by colour and glyph, in every label mode, and each word once', () => {
    const mum = person('Karin', { role: 'Mum', category: 'parent' });
    expect(describePerson(mum, 'initials', rings, defaultStrings)).toBe('K, Mum, parent, Outer circle (ring 3), no conflict, no support');
    expect(describePerson(mum, 'role', rings, defaultStrings)).toBe('Mum, parent, Outer circle (ring 3), no conflict, no support');
    const choir = person('Choir', { category: 'community', kind: 'group' });
    expect(describePerson(choir, 'role', rings, defaultStrings)).toBe('group, Outer circle (ring 3), no conflict, no support');
  });

  it('does not say a role that only repeats the name, whatever its case', () => {
    const group = person("Parents' group", { role: "parents' group", kind: 'group' });
    expect(describePerson(group, 'name', rings, defaultStrings)).toBe("Parents' group, friend, group, Outer circle (ring 3), no conflict, no support");
  });
});

describe('linkedLabels', () => {
  it('names each linked person with what their line shows beyond an ordinary tie: closeness, conflict, ended', () => {
    let inv = createInventory({ clientLabel: 'Sam' });
    for (const name of ['Karin', 'Ola', 'Per', 'Tove']) inv = addPerson(inv, { id: name.toLowerCase(), name, category: 'other-family' });
    inv = linkPeople(inv, { id: 'karin-ola', a: 'karin', b: 'ola', closeness: 'close' });
    inv = linkPeople(inv, { id: 'per-karin', a: 'per', b: 'karin', closeness: 'distant', conflict: 'high' });
    inv = linkPeople(inv, { id: 'karin-tove', a: 'karin', b: 'tove' });
    const ended = Object.values(inv.ties).find((t) => t.b === 'tove' || t.a === 'tove')!;
    inv = updateLink(inv, { id: ended.id, changes: { ended: true } });
    const label = (id: string): string => inv.people[id]!.name;
    expect(linkedLabels(inv, 'karin', label, defaultStrings)).toEqual(['Ola (close)', 'Per (distant, high conflict)', 'Tove (tie ended)']);
    expect(linkedLabels(inv, 'ola', label, defaultStrings)).toEqual(['Karin (close)']);
  });
});
