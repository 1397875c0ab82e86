import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { command, createInventory, createStore, parseInventory } from '@relmap/core';
import { edit, replicas } from './testing/replicas.ts';

const op = fc.tuple(fc.nat(14), fc.nat(31), fc.nat(31));
const step = fc.oneof({ arbitrary: fc.record({ device: fc.nat(2), op }), weight: 3 }, { arbitrary: fc.record({ deliver: fc.nat(1000) }), weight: 2 });

/** Three people, a tie and an event to start from, so that concurrent edits meet on the same records. */
function start() {
  const store = createStore(createInventory());
  store.dispatch(command('addPerson', { id: 'ana', name: 'Ana', ring: 1 }));
  store.dispatch(command('addPerson', { id: 'ben', name: 'Ben', ring: 2 }));
  store.dispatch(command('addPerson', { id: 'cem', name: 'Cem', ring: 3 }));
  store.dispatch(command('linkPeople', { id: 'ab', a: 'ana', b: 'ben' }));
  store.dispatch(command('recordEvent', { id: 'ev', kind: 'move', label: { text: 'Moved', sensitivity: 'shareable' }, people: ['ben', 'cem'] }));
  return store.inventory;
}

describe('merging concurrent edits', () => {
  it('Y3, Y4, Y5, Y6: devices editing at once, their updates delivered in any order, all reach the same valid inventory', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }), (steps, order) => {
        const net = replicas(3, start());
        for (const s of steps) {
          if ('device' in s) edit(net.replicas[s.device]!, s.op);
          else if (net.inFlight.length > 0) net.deliver(s.deliver % net.inFlight.length);
        }
        let n = 0;
        net.deliverAll((count) => order[n++ % order.length]! % count);
        const [first, ...rest] = net.replicas.map((r) => r.session.inventory);
        expect(parseInventory(first).ok).toBe(true);
        for (const inv of rest) expect(inv).toEqual(first);
        const docs = net.replicas.map((r) => r.doc.toJSON());
        for (const doc of docs) expect(doc).toEqual(docs[0]);
        // The repair leaves out only what no longer holds together: every person and every event of the document
        // stays, an event naming only people still there, and a tie stays unless an end is gone or it is a second
        // tie between the same two people.
        const doc = docs[0] as Record<string, Record<string, { a?: string; b?: string; people?: string[] }>>;
        expect(Object.keys(first!.people).sort()).toEqual(Object.keys(doc['people'] ?? {}).sort());
        expect(Object.keys(first!.events).sort()).toEqual(Object.keys(doc['events'] ?? {}).sort());
        for (const [id, event] of Object.entries(doc['events'] ?? {})) {
          expect(first!.events[id]?.people).toEqual([...new Set(event.people!.filter((p) => p in first!.people))]);
        }
        const pairs = new Set<string>();
        for (const id of Object.keys(doc['ties'] ?? {}).sort()) {
          const { a, b } = doc['ties']![id]!;
          const pair = [a, b].sort().join(' ');
          const kept = a! in first!.people && b! in first!.people && !pairs.has(pair);
          if (kept) pairs.add(pair);
          expect(id in first!.ties, `tie ${id}`).toBe(kept);
        }
      }),
      { numRuns: 200 },
    );
  });
});
