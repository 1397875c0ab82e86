import fc from 'fast-check';
import type { Inventory } from '../../model.ts';
import { arbitraryInventory } from './arbitrary-inventory.ts';

type Container = Record<string, unknown> | unknown[];

/** Keys that reach or shadow an object's prototype machinery, and names of built-in methods. */
export const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
];

/** Values chosen to break a careless reader: prototype payloads, extreme numbers and sizes, wrong types. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    '',
    ' ',
    '\u0000',
    '\ud800',
    '<script>alert(1)</script>',
    [],
    {},
    null,
  ),
  fc.constant(null).map(() => JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown),
  fc.constant(null).map(() => JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown),
  fc.integer({ min: 1, max: 40 }).map((depth) => nest(depth)),
  fc.integer({ min: 201, max: 30_000 }).map((length) => 'x'.repeat(length)),
  fc.integer({ min: 5001, max: 6000 }).map((length) => Array.from({ length }, (_, i) => i)),
);

/** One change to a valid document: replace, delete, or add a key (often a hostile one) at a random place. */
type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly key: string; readonly value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
    value: hostileValue,
  }),
);

/**
 * A valid inventory, as plain data, changed at one to four random places; or random data of any shape. Most of
 * these documents are invalid, some stay valid: both must be handled.
 */
export const hostileDocument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(arbitraryInventory, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([inv, changes]) => mutate(inv, changes)) },
  // Depth and width capped: uncapped, fast-check grows these values late in a long run until generating one
  // alone fills a 4 GB heap (seen after 40,000 documents).
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 4,
      maxKeys: 8,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    }),
  },
);

function mutate(inv: Inventory, changes: readonly Mutation[]): unknown {
  const doc = JSON.parse(JSON.stringify(inv)) as Record<string, unknown>;
  for (const change of changes) {
    const all = places(doc);
    const [container, key] = all[change.at % all.length]!;
    if (change.kind === 'delete') {
      if (Array.isArray(container)) removeAt(container, key as number);
      else delete container[key as string];
      continue;
    }
    const target = change.kind === 'add' ? containerAt(container, key) : container;
    const name = change.kind === 'add' ? change.key : key;
    define(target, name, fresh(change.value));
  }
  return doc;
}

// defineProperty makes "__proto__" an own key, as JSON.parse does, instead of setting the prototype.
function define(target: Container, name: string | number, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

// A copy of a drawn value that belongs to this document alone. fast-check hands out the same object more than
// once (the `{}` and `[]` of `constantFrom` on every draw, any value again while shrinking); inserted as it is, a
// later mutation adds keys to it, and so to every document that holds it. Over tens of thousands of documents such
// an object grew without bound (documents of 130,000 values, 51 levels deep, after 62,000) until drawing one more
// document filled a 4 GB heap.
function fresh(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy: Container = Array.isArray(value) ? [] : {};
  // Own keys only, with a plain loop: no array method, for the reason given in `places`.
  for (const key of Object.keys(value)) define(copy, key, fresh((value as Record<string, unknown>)[key]));
  return copy;
}

// An added key goes into the object at this place, or into its container when the value there is not one.
function containerAt(container: Container, key: string | number): Container {
  const value = (container as Record<string | number, unknown>)[key];
  return typeof value === 'object' && value !== null ? (value as Container) : container;
}

/** Every place where a value sits in a plain document: its container and key. */
function places(root: Container): [Container, string | number][] {
  const out: [Container, string | number][] = [];
  const stack: Container[] = [root];
  while (stack.length > 0) {
    const container = stack.pop()!;
    // No array methods: an added "constructor" key on an array breaks every method that creates a new array.
    const keys: (string | number)[] = Array.isArray(container) ? indices(container.length) : Object.keys(container);
    for (const key of keys) {
      out.push([container, key]);
      const child = (container as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child as Container);
    }
  }
  return out;
}

function indices(length: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < length; i++) out.push(i);
  return out;
}

function removeAt(list: unknown[], index: number): void {
  for (let i = index; i < list.length - 1; i++) list[i] = list[i + 1];
  list.length -= 1;
}

function nest(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** The own property names of the built-in prototypes a polluting document would reach. */
export function prototypeFingerprint(): string {
  const protos: object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
  return protos.map((p) => Reflect.ownKeys(p).map(String).sort().join(',')).join('|');
}

/** What one hostile document did to `parseInventory`. */
export type HostileOutcome = 'accepted' | 'rejected';

/**
 * Parses one hostile document and checks the guarantees of SPEC V1, V2, V4 and V7, throwing a plain `Error` that
 * says which one broke: no throw; a rejection lists errors that each have a string path and say what was
 * expected; an acceptance is deeply frozen and survives its own serialization; the input is left as it was; no
 * built-in prototype gained or lost a key.
 */
export function checkHostileParse(
  parse: (input: unknown) => { ok: true; inventory: Inventory } | { ok: false; errors: readonly { path: unknown; message: unknown }[] },
  serialize: (inventory: Inventory) => string,
  input: unknown,
): HostileOutcome {
  const protoBefore = prototypeFingerprint();
  const inputBefore = safeStringify(input);
  let result: ReturnType<typeof parse>;
  try {
    result = parse(input);
  } catch (error) {
    throw new Error(`V1: parseInventory threw ${String(error)}`, { cause: error });
  }
  if (prototypeFingerprint() !== protoBefore) throw new Error('V7: a built-in prototype changed');
  if (({} as Record<string, unknown>)['polluted'] !== undefined) throw new Error('V7: Object.prototype was polluted');
  if (safeStringify(input) !== inputBefore) throw new Error('parseInventory changed its input');
  if (result.ok) {
    if (!Object.isFrozen(result.inventory) || !Object.isFrozen(result.inventory.people)) {
      throw new Error('C1: an accepted inventory is not frozen');
    }
    const again = parse(JSON.parse(serialize(result.inventory)));
    if (!again.ok) throw new Error('V8: an accepted inventory does not survive its own serialization');
    return 'accepted';
  }
  if (Object.keys(result).join() !== 'ok,errors') throw new Error('V4: a rejection carries more than its errors');
  if (result.errors.length === 0) throw new Error('V2: a rejection without errors');
  for (const error of result.errors) {
    if (typeof error.path !== 'string') throw new Error('V2: an error without a path');
    if (typeof error.message !== 'string' || !/^(expected |(at least )?\d+ more problems)/.test(error.message)) {
      throw new Error(`V2: an error that does not say what was expected: ${String(error.message).slice(0, 200)}`);
    }
  }
  return 'rejected';
}

// Sparse arrays of a billion slots are among the inputs: written out, they would fill the memory of the check.
function safeStringify(value: unknown): string {
  const replacer = (_key: string, v: unknown): unknown => {
    if (typeof v === 'bigint') return `${v}n`;
    if (Array.isArray(v) && v.length > 100_000) return `[an array of ${v.length} slots]`;
    return v;
  };
  try {
    return JSON.stringify(value, replacer) ?? 'undefined';
  } catch {
    return 'unserializable';
  }
}
