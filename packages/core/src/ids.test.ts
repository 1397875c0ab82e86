import { describe, expect, it } from 'vitest';
import { addPerson, updatePerson } from './commands/people.ts';
import { createInventory } from './create-inventory.ts';
import { countingIdSource, ID_PREFIXES, isValidId, newId, randomIdSource, setIdSource, type IdKind } from './ids.ts';

describe('isValidId', () => {
  it('M9: accepts 1 to 64 of letters, digits, "_", ".", ":" and "-"', () => {
    for (const id of ['a', 'dr-osei', 'P_1', 'urn:x.y', 'x'.repeat(64)]) expect(isValidId(id), id).toBe(true);
  });

  it('M9: rejects empty, too long, spaces, slashes and non-Latin ids', () => {
    for (const id of ['', 'x'.repeat(65), 'a b', 'a/b', 'zoë', 'a\n', '😀']) expect(isValidId(id), id).toBe(false);
  });

  it('M9: rejects reserved object keys', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf']) {
      expect(isValidId(id), id).toBe(false);
    }
  });
});

describe('newId', () => {
  it('M15: is the kind prefix and 10 random base-36 characters, and valid under M9', () => {
    const kinds = Object.keys(ID_PREFIXES) as IdKind[];
    for (const kind of kinds) {
      const id = newId(kind);
      expect(id).toMatch(new RegExp(`^${ID_PREFIXES[kind]}-[0-9a-z]{10}$`));
      expect(isValidId(id)).toBe(true);
    }
    expect(kinds.map((k) => ID_PREFIXES[k])).toEqual(['p', 't', 'e', 'f', 's', 'g', 'r']);
  });

  it('M15: does not repeat itself (ids made on two devices at once do not meet)', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newId('person')));
    expect(ids.size).toBe(5000);
  });

  it('M15: uses every base-36 character, so its randomness is not cut short', () => {
    const seen = new Set(Array.from({ length: 400 }, () => newId('tie').slice(2)).join(''));
    expect(seen.size).toBe(36);
  });

  it('M15: never returns a taken id', () => {
    const taken = new Set(['p-1', 'p-2']);
    const previous = setIdSource(countingIdSource());
    try {
      expect(newId('person', (id) => taken.has(id))).toBe('p-3');
    } finally {
      setIdSource(previous);
    }
  });

  it('M15: a counting source gives p-1, p-2, t-1 ..., and null puts the random source back', () => {
    const previous = setIdSource(countingIdSource());
    try {
      expect([newId('person'), newId('person'), newId('tie'), newId('event'), newId('focus'), newId('snapshot')]).toEqual([
        'p-1',
        'p-2',
        't-1',
        'e-1',
        'f-1',
        's-1',
      ]);
      expect(setIdSource(null)).not.toBe(randomIdSource);
      expect(newId('person')).toMatch(/^p-[0-9a-z]{10}$/);
    } finally {
      setIdSource(previous);
    }
  });

  it('C2: a source that only offers taken or invalid ids is an error, not an endless loop', () => {
    const previous = setIdSource(() => 'not valid!');
    try {
      expect(() => newId('person')).toThrowError(expect.objectContaining({ name: 'RelmapError', code: 'invalid-argument' }));
      setIdSource(() => 'p-1');
      expect(() => newId('person', (id) => id === 'p-1')).toThrowError(/no free, valid person id/);
    } finally {
      setIdSource(previous);
    }
  });

  it('C4/M15: people are given opaque ids, two of the same name unrelated ones, and a rename keeps the id', () => {
    let inv = addPerson(createInventory(), { name: 'Dr. Osei' });
    inv = addPerson(inv, { name: 'Dr. Osei' });
    const [first, second] = Object.keys(inv.people) as [string, string];
    for (const id of [first, second]) expect(id).toMatch(/^p-[0-9a-z]{10}$/);
    expect(first).not.toBe(second);
    inv = updatePerson(inv, { id: first, changes: { name: 'Kwame' } });
    expect(Object.keys(inv.people)).toEqual([first, second]);
  });
});
