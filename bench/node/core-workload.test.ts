import { applyCommands, createStore } from '../../packages/core/src/index.ts';
import { describe, expect, it } from 'vitest';
import { BULK_PEOPLE, BULK_TIES, bulkCommands } from './bulk-build.ts';
import { planWorkload, runStep, startingInventory } from './core-workload.ts';

// The core benchmark plans its steps on one store and times their replay on another: if a replayed step named a
// record the replay did not make (an id drawn at random), `pnpm bench:core` would stop with an error.
describe('the core benchmark workload', () => {
  it('replays on a fresh store to exactly what the plan made, and undoes back to the start', () => {
    const { steps, final } = planWorkload(600, 40);
    const kinds = new Set(steps.map((s) => (s.transaction ? 'transaction' : s.commands[0]!.name)));
    expect([...kinds].sort()).toEqual(
      [
        'addPerson',
        'linkPeople',
        'removePerson',
        'setCloseness',
        'setConflict',
        'setSupport',
        'transaction',
        'unlinkPeople',
        'updatePerson',
        'updateTie',
      ].sort(),
    );
    const start = startingInventory();
    const store = createStore(start, { historyLimit: steps.length });
    for (const step of steps) expect(runStep(store, step)).toBeDefined();
    expect(JSON.parse(JSON.stringify(store.inventory))).toEqual(JSON.parse(JSON.stringify(final)));
    let undone = 0;
    while (store.undo()) undone++;
    expect(undone).toBe(steps.length);
    expect(JSON.stringify(store.inventory)).toBe(JSON.stringify(start));
  });

  it('builds the bulk network it names, every tie between people it added', () => {
    const built = applyCommands(startingInventory(), bulkCommands());
    expect(Object.keys(built.people)).toHaveLength(BULK_PEOPLE);
    expect(Object.keys(built.ties)).toHaveLength(BULK_TIES);
  });
});
