import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidId, nextId } from './ids.ts';

const none = (): boolean => false;

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

describe('nextId', () => {
  it('C4: makes a readable slug from a name ("Dr. Osei" gives dr-osei)', () => {
    expect(nextId('Dr. Osei', none)).toBe('dr-osei');
    expect(nextId('  Anna-Lena  Berg ', none)).toBe('anna-lena-berg');
  });

  it('C4: strips accents rather than dropping the letter', () => {
    expect(nextId('Zoë Åström', none)).toBe('zoe-astrom');
  });

  it('C4: counts up from -2 on collision', () => {
    const taken = new Set(['dr-osei', 'dr-osei-2']);
    expect(nextId('Dr. Osei', (id) => taken.has(id))).toBe('dr-osei-3');
    expect(nextId('Dr. Osei', (id) => id === 'dr-osei')).toBe('dr-osei-2');
  });

  it('C4: falls back to the prefix for names without Latin letters or digits', () => {
    expect(nextId('李雷', none)).toBe('p');
    expect(nextId('!!!', none, 'e')).toBe('e');
    expect(nextId('李雷', (id) => id === 'p')).toBe('p-2');
  });

  it('M9: never yields a reserved key, however the name reads', () => {
    expect(nextId('Constructor', none)).toBe('p-constructor');
    expect(nextId('__proto__', none)).toBe('proto');
  });

  it('M9: always yields a valid, untaken id, whatever the name', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), (name, others) => {
        const taken = new Set([...others, nextId(name, none)]);
        const id = nextId(name, (x) => taken.has(x));
        expect(isValidId(id)).toBe(true);
        expect(taken.has(id)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('M9: keeps ids of very long names within 64 characters, also with a counter', () => {
    const long = 'Anna '.repeat(40);
    const first = nextId(long, none);
    expect(first.length).toBeLessThanOrEqual(48);
    expect(first.endsWith('-')).toBe(false);
    const hundredth = nextId(long, (id) => id === first || /-\d$|-\d\d$/.test(id));
    expect(hundredth.length).toBeLessThanOrEqual(64);
    expect(isValidId(hundredth)).toBe(true);
  });
});

describe('nextId on a base that is already a slug', () => {
  it('C4: gives the slug back as the full treatment would: an id made from any name is its own slug', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'grapheme' }), (name) => {
        const id = nextId(name, () => false);
        expect(nextId(id, () => false)).toBe(id);
      }),
      { numRuns: 500, seed: 20261202 },
    );
  });
});
