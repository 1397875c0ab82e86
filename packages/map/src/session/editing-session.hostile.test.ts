import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { assertInventory, command, CURRENT_VERSION, isRelmapError, serializeInventory } from '@relmap/core';
import { hostileDocument } from '../../../core/src/document/testing/hostile-document.ts';
import { checkHostileSet, setterProbe } from '../testing/hostile-setter.ts';

const probe = () => setterProbe(maya.intake, (c) => c.dispatch(command('setCloseness', { id: 'jonas', ring: 3 })));

// The element's `inventory` setter is its session's setInventory; `pnpm fuzz` runs it on 100,000 documents.
describe('the inventory setter meets hostile documents', () => {
  it('V9: random and mutated documents are refused with a typed error and a path, the inventory and history kept', () => {
    const p = probe();
    expect(p.controller.canUndo).toBe(true);
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(hostileDocument, (doc) => {
        outcomes[checkHostileSet(p, doc)]++;
      }),
      { numRuns: 200, seed: 20261125 },
    );
    expect(outcomes.rejected).toBeGreaterThan(100);
    expect(p.controller.canUndo).toBe(true);
    // A guard for a busy machine, not a measure: the run takes about a second.
  }, 30_000);

  it('V9: the check notices a setter that drops the undo history on a refusal', () => {
    const p = probe();
    const session = p.controller;
    const setInventory = session.setInventory.bind(session);
    session.setInventory = (value) => {
      while (session.canUndo) session.undo();
      return setInventory(value);
    };
    expect(() => checkHostileSet(p, { schema: 'relmap/inventory', version: 1 })).toThrow('V9');
  });

  it('V9, G2: a document from a newer Relmap is refused with the code assertInventory throws, unsupported-version', () => {
    const p = probe();
    const newer = { ...JSON.parse(serializeInventory(maya.intake)), version: CURRENT_VERSION + 1 };
    expect(checkHostileSet(p, newer)).toBe('rejected');
    let thrown: unknown;
    try {
      assertInventory(newer);
    } catch (error) {
      thrown = error;
    }
    expect(isRelmapError(thrown)).toBe(true);
    expect(p.errors.last).toMatchObject({ code: 'unsupported-version', path: 'version' });
    expect(p.errors.last?.code).toBe((thrown as { code: string }).code);
  });
});
