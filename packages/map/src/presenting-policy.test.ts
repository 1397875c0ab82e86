import { describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { addPerson, createInventory, type Inventory, type Person } from '@relmap/core';
import { initialsOf } from './labels.ts';
import { domKey, idOfDomKey, isNoteShown, labelFor, labelledText, labelModeFor, peopleLabels } from './presenting-policy.ts';
import { defaultStrings } from './strings.ts';

function withPeople(...names: string[]): Inventory {
  let inv = createInventory({ clientLabel: 'Client' });
  for (const name of names) inv = addPerson(inv, { name });
  return inv;
}

describe('the presenting policy', () => {
  it('labels by the host mode, else initials while presenting and names otherwise', () => {
    expect(labelModeFor(undefined, true)).toBe('initials');
    expect(labelModeFor(undefined, false)).toBe('name');
    expect(labelModeFor('alias', true)).toBe('alias');
  });

  it('shows a private note only when not presenting', () => {
    expect(isNoteShown({ text: 'x', sensitivity: 'private' }, true)).toBe(false);
    expect(isNoteShown({ text: 'x', sensitivity: 'private' }, false)).toBe(true);
    expect(isNoteShown({ text: 'x', sensitivity: 'shareable' }, true)).toBe(true);
    expect(isNoteShown(undefined, true)).toBe(true);
  });

  it('tells apart people whose initials are the same while presenting', () => {
    const inv = withPeople('Anna Berg', 'Anders Bo', 'Jonas');
    const labels = [...peopleLabels(inv.people, 'initials', defaultStrings).values()];
    expect(labels.sort()).toEqual(['AB', 'AB 2', 'J']);
  });

  it('tells apart eight people of one name, and the same person always gets the same label', () => {
    const inv = withPeople(...Array.from({ length: 8 }, () => 'Alex'));
    const labels = peopleLabels(inv.people, 'name', defaultStrings);
    expect(new Set(labels.values()).size).toBe(8);
    const more = addPerson(inv, { id: 'robin', name: 'Robin' });
    for (const [id, label] of labels) expect(labelFor(more.people, more.people[id]!, 'name', defaultStrings)).toBe(label);
  });

  it('keeps a plain label for someone whose label no one else shares', () => {
    const inv = withPeople('Alex', 'Alex', 'Sam');
    const sam = Object.values(inv.people).find((p) => p.name === 'Sam')!;
    expect(labelFor(inv.people, sam, 'name', defaultStrings)).toBe('Sam');
  });
});

describe('initials', () => {
  it('take whole graphemes, never half a flag or a letter without its accent', () => {
    expect(initialsOf('🇸🇪 Sven')).toBe('S');
    expect(initialsOf('A\u030Asa Lind')).toBe('A\u030AL'); // Å written as A and a combining ring
    expect(initialsOf('🇸🇪')).toBe('🇸🇪');
    expect(initialsOf('Dr. Osei')).toBe('DO');
    expect(initialsOf('김민준 Lee')).toBe('김L');
  });
});

describe('labelledText: free text leaving the screen names people by the policy', () => {
  const person = (id: string, name: string): Person => ({ ...maya.intake.people['jonas']!, id, name });
  const people = { a: person('a', 'Anna Berg'), b: person('b', 'Anna'), c: person('c', 'Leo'), d: person('d', 'Åsa') };
  const initials = (p: Person): string => `[${p.id}]`;

  it('replaces whole names only, the longer name first', () => {
    expect(labelledText('Call Anna Berg, then Anna.', people, initials)).toBe('Call [a], then [b].');
    expect(labelledText('Leonard and Leo', people, initials)).toBe('Leonard and [c]');
    expect(labelledText('Visit Åsa; Åsakvist stays', people, initials)).toBe('Visit [d]; Åsakvist stays');
  });

  it('leaves text without names as it was', () => {
    expect(labelledText('Sleep more.', people, initials)).toBe('Sleep more.');
  });
});

describe('what the DOM carries for an id', () => {
  it('is the id when not presenting, and an opaque key while presenting, the same each time, with its way back', () => {
    expect(domKey('jonas-anneli', false)).toBe('jonas-anneli');
    const key = domKey('jonas-anneli', true);
    expect(key).toMatch(/^k[0-9a-z]{10}$/);
    expect(key).not.toContain('jonas');
    expect(domKey('jonas-anneli', true)).toBe(key);
    expect(idOfDomKey(key)).toBe('jonas-anneli');
    expect(idOfDomKey('jonas-anneli')).toBe('jonas-anneli');
    expect(idOfDomKey('close')).toBe('close');
  });

  it('gives different ids different keys, valid as element ids and in selectors', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `person-${i}`);
    const keys = new Set(ids.map((id) => domKey(id, true)));
    expect(keys.size).toBe(500);
    for (const key of keys) expect(key).toMatch(/^[a-z][0-9a-z]+$/);
  });
});
