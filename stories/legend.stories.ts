import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { defaultMapArgs, mapArgTypes, readyMap, renderMap, type MapArgs } from './support/map-story.ts';
import { expectLegible } from './support/map-checks.ts';
import { everyLineStyleInventory } from './support/sample-inventories.ts';

/**
 * The visual language of the map, every category, line and mark at once. The map's legend lists only what a map shows; this
 * inventory is built to show everything, so its legend is the full key.
 */
const meta = {
  title: 'Element/Legend',
  component: 'relationship-map',
  argTypes: mapArgTypes,
  args: { ...defaultMapArgs, inventory: everyLineStyleInventory, readonly: true, height: 760 },
  render: renderMap,
} satisfies Meta<MapArgs>;
export default meta;

/** Every entry of the legend, in the order the legend lists them. */
const EVERY_ENTRY = [
  'category-partner',
  'category-parent',
  'category-child',
  'category-sibling',
  'category-other-family',
  'category-friend',
  'category-colleague',
  'category-neighbour',
  'category-professional',
  'category-community',
  'category-other',
  'strong',
  'some',
  'no-support',
  'tenuous',
  'tie-close',
  'tie-normal',
  'tie-distant',
  'conflict-low',
  'conflict',
  'hostile',
  'cutoff',
  'support-to-client',
  'support-from-client',
  'support-mutual',
  'ended',
  'deceased',
  'group',
];

/**
 * One person per line style and per category (each drawn in its tone, with its glyph): support (thick, normal, thin, dotted when tenuous), conflict (zigzag, heavier when
 * hostile, a gap with bars when cut off), arrows for the direction of support, a slash for an ended tie, an X for
 * a deceased person, a rounded square for a group, and ties between people at each closeness.
 */
export const EveryLineStyle: StoryObj<MapArgs> = {
  name: 'Every line style',
  play: async ({ canvasElement, args }) => {
    const map = await readyMap(canvasElement);
    const entries = [...map.shadowRoot!.querySelectorAll('[part~="legend-entry"]')];
    await expect(entries.map((li) => li.getAttribute('data-key'))).toEqual(EVERY_ENTRY);
    for (const li of entries) {
      await expect(li.textContent?.trim()).toBeTruthy();
      await expect(li.querySelector('svg')?.childElementCount).toBeGreaterThan(0);
    }
    await expectLegible(map, args.inventory);
  },
};
