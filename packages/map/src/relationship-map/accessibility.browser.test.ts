import { afterEach, describe, expect, it } from 'vitest';
import { cases } from '@relmap/cases';
import { createInventory } from '@relmap/core';
import { axeViolations } from '../testing/axe.ts';
import { cleanup, mountMap } from '../testing/mount.ts';

afterEach(cleanup);

describe('<relationship-map> passes axe-core (WCAG 2.2 A and AA, best practices)', () => {
  for (const c of cases) {
    for (const when of ['intake', 'session12'] as const) {
      it(`with ${c.id} at ${when}`, async () => {
        const map = await mountMap(c[when]);
        expect(await axeViolations(map)).toEqual([]);
      });
    }
  }

  it('when empty', async () => {
    const map = await mountMap(createInventory({ clientLabel: 'Sam' }));
    expect(await axeViolations(map)).toEqual([]);
  });

  for (const state of ['presenting', 'readonly', 'dark'] as const) {
    it(`when ${state}`, async () => {
      const map = await mountMap(cases[0]!.session12);
      if (state === 'dark') map.theme = 'dark';
      else map[state] = true;
      await map.updateComplete;
      expect(await axeViolations(map)).toEqual([]);
    });
  }

  it('describes the structure of the map: client, counts per ring, and how to use the keys', async () => {
    const inv = cases[0]!.intake;
    const map = await mountMap(inv);
    const svg = map.shadowRoot!.querySelector('svg.map')!;
    const description = map.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent.replace(/\s+/g, ' ');
    const people = Object.values(inv.people);
    expect(description).toContain(`${inv.client.label} at the centre, ${people.length} people on ${inv.settings.rings} closeness rings.`);
    const inner = people.filter((p) => p.tie.ring === 1).length;
    expect(description).toContain(`${inv.settings.ringLabels[0]}: ${inner} ${inner === 1 ? 'person' : 'people'}.`);
    expect(description).toContain('question mark');
  });

  it('with the keyboard help open', async () => {
    const map = await mountMap(cases[1]!.intake);
    await map.openHelp();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector<HTMLDialogElement>('dialog.help')!.open).toBe(true);
    expect(await axeViolations(map)).toEqual([]);
  });
});
