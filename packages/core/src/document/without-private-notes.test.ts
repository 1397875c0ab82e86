import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inventory, Note } from '../model.ts';
import { parseInventory } from './parse-inventory.ts';
import { arbitraryInventory } from './testing/arbitrary-inventory.ts';
import { plainCopy, sampleInventory } from './testing/sample-inventory.ts';
import { withoutPrivateNotes } from './without-private-notes.ts';

/** Every note in a document, found by shape, wherever it sits. */
function notesIn(value: unknown, out: Note[] = []): Note[] {
  if (typeof value !== 'object' || value === null) return out;
  const v = value as Record<string, unknown>;
  if (typeof v.text === 'string' && (v.sensitivity === 'private' || v.sensitivity === 'shareable')) out.push(v as unknown as Note);
  else for (const child of Object.values(v)) notesIn(child, out);
  return out;
}

describe('withoutPrivateNotes', () => {
  it('leaves no private note text and keeps every shareable note, for any inventory', () => {
    fc.assert(
      fc.property(arbitraryInventory, (inv: Inventory) => {
        const redacted = withoutPrivateNotes(inv);
        const left = notesIn(redacted);
        expect(left.filter((n) => n.sensitivity === 'private' && n.text !== '')).toEqual([]);
        const shareable = notesIn(inv).filter((n) => n.sensitivity === 'shareable');
        expect(left.filter((n) => n.sensitivity === 'shareable')).toEqual(shareable);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('gives a valid inventory with the same people, ties, events and focus', () => {
    fc.assert(
      fc.property(arbitraryInventory, (inv: Inventory) => {
        const redacted = withoutPrivateNotes(inv);
        expect(parseInventory(plainCopy(redacted)).ok).toBe(true);
        for (const key of ['people', 'ties', 'events', 'focus'] as const) {
          expect(Object.keys(redacted[key])).toEqual(Object.keys(inv[key]));
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('removes the sample private notes and does not change its input', () => {
    const inv = sampleInventory();
    const before = JSON.stringify(inv);
    const privateTexts = notesIn(inv).filter((n) => n.sensitivity === 'private').map((n) => n.text);
    expect(privateTexts.length).toBeGreaterThan(0);
    const json = JSON.stringify(withoutPrivateNotes(inv));
    for (const text of privateTexts) expect(json).not.toContain(JSON.stringify(text));
    expect(JSON.stringify(inv)).toBe(before);
  });

  it('keeps records without private notes by reference, and the whole inventory when it has none', () => {
    const inv = sampleInventory();
    const redacted = withoutPrivateNotes(inv);
    for (const [id, person] of Object.entries(inv.people)) {
      if (notesIn(person).every((n) => n.sensitivity === 'shareable')) expect(redacted.people[id]).toBe(person);
    }
    expect(withoutPrivateNotes(redacted)).toBe(redacted);
  });
});
