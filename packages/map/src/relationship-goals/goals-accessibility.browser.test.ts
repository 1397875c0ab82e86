import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cases, daniel } from '@relmap/cases';
import { createInventory } from '@relmap/core';
import { axeViolations } from '../testing/axe.ts';
import { cleanupGoals, mountGoals, settled, tabTo } from './testing/mount-goals.ts';

afterEach(cleanupGoals);

describe('<relationship-goals> accessibility', () => {
  it('GL9: axe finds no violation when empty', async () => {
    const { goals } = await mountGoals(createInventory({ clientLabel: 'Sam' }));
    expect(await axeViolations(goals)).toEqual([]);
  });

  it('GL9: axe finds no violation with the goals of every teaching case, their controls open, light and dark, wide and narrow', async () => {
    for (const c of cases) {
      for (const [width, theme] of [
        [1280, 'light'],
        [390, 'dark'],
      ] as const) {
        const { goals } = await mountGoals(c.session12, { width, attributes: { theme } });
        for (const d of goals.shadowRoot!.querySelectorAll('details')) d.open = true;
        await settled(goals);
        expect(await axeViolations(goals), `${c.id} ${theme} ${width}`).toEqual([]);
        cleanupGoals();
      }
    }
  });

  it('GL9: axe finds no violation while adding, with an error shown, and presenting', async () => {
    const { map, goals } = await mountGoals(daniel.session12);
    await tabTo(goals, 'new-goal-wording');
    await userEvent.keyboard('Half-written goal');
    expect(await axeViolations(goals)).toEqual([]);
    await tabTo(goals, 'g-music-again-edit');
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, 'g-music-again-agreedOn');
    await userEvent.keyboard('{Control>}a{/Control}soon');
    await userEvent.tab();
    await settled(goals);
    expect(goals.shadowRoot!.getElementById('g-music-again-agreedOn-error')).not.toBeNull();
    expect(await axeViolations(goals)).toEqual([]);
    map.presenting = true;
    await settled(map, goals);
    expect(await axeViolations(goals)).toEqual([]);
    goals.setAttribute('theme', 'dark');
    await settled(goals);
    expect(await axeViolations(goals)).toEqual([]);
  });
});
