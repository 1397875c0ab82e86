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

  it('gives a valid inventory with the same people, ties, events, focus, goals and reviews', () => {
    fc.assert(
      fc.property(arbitraryInventory, (inv: Inventory) => {
        const redacted = withoutPrivateNotes(inv);
        expect(parseInventory(plainCopy(redacted)).ok).toBe(true);
        for (const key of ['people', 'ties', 'events', 'focus', 'goals'] as const) {
          expect(Object.keys(redacted[key])).toEqual(Object.keys(inv[key]));
        }
        for (const [id, goal] of Object.entries(inv.goals)) {
          const { wording: _, reviews, ...rest } = redacted.goals[id]!;
          const { wording: __, reviews: before, ...restBefore } = goal;
          expect(Object.keys(reviews)).toEqual(Object.keys(before));
          expect(rest).toEqual(restBefore);
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('removes the sample private notes and does not change its input', () => {
    const inv = sampleInventory();
    const before = JSON.stringify(inv);
    const privateTexts = notesIn(inv)
      .filter((n) => n.sensitivity === 'private')
      .map((n) => n.text);
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

describe('withoutPrivateNotes: goals', () => {
  it('M14: a private wording becomes an empty private note and a private review note goes; the goal stays', () => {
    const inv = sampleInventory();
    expect(inv.goals['goal-2']!.wording.sensitivity).toBe('private');
    expect(inv.goals.goal!.reviews['review-2']!.note?.sensitivity).toBe('private');
    const redacted = withoutPrivateNotes(inv);
    expect(redacted.goals['goal-2']).toEqual({ ...inv.goals['goal-2'], wording: { text: '', sensitivity: 'private' } });
    const { note: _, ...review } = inv.goals.goal!.reviews['review-2']!;
    expect(redacted.goals.goal!.reviews['review-2']).toEqual(review);
    // The shareable wording and the review without a note are the same objects as before.
    expect(redacted.goals.goal!.wording).toBe(inv.goals.goal!.wording);
    expect(redacted.goals.goal!.reviews.review).toBe(inv.goals.goal!.reviews.review);
    const json = JSON.stringify(redacted);
    expect(json).not.toContain('Stop apologising');
    expect(json).not.toContain('Still avoids the grave');
    expect(parseInventory(plainCopy(redacted)).ok).toBe(true);
  });

  it('M14: keeps a goal with only shareable notes by reference', () => {
    const inv = sampleInventory();
    const { 'goal-2': _, ...goals } = inv.goals;
    const { 'review-2': __, ...reviews } = inv.goals.goal!.reviews;
    const shareableOnly = { ...inv, goals: { ...goals, goal: { ...inv.goals.goal!, reviews } } };
    const redacted = withoutPrivateNotes(shareableOnly);
    expect(redacted.goals).toBe(shareableOnly.goals);
  });
});
