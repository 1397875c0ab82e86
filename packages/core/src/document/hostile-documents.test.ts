import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { parseInventory } from './parse-inventory.ts';
import { parseInventoryJson } from './parse-inventory-json.ts';
import { serializeInventory } from './serialize-inventory.ts';
import { edited, errorsOf } from './testing/edited.ts';
import { checkHostileParse, hostileDocument, prototypeFingerprint } from './testing/hostile-document.ts';

// The CI share of the hostile-document fuzzing; `pnpm fuzz` runs the same property on 100,000 documents.
describe('parseInventory meets hostile documents', () => {
  it('V1, V2, V4, V7: random and mutated documents never throw, never pollute, and are rejected with paths', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(hostileDocument, (doc) => {
        outcomes[checkHostileParse(parseInventory, serializeInventory, doc)]++;
      }),
      { numRuns: 300, seed: 20261202 },
    );
    expect(outcomes.rejected).toBeGreaterThan(150);
    expect(outcomes.accepted).toBeGreaterThan(0);
    // A guard for a busy machine, not a measure: the run takes two to three seconds.
  }, 30_000);

  it('V7: the checker notices a parser that pollutes Object.prototype', () => {
    const polluting = (input: unknown): ReturnType<typeof parseInventory> => {
      Object.assign(Object.prototype, { polluted: 'yes' });
      return parseInventory(input);
    };
    try {
      expect(() => checkHostileParse(polluting, serializeInventory, {})).toThrow('V7');
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    }
    expect(prototypeFingerprint()).not.toContain('polluted');
  });
});

describe('parseInventory refuses absurd input with the limit it broke', () => {
  it('V5: a 10 MB name is refused at its path, with the label limit in the message', () => {
    const name = 'N'.repeat(10 * 1024 * 1024);
    const errors = errorsOf(parseInventory(edited((d) => (d.people.jonas.name = name))));
    expect(errors).toEqual([{ path: 'people.jonas.name', message: expect.stringContaining(`${LIMITS.labelLength}`) }]);
    expect(errors[0]!.message.length).toBeLessThan(300);
  });

  it('V5: a 10 MB name in a JSON file is refused the same way, and the message does not echo the name', () => {
    const text = JSON.stringify(edited((d) => (d.people.jonas.name = 'N'.repeat(10 * 1024 * 1024))));
    const result = parseInventoryJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).toEqual(['people.jonas.name']);
      expect(result.errors[0]!.message).not.toContain('NNNN');
    }
  });

  it('V5: 100,000 people in a JSON file are refused with the people limit, before any record is checked', () => {
    const doc = edited((d) => {
      for (let i = 0; i < 100_000; i++) d.people[`p${i}`] = { id: `p${i}`, name: 'X', bogus: true };
    });
    const result = parseInventoryJson(JSON.stringify(doc));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'people', message: `expected at most ${LIMITS.people} people in an inventory, got 100004.` }],
    });
  });

  it('V5: JSON nested 100,000 levels deep is refused with the depth limit, not a stack overflow', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = parseInventoryJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(new RegExp(`at most ${LIMITS.depth} levels|malformed`));
  });
});
