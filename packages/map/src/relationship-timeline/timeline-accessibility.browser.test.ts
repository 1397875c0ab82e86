import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cases, daniel } from '@relmap/cases';
import { addPerson, createInventory, recordEvent } from '@relmap/core';
import { axeViolations } from '../testing/axe.ts';
import { cleanupTimeline, mountTimeline, option, settled } from './testing/mount-timeline.ts';

afterEach(cleanupTimeline);

describe('<relationship-timeline> accessibility', () => {
  it('T12: axe finds no violation when empty or with one event', async () => {
    const empty = await mountTimeline(createInventory({ clientLabel: 'Sam' }));
    expect(await axeViolations(empty.timeline)).toEqual([]);
    cleanupTimeline();
    let inv = addPerson(createInventory({ clientLabel: 'Sam' }), { id: 'kim', name: 'Kim', ring: 1 });
    inv = recordEvent(inv, { id: 'one', kind: 'move', date: '2024-06', people: ['kim'], label: { text: 'Moved', sensitivity: 'shareable' } });
    const one = await mountTimeline(inv);
    expect(await axeViolations(one.timeline)).toEqual([]);
  });

  it('T12: axe finds no violation with many events, in every teaching case, light and dark, on a desktop and a phone', async () => {
    for (const c of cases) {
      for (const [width, theme] of [
        [1280, 'light'],
        [390, 'dark'],
      ] as const) {
        const { timeline } = await mountTimeline(c.session12, { width, attributes: { theme } });
        expect(await axeViolations(timeline), `${c.id} ${theme} ${width}`).toEqual([]);
        cleanupTimeline();
      }
    }
  });

  it('T12: axe finds no violation with an event selected, a person selected on the map, and presenting', async () => {
    const { map, timeline } = await mountTimeline(daniel.session12);
    await userEvent.click(option(timeline, 'helen-death'));
    map.selection = ['pete'];
    await settled(map, timeline);
    expect(await axeViolations(timeline)).toEqual([]);
    map.presenting = true;
    await settled(map, timeline);
    expect(await axeViolations(timeline)).toEqual([]);
    timeline.setAttribute('theme', 'dark');
    await settled(timeline);
    expect(await axeViolations(timeline)).toEqual([]);
  });
});
