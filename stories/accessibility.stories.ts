import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { maya } from '@relmap/cases';
import type { RelationshipTable } from '@relmap/map';
import { defaultMapArgs, mapArgTypes, readyMap, type MapArgs } from './support/map-story.ts';

/**
 * The inventory by keyboard and screen reader: `<relationship-table>` beside the map, bound to it with `for`, so
 * an edit in either view shows in the other at once; and the keyboard help the `?` key opens. See
 * docs/accessibility.md for the keyboard map and the conformance statement.
 */
const meta = {
  title: 'Element/Accessibility',
  component: 'relationship-table',
  argTypes: mapArgTypes,
  args: { ...defaultMapArgs, inventory: maya.intake, height: 520 },
  render: (args) => html`<relationship-map
      id="story-map"
      style="height: ${args.height ?? 520}px"
      .inventory=${args.inventory}
      ?readonly=${args.readonly}
      ?presenting=${args.presenting}
      theme=${args.theme}
    ></relationship-map>
    <relationship-table for="story-map" theme=${args.theme}></relationship-table>`,
} satisfies Meta<MapArgs>;
export default meta;

type Story = StoryObj<MapArgs>;

/** The table under the map: change Henrik's ring in the table and the map moves him. */
export const MapAndTable: Story = {
  name: 'Map and table, bound',
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    const table = canvasElement.querySelector<RelationshipTable>('relationship-table')!;
    await table.updateComplete;
    const ring = table.shadowRoot!.querySelector<HTMLSelectElement>('tr[data-id="henrik"] select[aria-label^="Ring"]')!;
    await userEvent.selectOptions(ring, '1');
    await expect(map.inventory.people['henrik']!.tie.ring).toBe(1);
    // The first change of the page waits for the words of announcements, loaded on demand (rule M54).
    await map.updateComplete;
    await expect(map.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('Henrik moved to the inner circle.');
  },
};

/**
 * The ties between people, in the table's second part: make Jonas and Anneli distant, and the map's line and its
 * spoken names follow, and the live region says so.
 */
export const TiesInTheTable: Story = {
  name: 'Ties between people, in the table',
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    const table = canvasElement.querySelector<RelationshipTable>('relationship-table')!;
    await table.updateComplete;
    const closeness = table.shadowRoot!.querySelector<HTMLSelectElement>('tr[data-tie="jonas-anneli"] select[aria-label^="Closeness"]')!;
    await userEvent.selectOptions(closeness, 'distant');
    await expect(map.inventory.ties['jonas-anneli']!.closeness).toBe('distant');
    await map.updateComplete;
    await expect(map.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('Jonas and Anneli: distant.');
    await expect(map.shadowRoot!.querySelector('g.person[data-id="anneli"]')!.getAttribute('aria-label')).toContain('Jonas (distant, low conflict)');
  },
};

/** The same, dark and presenting: private notes are left out of both views. */
export const DarkPresenting: Story = {
  name: 'Dark, presenting',
  args: { theme: 'dark', presenting: true },
};

/** The list of keys, as the `?` key or the Keys button shows it. */
export const KeyboardHelp: Story = {
  name: 'Keyboard help',
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    await map.openHelp();
    await map.updateComplete;
    await expect(map.shadowRoot!.querySelector<HTMLDialogElement>('dialog.help')!.open).toBe(true);
  },
};
