import { describe, expect, it } from 'vitest';
import { daniel, ruth } from '@relmap/cases';
import { markDeceased, recordEvent, removeEvent } from '@relmap/core';
import { focusStrength, timelineItems } from './timeline-items.ts';

describe('timeline items', () => {
  it('T4: reading order is by date, the longer span first when two start together, undated last', () => {
    let inv = recordEvent(daniel.session12, { id: 'z-year', kind: 'other', date: '2024', people: [], label: { text: 'x', sensitivity: 'shareable' } });
    inv = recordEvent(inv, { id: 'a-undated', kind: 'other', people: [], label: { text: 'y', sensitivity: 'shareable' } });
    inv = recordEvent(inv, { id: 'a-jan', kind: 'other', date: '2024-01', people: [], label: { text: 'z', sensitivity: 'shareable' } });
    expect(timelineItems(inv).map((i) => i.key)).toEqual(['z-year', 'a-jan', 'funeral-falling-out', 'helen-death', 'stopped-band', 'a-undated']);
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
