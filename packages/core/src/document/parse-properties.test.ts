import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../model.ts';
import { parseInventory } from './parse-inventory.ts';
import { serializeInventory } from './serialize-inventory.ts';
import { arbitraryInventory } from './testing/arbitrary-inventory.ts';
import { ruleViolations } from './testing/rule-violations.ts';
import { isDeepFrozen, plainCopy } from './testing/sample-inventory.ts';

type Container = Record<string, unknown> | unknown[];

/** Every place in a plain document where a value sits: its container and its key. The root is left out. */
function places(root: unknown): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    const container = value as Container;
    const keys: (string | number)[] = Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container);
    for (const key of keys) {
      out.push([container, key]);
      stack.push((container as Record<string | number, unknown>)[key]);
    }
  }
  return out;
}

/** A JSON value written and read back: -0 becomes 0, as it does in a file. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The same inventory with its records, and the fields of each record, inserted in another order. */
function reorder(inv: Inventory, order: (keys: string[]) => string[]): Inventory {
  const shuffle = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map(shuffle);
    const record = value as Record<string, unknown>;
    return Object.fromEntries(order(Object.keys(record)).map((k) => [k, shuffle(record[k])]));
  };
  return shuffle(inv) as Inventory;
}

describe('parseInventory properties', () => {
  it('V1: never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseInventory(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('V1: never throws on anything (sparse arrays, Maps, boxed values, null prototypes, BigInts, Dates)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withObjectString: true,
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withUnicodeString: true,
        }),
        (value) => {
          expect(() => parseInventory(value)).not.toThrow();
          expect(parseInventory(value).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('V8: serialize, JSON.parse and parseInventory give back the same inventory', () => {
    fc.assert(
      fc.property(arbitraryInventory, (inv) => {
        const result = parseInventory(JSON.parse(serializeInventory(inv)));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(ruleViolations(inv)).toEqual([]);
        expect(result.inventory).toEqual(inv);
        expect(isDeepFrozen(result.inventory)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('V8: the text does not depend on the order in which records and fields were inserted', () => {
    fc.assert(
      fc.property(arbitraryInventory, fc.integer(), (inv, seed) => {
        // A seeded, deterministic shuffle of each key list.
        const order = (keys: string[]): string[] =>
          keys
            .map((k, i) => [k, Math.sin(seed + i * 7919)] as const)
            .sort((x, y) => x[1] - y[1])
            .map(([k]) => k);
        expect(serializeInventory(reorder(inv, order))).toBe(serializeInventory(inv));
        expect(serializeInventory(reorder(inv, (keys) => [...keys].reverse()))).toBe(serializeInventory(inv));
      }),
      { numRuns: 100 },
    );
  });

  it('V1, V2, V4, V6: a valid inventory changed at one random place parses to exactly that document, or to errors with paths', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({ kind: fc.constant('delete' as const) }),
    );
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(arbitraryInventory, fc.nat(), mutation, (inv, at, change) => {
        const doc = plainCopy(inv);
        const all = places(doc);
        const [container, key] = all[at % all.length]!;
        if (change.kind === 'delete') {
          if (Array.isArray(container)) container.splice(key as number, 1);
          else delete container[key as string];
        } else {
          (container as Record<string | number, unknown>)[key] = change.value;
        }
        const expected = viaJson(doc);
        const result = parseInventory(doc);
        if (result.ok) {
          // Nothing dropped, nothing added: the inventory is the changed document itself (SPEC V6).
          expect(viaJson(result.inventory)).toEqual(expected);
          expect(ruleViolations(result.inventory)).toEqual([]);
          accepted++;
          expect(isDeepFrozen(result.inventory)).toBe(true);
          expect(parseInventory(JSON.parse(serializeInventory(result.inventory))).ok).toBe(true);
        } else {
          rejected++;
          expect(Object.keys(result)).toEqual(['ok', 'errors']);
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.path).not.toBe('');
            expect(error.message).toMatch(/^expected .+\.$/s);
          }
        }
      }),
      { numRuns: 300 },
    );
    // Both outcomes must really occur, or the property proves little.
    expect(accepted).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(10);
  });
});
