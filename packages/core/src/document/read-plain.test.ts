import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { MAX_ENTRIES, MAX_REVISITS, MAX_VALUES, readPlain } from './read-plain.ts';

function nest(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('readPlain', () => {
  it('V5: reads nesting up to LIMITS.depth levels and refuses one level more, naming where', () => {
    expect(readPlain(nest(LIMITS.depth)).ok).toBe(true);
    const deeper = readPlain(nest(LIMITS.depth + 1));
    expect(deeper.ok).toBe(false);
    expect(deeper.issues).toEqual([
      { path: Array.from({ length: LIMITS.depth }, () => '0').join('.'), message: expect.stringContaining(`at most ${LIMITS.depth} levels`) },
    ]);
  });

  it('V5: refuses a million levels of nesting without recursing (no stack overflow)', () => {
    const result = readPlain(nest(1_000_000));
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toContain('levels of nesting');
  });

  it('V1: refuses an object that contains itself, naming the path of the cycle', () => {
    const a: Record<string, unknown> = { b: { c: [] } };
    ((a['b'] as Record<string, unknown>)['c'] as unknown[]).push(a);
    const result = readPlain(a);
    expect(result).toEqual({ ok: false, issues: [{ path: 'b.c.0', message: expect.stringContaining('contains itself') }] });
  });

  it('V1: copies an object shared by two branches (not a cycle) into two fresh copies', () => {
    const shared = { text: 'x', sensitivity: 'private' };
    const result = readPlain({ one: shared, two: shared });
    expect(result.ok).toBe(true);
    const value = (result as { value: Record<string, unknown> }).value;
    expect(value['one']).toEqual(shared);
    expect(value['one']).not.toBe(shared);
    expect(value['one']).not.toBe(value['two']);
  });

  // 20^15 visits would never finish, so passing at all (within the hang guard) shows the reuse cap works.
  it('V5: refuses a graph of shared children that would mean 20^15 visits', () => {
    let level: Record<string, unknown> = { leaf: 1 };
    for (let d = 0; d < 15; d++) {
      const next: Record<string, unknown> = {};
      for (let k = 0; k < 20; k++) next[`k${k}`] = level;
      level = next;
    }
    const result = readPlain(level);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toContain(`reused here more than ${MAX_REVISITS} times`);
  });

  it(`V5: refuses a tree of more than ${MAX_VALUES} values`, () => {
    const wide = Array.from({ length: 300 }, () => Array.from({ length: 4000 }, () => 0));
    const result = readPlain(wide);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toContain(`at most ${MAX_VALUES} values`);
  });

  it('V5: refuses a named collection over its limit, saying which limit, before reading its entries', () => {
    const people: Record<string, unknown> = {};
    let reads = 0;
    for (let i = 0; i < 11; i++) Object.defineProperty(people, `p${i}`, { enumerable: true, get: () => ++reads });
    const result = readPlain({ people }, { people: { max: 10, noun: 'people' } });
    expect(result).toEqual({ ok: false, issues: [{ path: 'people', message: 'expected at most 10 people in an inventory, got 11.' }] });
    expect(reads).toBe(0);
  });

  it('V5: refuses any other array over the entry limit without touching its slots, even a sparse one', () => {
    const result = readPlain({ list: new Array(1e9) });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toEqual({ path: 'list', message: expect.stringContaining(`at most ${MAX_ENTRIES} entries`) });
  });

  it('V1: reports values that are not plain data at their path and leaves them out of the copy', () => {
    class Thing {}
    const input = {
      fn: () => 1,
      big: 10n,
      sym: Symbol('s'),
      when: new Date(0),
      map: new Map(),
      thing: new Thing(),
      boxed: new String('x'),
      list: [1, () => 2, 3],
      fine: 'yes',
    };
    const result = readPlain(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ list: [1, undefined, 3], fine: 'yes' });
    expect(result.issues.map((i) => i.path)).toEqual(['fn', 'big', 'sym', 'when', 'map', 'thing', 'boxed', 'list.1']);
    expect(result.issues.find((i) => i.path === 'when')?.message).toBe(
      'expected plain data (text, a number, true or false, null, an array or an object), got a Date object.',
    );
    expect(result.issues.find((i) => i.path === 'thing')?.message).toContain('an object with a prototype of its own');
    expect(result.issues.find((i) => i.path === 'big')?.message).toContain('a BigInt');
  });

  it('V7: reports __proto__, constructor and prototype keys anywhere and never copies them', () => {
    const input = JSON.parse('{"a":{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}},"b":[{"prototype":2}]}');
    const result = readPlain(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(['a.__proto__', 'a.constructor', 'b.0.prototype']);
    expect(result.value).toEqual({ a: {}, b: [{}] });
    expect(Object.getPrototypeOf((result.value as Record<string, object>)['a'])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('V1: survives getters that throw, proxies whose traps throw, and revoked proxies', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const noProto = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('no prototype');
        },
      },
    );
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const input = {
      get bad() {
        throw new Error('boom');
      },
      hostile,
      noProto,
      revoked,
      ok: 1,
    };
    const result = readPlain(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ ok: 1 });
    expect(result.issues.map((i) => i.path)).toEqual(['bad', 'hostile', 'noProto', 'revoked']);
    expect(result.issues[0]?.message).toContain('reading this value failed');
  });

  it('V1: a throwing root proxy gives one issue at the root', () => {
    const root = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('x');
        },
      },
    );
    expect(readPlain(root)).toEqual({ ok: true, value: undefined, issues: [{ path: '', message: expect.any(String) }] });
  });

  it('reads a getter that returns a value (as JSON.stringify does), skips undefined keys and ignores symbol keys', () => {
    const input = {
      get name() {
        return 'Jonas';
      },
      gone: undefined,
      [Symbol('s')]: 1,
    };
    expect(readPlain(input)).toEqual({ ok: true, value: { name: 'Jonas' }, issues: [] });
  });

  it('reads null-prototype objects and keeps NaN and Infinity for the schema to judge', () => {
    const bare = Object.assign(Object.create(null) as object, { n: Number.NaN, i: Infinity });
    expect(readPlain(bare)).toEqual({ ok: true, value: { n: Number.NaN, i: Infinity }, issues: [] });
  });

  it('cuts an absurdly long key short in paths', () => {
    const key = 'k'.repeat(1_000_000);
    const result = readPlain({ [key]: () => 1 });
    expect(result.issues[0]?.path.length).toBeLessThan(200);
  });
});
