import { describe, expect, it } from 'vitest';
import { parseInventory } from './parse-inventory.ts';
import { edited, errorsOf } from './testing/edited.ts';

describe('parseInventory: hostile input', () => {
  it('V1: never throws on values that are not documents', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const inputs: unknown[] = [
      undefined,
      null,
      0,
      Number.NaN,
      '',
      'relmap',
      true,
      10n,
      Symbol('x'),
      () => 1,
      [],
      [1],
      new Date(),
      new Map(),
      cyclic,
      Object.create(null),
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
          ownKeys: () => {
            throw new Error('y');
          },
        },
      ),
    ];
    for (const input of inputs) {
      const result = parseInventory(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it('V1: reports one problem at the root for a value that is not plain data, not a cascade', () => {
    expect(parseInventory(new Date(0))).toEqual({
      ok: false,
      errors: [{ path: '', message: 'expected plain data (text, a number, true or false, null, an array or an object), got a Date object.' }],
    });
  });

  it('V1: a getter that throws inside a record is reported at its path', () => {
    const doc = edited(() => undefined);
    Object.defineProperty(doc.people.jonas, 'name', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    const errors = errorsOf(parseInventory(doc));
    expect(errors).toEqual([{ path: 'people.jonas.name', message: expect.stringContaining('reading this value failed') }]);
  });

  it('V7: __proto__ keys anywhere are errors and never touch Object.prototype', () => {
    const hostile = '{"__proto__":{"polluted":1}}';
    const doc = edited((d) => {
      // defineProperty: assigning d.__proto__ would change the prototype of the test's own object.
      Object.defineProperty(d, '__proto__', { value: { polluted: 1 }, enumerable: true });
      d.people.jonas.tie = { ...d.people.jonas.tie, ...JSON.parse(hostile) };
      d.people.jonas.notes = JSON.parse(`{"text":"x","sensitivity":"private","__proto__":{"polluted":1}}`);
      d.events.e1.people = [JSON.parse(hostile)];
      Object.defineProperty(d.people, '__proto__', { value: d.people.ruth, enumerable: true });
      d.ties.constructor = { prototype: { polluted: 1 } };
    });
    const errors = errorsOf(parseInventory(doc));
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        '__proto__',
        'people.__proto__',
        'people.jonas.tie.__proto__',
        'people.jonas.notes.__proto__',
        'events.e1.people.0.__proto__',
        'ties.constructor',
      ]),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('V7: a "__proto__" key added to any object of a valid document is an error at that key, and pollutes nothing', () => {
    const containers: [object, string][] = [];
    const collect = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Array.isArray(value)) containers.push([value, path]);
      for (const [key, child] of Object.entries(value)) collect(child, path === '' ? key : `${path}.${key}`);
    };
    const doc = edited(() => undefined);
    collect(doc, '');
    expect(containers.length).toBeGreaterThan(30);
    for (const [container, path] of containers) {
      const hostile = JSON.parse('{"__proto__":{"polluted":1}}');
      Object.defineProperty(container, '__proto__', { value: hostile['__proto__'], enumerable: true, configurable: true });
      const errors = errorsOf(parseInventory(doc));
      expect(errors).toEqual([{ path: path === '' ? '__proto__' : `${path}.__proto__`, message: expect.stringContaining('prototype') }]);
      delete (container as Record<string, unknown>)['__proto__'];
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
    expect(parseInventory(doc).ok).toBe(true);
  });

  it('V7: records are built with Object.fromEntries, which makes "__proto__" an own key, not a prototype', () => {
    const record = Object.fromEntries([['__proto__', { polluted: 1 }]]);
    expect(Object.hasOwn(record, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
  });
});
