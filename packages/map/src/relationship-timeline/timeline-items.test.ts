import { describe, expect, it } from 'vitest';
import { daniel, ruth } from '@relmap/cases';
import { addGoal, markDeceased, recordEvent, removeEvent, updateGoal } from '@relmap/core';
import { focusStrength, timelineItems } from './timeline-items.ts';

describe('timeline items', () => {
  it('T4: reading order is by date, the longer span first when two start together, undated last', () => {
    let inv = recordEvent(daniel.session12, { id: 'z-year', kind: 'other', date: '2024', people: [], label: { text: 'x', sensitivity: 'shareable' } });
    inv = recordEvent(inv, { id: 'a-undated', kind: 'other', people: [], label: { text: 'y', sensitivity: 'shareable' } });
    inv = recordEvent(inv, { id: 'a-jan', kind: 'other', date: '2024-01', people: [], label: { text: 'z', sensitivity: 'shareable' } });
    const order = timelineItems(inv).map((i) => i.key);
    expect(order.slice(0, 5)).toEqual(['z-year', 'a-jan', 'funeral-falling-out', 'helen-death', 'stopped-band']);
    expect(order.at(-1)).toBe('a-undated');
  });

  it("T14: each review and each dated agreement of a goal is an item in the same order, with the goal's people and focus", () => {
    const keys = timelineItems(daniel.session12).map((i) => i.key);
    expect(keys.slice(3)).toEqual([
      'agreed:music-again',
      'agreed:talk-about-helen',
      'review:talk-about-helen:session-6',
      'review:music-again:session-12',
      'review:talk-about-helen:session-12',
    ]);
    const review = timelineItems(daniel.session12).find((i) => i.key === 'review:talk-about-helen:session-12')!;
    expect(review).toMatchObject({ kind: 'goal-review', progress: 'much', people: ['helen', 'emma', 'mark'], goal: { id: 'talk-about-helen' } });
    expect(review.label?.sensitivity).toBe('private');
    expect(review.focus.map((f) => f.id)).toEqual(['grief']);
    // A goal's marks carry no focus outline (T15): the list says the focus in words.
    expect(focusStrength(review)).toBeUndefined();
    // A proposal, and an agreed goal without a date, have no mark.
    const undated = updateGoal(daniel.session12, { id: 'music-again', changes: { agreedOn: null } });
    expect(timelineItems(undated).map((i) => i.key)).not.toContain('agreed:music-again');
    const proposal = addGoal(daniel.session12, { id: 'new', wording: { text: 'w', sensitivity: 'shareable' } });
    expect(timelineItems(proposal).some((i) => i.key.includes(':new'))).toBe(false);
  });

  it('T5: an event named by the primary focus is primary; by another focus, focus; else neither', () => {
    const items = new Map(timelineItems(ruth.session12).map((i) => [i.key, i]));
    expect(focusStrength(items.get('retirement')!)).toBe('primary');
    expect(focusStrength(items.get('judith-death')!)).toBe('focus');
    expect(focusStrength(items.get('bill-death')!)).toBeUndefined();
  });

  it('T6: a deceased person with a date of death and no death event is a death of their own, once', () => {
    const inv = markDeceased(removeEvent(ruth.session12, { id: 'bill-death' }), { id: 'simon', died: '2026-05-02' });
    const keys = timelineItems(inv).map((i) => i.key);
    expect(keys).toContain('died:bill');
    expect(keys).toContain('died:simon');
    expect(keys).not.toContain('died:judith');
    const simon = timelineItems(inv).find((i) => i.key === 'died:simon')!;
    expect(simon).toMatchObject({ kind: 'death', date: '2026-05-02', people: ['simon'] });
    expect(simon.eventId).toBeUndefined();
  });
});
