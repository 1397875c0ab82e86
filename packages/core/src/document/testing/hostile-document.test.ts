import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileDocument } from './hostile-document.ts';

// Every object reachable from `value`, each once (the walk survives cycles), handed to `visit`.
function eachObject(value: unknown, visit: (object: object) => void): void {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    visit(next);
    for (const key of Reflect.ownKeys(next)) stack.push(Reflect.getOwnPropertyDescriptor(next, key)?.value);
  }
}

describe('hostileDocument', () => {
  it('draws documents that share no object, so that mutating one can never change a later one', () => {
    const owner = new Map<object, number>();
    let drawn = 0;
    fc.assert(
      fc.property(hostileDocument, (doc) => {
        const index = drawn++;
        eachObject(doc, (object) => {
          const earlier = owner.get(object);
          if (earlier !== undefined) throw new Error(`document ${index} holds an object of document ${earlier}`);
          owner.set(object, index);
        });
      }),
      { numRuns: 2000, seed: 20261131 },
    );
    expect(drawn).toBe(2000);
  });
});
