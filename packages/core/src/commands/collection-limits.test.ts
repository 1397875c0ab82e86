import { freeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { createInventory } from '../create-inventory.ts';
import { LIMITS } from '../limits.ts';
import type { Inventory, LifeEvent, Person, PersonTie } from '../model.ts';
import { createStore } from '../store.ts';
import { catchRelmapError } from '../testing/catch-relmap-error.ts';
import { expectRejected } from '../testing/expect-rejected.ts';
import { shareable } from '../testing/sample-inventory.ts';
import { command } from './index.ts';

function person(id: string): Person {
  return { id, name: id, category: 'other', kind: 'person', status: 'living', tie: { ring: 3, conflict: 'none', support: 'none' } };
}

/** An inventory holding `people` people, `ties` ties and `events` events, built directly rather than by commands. */
function full(people: number, ties = 0, events = 0): Inventory {
  const range = (n: number, prefix: string): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  return freeze(
    {
      ...createInventory(),
      people: Object.fromEntries(range(people, 'p').map((id) => [id, person(id)])),
      ties: Object.fromEntries(range(ties, 't').map((id): [string, PersonTie] => [id, { id, a: 'p0', b: 'p1', closeness: 'normal', conflict: 'none' }])),
      events: Object.fromEntries(range(events, 'e').map((id): [string, LifeEvent] => [id, { id, kind: 'other', label: shareable(id), people: [] }])),
    },
    true,
  );
}

// Full inventories are large; the timeout leaves room for a shared machine under load.
describe('collection limits', { timeout: 60_000 }, () => {
  it('C2: a full inventory takes no further person, naming the collection', () => {
    expectRejected(full(LIMITS.people), command('addPerson', { name: 'One too many' }), 'too-large', 'people');
  });

  it('C2: a full inventory takes no further tie or event', () => {
    expectRejected(full(4, LIMITS.ties), command('linkPeople', { a: 'p2', b: 'p3' }), 'too-large', 'ties');
    expectRejected(full(1, 0, LIMITS.events), command('recordEvent', { kind: 'move', label: shareable('x') }), 'too-large', 'events');
  });

  it('C2/H4: counts the records added earlier in the same transaction', () => {
    const store = createStore(full(LIMITS.people - 1));
    const error = catchRelmapError(() =>
      store.transaction('two more', (tx) => {
        tx.dispatch(command('addPerson', { name: 'Last one' }));
        tx.dispatch(command('addPerson', { name: 'One too many' }));
      }),
    );
    expect({ code: error.code, path: error.path }).toEqual({ code: 'too-large', path: 'people' });
    expect(Object.keys(store.inventory.people)).toHaveLength(LIMITS.people - 1);
    expect(store.dispatch(command('addPerson', { name: 'Last one' }))).toBeDefined();
  });
});
