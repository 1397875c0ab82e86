import { deleteGlobalConfig, setGlobalConfig } from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { addPerson } from '../commands/index.ts';
import { createInventory } from '../create-inventory.ts';
import { RelmapError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { MAX_ISSUES } from './issue-list.ts';
import { assertInventory, parseInventory } from './parse-inventory.ts';
import { edited, errorsOf } from './testing/edited.ts';
import { isDeepFrozen, objectsIn, plainCopy, sampleInventory } from './testing/sample-inventory.ts';

describe('parseInventory: valid documents', () => {
  it('V8: reads a valid inventory and gives back an equal one', () => {
    const inv = sampleInventory();
    const result = parseInventory(plainCopy(inv));
    expect(result).toEqual({ ok: true, inventory: inv });
  });

  it('V4: the inventory is deeply frozen and shares no object with the input', () => {
    const input = plainCopy(sampleInventory());
    const result = parseInventory(input);
    if (!result.ok) throw new Error('expected a valid inventory');
    expect(isDeepFrozen(result.inventory)).toBe(true);
    const mine = objectsIn(input);
    for (const object of objectsIn(result.inventory)) expect(mine.has(object)).toBe(false);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('V4: leaves absent optional fields out rather than setting them to undefined', () => {
    const result = parseInventory(edited((doc) => (doc.people.ruth.alias = undefined)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(Object.keys(result.inventory.people['ruth']!)).not.toContain('alias');
    expect(Object.keys(result.inventory.people['ruth']!.tie)).toEqual(['ring', 'conflict', 'support', 'ended']);
  });

  it('V1: reads an inventory made by the commands (frozen, from immer) as it is', () => {
    const inv = addPerson(createInventory(), { id: 'jonas', name: 'Jonas' });
    expect(parseInventory(inv)).toEqual({ ok: true, inventory: inv });
  });

  it('M9: accepts ids made only of digits and ids using every allowed character', () => {
    const doc = edited((d) => {
      d.people['10'] = { ...d.people.ruth, id: '10' };
      d.people['A_b.c:d-9'] = { ...d.people.ruth, id: 'A_b.c:d-9' };
    });
    expect(parseInventory(doc).ok).toBe(true);
  });
});

describe('parseInventory: limits and reporting', () => {
  it('V5: over-long text is refused with the limit in the message', () => {
    const errors = errorsOf(parseInventory(edited((doc) => (doc.people.jonas.notes.text = 'x'.repeat(LIMITS.noteLength + 1)))));
    expect(errors).toEqual([
      {
        path: 'people.jonas.notes.text',
        message: `expected the text of a note (at most ${LIMITS.noteLength} characters), got ${LIMITS.noteLength + 1} characters; the limit is ${LIMITS.noteLength}.`,
      },
    ]);
  });

  // No timing here: a parser that read every record first would still pass a clock check on a fast machine, so the
  // test pins the behaviour instead (one error at `people`, before any record is looked at).
  it('V5: 100,000 people are refused before any record is read, with the people limit in the message', () => {
    const doc = edited((d) => {
      for (let i = 0; i < 100_000; i++)
        d.people[`p${i}`] = {
          id: `p${i}`,
          name: 'X',
          category: 'other',
          kind: 'person',
          status: 'living',
          tie: { ring: 1, conflict: 'none', support: 'none' },
        };
    });
    const errors = errorsOf(parseInventory(doc));
    expect(errors).toEqual([{ path: 'people', message: `expected at most ${LIMITS.people} people in an inventory, got 100004.` }]);
  });

  it(`V2: lists at most ${MAX_ISSUES} problems, the last saying how many more were left out`, () => {
    const doc = edited((d) => {
      for (let i = 0; i < 150; i++) d.events[`x${i}`] = { id: `x${i}`, kind: 'war', label: { text: '', sensitivity: 'private' }, people: [] };
    });
    const errors = errorsOf(parseInventory(doc));
    expect(errors).toHaveLength(MAX_ISSUES);
    expect(errors[MAX_ISSUES - 2]?.path).toBe('events.x98.kind');
    expect(errors[MAX_ISSUES - 1]).toEqual({ path: '', message: '51 more problems were found and left out, to keep this list to 100 entries.' });
  });

  it('V1: the result does not depend on a global valibot configuration set by the host', () => {
    setGlobalConfig({ abortEarly: true, abortPipeEarly: true });
    const errors = errorsOf(parseInventory(edited((doc) => ((doc.client.label = 1), (doc.people.jonas.kind = 'cat')))));
    expect(errors.map((e) => e.path)).toEqual(['client.label', 'people.jonas.kind']);
    expect(errors.every((e) => e.message.startsWith('expected'))).toBe(true);
  });

  afterEach(() => deleteGlobalConfig());
});
describe('assertInventory', () => {
  it('returns the inventory of a valid document', () => {
    const inv = sampleInventory();
    expect(assertInventory(plainCopy(inv))).toEqual(inv);
  });

  it('throws invalid-document with the first path and message, and every issue', () => {
    const doc = edited((d) => ((d.people.jonas.tie.ring = 4), (d.people.ruth.kind = 'cat')));
    let error: unknown;
    try {
      assertInventory(doc);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RelmapError);
    const relmap = error as RelmapError;
    expect(relmap.code).toBe('invalid-document');
    expect(relmap.path).toBe('people.jonas.tie.ring');
    expect(relmap.message).toBe('people.jonas.tie.ring: expected a ring from 1 to 3, got 4.');
    expect(relmap.issues.map((i) => i.path)).toEqual(['people.jonas.tie.ring', 'people.ruth.kind']);
  });

  it('G2: throws unsupported-version for a document from a newer Relmap', () => {
    expect(() => assertInventory(edited((d) => (d.version = 4)))).toThrow(expect.objectContaining({ code: 'unsupported-version', path: 'version' }));
  });
});
