import { describe, expect, it } from 'vitest';
import { fnv1a, lcg } from './hash.ts';
import { tieOrder } from './tie-order.ts';

describe('hash', () => {
  it('computes 32-bit FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('gives a reproducible sequence from a seed', () => {
    const a = lcg(7);
    const b = lcg(7);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(lcg(8)()).not.toBe(first[0]);
  });
});

describe('tieOrder', () => {
  const entry = (id: string, block = 0) => ({ id, hash: fnv1a(id), block, group: block });

  it('puts the people of a chain of ties next to each other, and blocks one after another', () => {
    const rank = tieOrder(
      ['e', 'a', 'd', 'b', 'c', 'x'].map((id) => entry(id, id === 'x' ? 1 : 0)),
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'e'],
      ],
    );
    const chain = ['a', 'b', 'c', 'd', 'e'].map((id) => rank.get(id)!).sort((p, q) => p - q);
    expect(chain).toEqual([0, 1, 2, 3, 4]);
    expect(rank.get('x')).toBe(5);
    // Along the chain, every tie joins neighbours in the order.
    for (const [a, b] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
    ] as const) {
      expect(Math.abs(rank.get(a)! - rank.get(b)!)).toBe(1);
    }
  });

  it('does not depend on the order of its input', () => {
    const ties: [string, string][] = [
      ['a', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ];
    const one = tieOrder(
      ['a', 'b', 'c', 'd'].map((id) => entry(id)),
      ties,
    );
    const two = tieOrder(
      ['d', 'c', 'b', 'a'].map((id) => entry(id)),
      ties.slice().reverse(),
    );
    expect([...two].sort()).toEqual([...one].sort());
  });
});
