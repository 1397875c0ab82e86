import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { groupedInventory } from '../../packages/layout/src/testing/inventories.ts';
import { defaultMapArgs, mapArgTypes, readyMap, renderMap, type MapArgs } from '../support/map-story.ts';

/**
 * Large inventories on a shared screen (1280 x 720): 60 people in five groups on four rings, and 150 people. Labels
 * keep 13 px (16 px presenting) at any zoom and are placed where they hide nothing; when some do not fit, the map
 * says how many and offers the ways through: find a person, show one ring or group, collapse a group, focus.
 */
const meta = {
  title: 'Case library/Large maps',
  component: 'relationship-map',
  argTypes: mapArgTypes,
  args: { ...defaultMapArgs, inventory: groupedInventory({ people: 60 }), height: 720 },
  render: (args) => renderMap(args),
  parameters: { layout: 'fullscreen' },
} satisfies Meta<MapArgs>;
export default meta;

type Story = StoryObj<MapArgs>;

/** 60 people in five groups on four rings, at Fit. */
export const SixtyPeople: Story = { name: '60 people' };

/** 60 people presenting on a shared screen, with names. */
export const SixtyPeoplePresenting: Story = { name: '60 people, presenting with names', args: { presenting: true, 'label-mode': 'name' } };

/** 150 people at Fit: the map says how many labels do not fit. */
export const HundredFiftyPeople: Story = { name: '150 people', args: { inventory: groupedInventory({ people: 150 }) } };

/** Type in "Find a person": the matches are marked and labelled; Enter goes to the first. */
export const FindAPerson: Story = {
  name: '150 people: find a person',
  args: { inventory: groupedInventory({ people: 150 }) },
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    const search = map.shadowRoot!.querySelector<HTMLInputElement>('input.ways-search')!;
    await userEvent.type(search, 'Mira');
    await waitFor(() => expect(map.shadowRoot!.querySelectorAll('g.person.match').length).toBeGreaterThan(0));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(map.selection).toHaveLength(1));
  },
};

/** Collapse the friends to one node; a click on it expands them again. */
export const CollapseAGroup: Story = {
  name: '150 people: friends collapsed',
  args: { inventory: groupedInventory({ people: 150 }) },
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    await userEvent.click(map.shadowRoot!.querySelector<HTMLButtonElement>('.ways-collapse button[data-group="friends"]')!);
    await waitFor(() => expect(map.shadowRoot!.querySelector('g.collapsed-group[data-group="friends"]')).not.toBeNull());
  },
};

/** Select a person and press F: all but their ties fade. */
export const FocusOnOnePerson: Story = {
  name: '60 people: focus on one person',
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    const person = map.shadowRoot!.querySelector<SVGGElement>('g.person[data-id="family-1"]')!;
    person.focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('f');
    await waitFor(() => expect(map.shadowRoot!.querySelectorAll('g.person.faded').length).toBeGreaterThan(0));
  },
};

/** Show only the inner circle. */
export const OneRing: Story = {
  name: '150 people: the inner circle only',
  args: { inventory: groupedInventory({ people: 150 }) },
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    await userEvent.selectOptions(map.shadowRoot!.querySelector<HTMLSelectElement>('.ways select')!, '1');
    await waitFor(() => expect(map.shadowRoot!.querySelectorAll('g.person.faded').length).toBeGreaterThan(0));
  },
};
