import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRelmapError } from '../errors.ts';
import { countingIdSource, setIdSource } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import { createInventory } from '../create-inventory.ts';
import type { Inventory } from '../model.ts';
import { catchRelmapError } from '../testing/catch-relmap-error.ts';
import { invariantViolations } from '../testing/invariant-violations.ts';
import { isDeepFrozen } from '../testing/is-deep-frozen.ts';
import { arbitraryCommand } from '../testing/random-commands.ts';
import { sampleInventory } from '../testing/sample-inventory.ts';
import { applyCommands, command, commands, type Command } from './index.ts';

/** The commands one by one, each on the result of the last; a failing one is skipped, as a host would. */
function oneByOne(inventory: Inventory, list: readonly Command[]): Inventory {
  let inv = inventory;
  for (const cmd of list) inv = (commands[cmd.name] as (i: Inventory, a: unknown) => Inventory)(inv, cmd.args);
  return inv;
}

describe('applyCommands', () => {
  it('C8: gives the inventory the same commands give one by one, deeply frozen, the input untouched', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCommand, { maxLength: 30 }), (list) => {
        const start = sampleInventory();
        let expected: Inventory | undefined;
        try {
          expected = oneByOne(start, list);
        } catch (error) {
          if (!isRelmapError(error)) throw error;
        }
        if (expected === undefined) {
          expect(isRelmapError(catchRelmapError(() => applyCommands(start, list)))).toBe(true);
          return;
        }
        const result = applyCommands(start, list);
        expect(result).toEqual(expected);
        expect(isDeepFrozen(result)).toBe(true);
        expect(invariantViolations(result)).toEqual([]);
      }),
      { numRuns: 200, seed: 20261202 },
    );
  });

  it('C8: builds a network in one step: a thousand people and two thousand ties, every pair at most once', () => {
    const list: Command[] = [];
    for (let i = 0; i < 1000; i++) list.push(command('addPerson', { id: `person-${i}`, name: `Person ${i}` }));
    for (let i = 0; i < 1000; i++) {
      list.push(command('linkPeople', { a: `person-${i}`, b: `person-${(i + 1) % 1000}` }));
      list.push(command('linkPeople', { a: `person-${i}`, b: `person-${(i + 7) % 1000}` }));
    }
    const built = applyCommands(createInventory(), list);
    expect(Object.keys(built.people)).toHaveLength(1000);
    expect(Object.keys(built.ties)).toHaveLength(2000);
    expect(invariantViolations(built)).toEqual([]);
    // The same pair the other way round, added later in the same list, is refused by the draft's index of pairs.
    const again = catchRelmapError(() => applyCommands(built, [command('linkPeople', { a: 'person-8', b: 'person-1' })]));
    expect(again).toMatchObject({ code: 'duplicate', path: '0.args.b' });
  });

  it('C8/C2: all or nothing: the first failing command throws with its place in the list, and nothing is applied', () => {
    const start = createInventory();
    const list = [
      command('addPerson', { id: 'p1', name: 'Jonas' }),
      command('addPerson', { id: 'p2', name: 'Ruth' }),
      command('setCloseness', { id: 'p2', ring: 9 }),
    ];
    const error = catchRelmapError(() => applyCommands(start, list));
    expect(error).toMatchObject({ code: 'invalid-argument', path: '2.args.ring' });
    expect(error.message).toContain('expected a ring from 1 to 3');
    expect(start.people).toEqual({});

    const unknown = catchRelmapError(() => applyCommands(start, [list[0]!, { name: 'teleport', args: {} } as unknown as Command]));
    expect(unknown).toMatchObject({ code: 'not-found', path: '1.name' });
    expect(catchRelmapError(() => applyCommands(start, 'addPerson' as unknown as Command[]))).toMatchObject({ code: 'invalid-argument', path: '' });
  });

  it('C8: commands in one list see each other: a tie unlinked can be linked again, one removed with a person is gone', () => {
    const start = applyCommands(createInventory(), [
      command('addPerson', { id: 'a', name: 'A' }),
      command('addPerson', { id: 'b', name: 'B' }),
      command('addPerson', { id: 'c', name: 'C' }),
      command('linkPeople', { id: 't1', a: 'a', b: 'b' }),
      command('linkPeople', { id: 't2', a: 'b', b: 'c' }),
    ]);
    const relinked = applyCommands(start, [
      command('unlinkPeople', { a: 'b', b: 'a' }),
      command('linkPeople', { id: 't3', a: 'b', b: 'a', closeness: 'close' }),
      command('removePerson', { id: 'c' }),
    ]);
    expect(Object.keys(relinked.ties)).toEqual(['t3']);
    expect(relinked.ties['t3']).toMatchObject({ a: 'b', b: 'a', closeness: 'close' });
    const gone = catchRelmapError(() => applyCommands(start, [command('removePerson', { id: 'c' }), command('linkPeople', { a: 'b', b: 'c' })]));
    expect(gone).toMatchObject({ code: 'not-found', path: '1.args.b' });
    const twice = catchRelmapError(() => applyCommands(start, [command('unlinkPeople', { id: 't2' }), command('unlinkPeople', { a: 'c', b: 'b' })]));
    expect(twice).toMatchObject({ code: 'not-found', path: '1.args.b' });
  });

  it('C4/C8: many people of one name get distinct opaque ids, the ones they get one by one from the same source', () => {
    const list: Command[] = [];
    for (let i = 0; i < 50; i++) list.push(command('addPerson', { name: 'Anonymous' }));
    const previous = setIdSource(countingIdSource());
    try {
      const built = applyCommands(createInventory(), list);
      setIdSource(countingIdSource());
      expect(built).toEqual(oneByOne(createInventory(), list));
      expect(Object.keys(built.people)).toHaveLength(50);
      expect(Object.keys(built.people).filter((id) => id.includes('anonymous'))).toEqual([]);
    } finally {
      setIdSource(previous);
    }
  });

  it('C8/C2: a collection filled within one list takes no further record, naming the collection', () => {
    const list: Command[] = [];
    for (let i = 0; i <= LIMITS.people; i++) list.push(command('addPerson', { id: `p${i}`, name: `P ${i}` }));
    expect(catchRelmapError(() => applyCommands(createInventory(), list))).toMatchObject({
      code: 'too-large',
      path: `${LIMITS.people}.args.people`,
    });
  });
});
