import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { axeViolations } from '../testing/axe.ts';
import type { RelationshipTable } from './relationship-table.ts';
import { cleanupBoth, mountBoth, settled } from './testing/mount-table.ts';

afterEach(cleanupBoth);

const focused = (table: RelationshipTable): HTMLInputElement | HTMLSelectElement => table.shadowRoot!.activeElement as HTMLInputElement | HTMLSelectElement;
const live = (map: RelationshipMap): string => map.shadowRoot!.querySelector('[role="status"]')!.textContent.replace(/\u200b/g, '');
const ringLabelsOnMap = (map: RelationshipMap): string[] => [...map.shadowRoot!.querySelectorAll('.ring-label')].map((t) => t.textContent.trim());

async function press(map: RelationshipMap, table: RelationshipTable, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await settled(map, table);
}

describe("<relationship-table>: the map's settings, by keyboard alone", () => {
  it('renames the client and a ring, changes the number of rings and turns sectors on, each one undo step', async () => {
    const { map, table } = await mountBoth();
    const form = table.shadowRoot!.querySelector<HTMLFieldSetElement>('fieldset.settings')!;
    expect(form.querySelector('legend')!.textContent).toBe('Map settings');
    form.querySelector('input')!.focus();
    expect(focused(table).labels?.[0]?.textContent).toContain('Client at the centre');

    await press(map, table, '{Control>}a{/Control}{Backspace}Client{Tab}');
    expect(map.inventory.client.label).toBe('Client');
    expect(live(map)).toBe('The client is shown as Client.');

    // The ring count: an arrow key on the closed select.
    expect(focused(table).getAttribute('aria-label')).toBe('Number of rings');
    await press(map, table, '{ArrowDown}');
    expect(map.inventory.settings.rings).toBe(4);
    expect(live(map)).toBe('The map has 4 rings.');
    expect(form.querySelectorAll('input[type="text"]')).toHaveLength(1 + 4);

    await press(map, table, '{Tab}{Control>}a{/Control}{Backspace}Closest{Tab}');
    expect(map.inventory.settings.ringLabels[0]).toBe('Closest');
    expect(live(map)).toBe('Ring 1 is now called Closest.');
    expect(ringLabelsOnMap(map).join(' ').toLowerCase()).toContain('closest');

    for (let i = 0; i < 3; i++) await press(map, table, '{Tab}');
    expect(focused(table).getAttribute('aria-label')).toBe('Group people in sectors by category');
    await press(map, table, ' ');
    expect(map.inventory.settings.sectors).toBe(true);

    // Four edits, four undo steps, back to the case as it was.
    for (let i = 0; i < 4; i++) await press(map, table, '{Control>}z{/Control}');
    expect(map.inventory.settings).toEqual(maya.intake.settings);
    expect(map.inventory.client).toEqual(maya.intake.client);
    expect(form.querySelectorAll('input[type="text"]')).toHaveLength(1 + maya.intake.settings.rings);
  });

  it('an emptied label is given back, a vetoed change leaves the fields as the inventory holds them', async () => {
    const { map, table } = await mountBoth();
    const form = table.shadowRoot!.querySelector<HTMLFieldSetElement>('fieldset.settings')!;
    const client = form.querySelector<HTMLInputElement>('input')!;
    client.focus();
    await press(map, table, '{Control>}a{/Control}{Backspace}{Tab}');
    expect(client.value).toBe(maya.intake.client.label);
    expect(map.canUndo).toBe(false);

    map.addEventListener('relmap-change', (e) => e.preventDefault());
    const rings = form.querySelector<HTMLSelectElement>('select')!;
    rings.focus();
    await press(map, table, '{ArrowDown}');
    expect(map.inventory.settings.rings).toBe(maya.intake.settings.rings);
    expect(rings.value).toBe(String(maya.intake.settings.rings));
  });

  it('is read-only with a read-only map, and passes axe', async () => {
    const { map, table } = await mountBoth();
    expect(await axeViolations(table)).toEqual([]);
    map.readonly = true;
    await settled(map, table);
    const controls = [...table.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset.settings :is(input, select)')];
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.every((c) => c.disabled)).toBe(true);
  });
});
