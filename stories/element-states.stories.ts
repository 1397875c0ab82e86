import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { maya, daniel } from '@relmap/cases';
import { defaultMapArgs, mapArgTypes, readyMap, renderMap, type MapArgs } from './support/map-story.ts';
import { expectLegible } from './support/map-checks.ts';
import { emptyInventory, longAndRtlNamesInventory, lossesInventory, onePersonInventory } from './support/sample-inventories.ts';
import { syntheticNetwork } from './support/synthetic-network.ts';

/**
 * Every state of `<relationship-map>`: from an empty inventory to 300 people, read-only, each label mode,
 * presenting, dark, losses, and names that are long or written right to left. The controls and the API table
 * come from the element's custom-elements manifest.
 */
const meta = {
  title: 'Element/States',
  component: 'relationship-map',
  argTypes: mapArgTypes,
  args: { ...defaultMapArgs, inventory: maya.intake },
  render: renderMap,
} satisfies Meta<MapArgs>;
export default meta;

type Story = StoryObj<MapArgs>;

const largeNetwork = syntheticNetwork(300);

/** No one on the map yet: the client, empty rings, and a prompt to add someone. */
export const Empty: Story = {
  args: { inventory: emptyInventory },
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    const root = map.shadowRoot!;
    await expect(root.querySelectorAll('g.person')).toHaveLength(0);
    await expect(root.querySelector('text.empty')?.textContent).toBeTruthy();
    await expect(root.querySelectorAll('circle.ring')).toHaveLength(3);
  },
};

/** One person, close and supportive. */
export const OnePerson: Story = {
  name: 'One person',
  args: { inventory: onePersonInventory },
  play: async ({ canvasElement, args }) => {
    const map = await readyMap(canvasElement);
    await expectLegible(map, args.inventory);
  },
};

/**
 * 300 invented people (a deterministic synthetic network), to show how the map copes when large: everyone is drawn
 * inside the outermost band, and focusing a person brings them into view.
 */
export const LargeNetwork: Story = {
  name: 'Large network (300 people)',
  args: { inventory: largeNetwork, 'label-mode': 'initials' },
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    const root = map.shadowRoot!;
    await expect(root.querySelectorAll('g.person')).toHaveLength(300);
    const centre = root.querySelector('.client-symbol')!.getBoundingClientRect();
    const [cx, cy] = [centre.left + centre.width / 2, centre.top + centre.height / 2];
    const outerEdge = root.querySelector('circle.ring-3')!.getBoundingClientRect().width / 2;
    const beyond = [...root.querySelectorAll<SVGGElement>('g.person')].filter((g) => {
      const r = g.querySelector('.symbol')!.getBoundingClientRect();
      return Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy) > outerEdge;
    });
    await expect(beyond.map((g) => g.dataset.id)).toEqual([]);
    const last = Object.keys(largeNetwork.people).at(-1)!;
    map.focusPerson(last);
    await map.updateComplete;
    const frame = root.querySelector('svg.map')!.getBoundingClientRect();
    const focused = root.querySelector(`g.person[data-id="${last}"] .symbol`)!.getBoundingClientRect();
    await expect(focused.left >= frame.left && focused.right <= frame.right && focused.top >= frame.top && focused.bottom <= frame.bottom).toBe(true);
    // Leave the story as it opened: the whole map, nobody selected.
    map.selection = [];
    map.fit();
  },
};

/** Read-only: no toolbar and no quick-add; people can be selected, the view panned and zoomed. */
export const ReadOnly: Story = {
  name: 'Read-only',
  args: { readonly: true },
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    const root = map.shadowRoot!;
    await expect(root.querySelector('form.quick-add')).toBeNull();
    await expect(root.querySelector('[part~="toolbar"]')).toBeNull();
    await expect(map.undo()).toBe(false);
  },
};

function labelModeStory(mode: NonNullable<MapArgs['label-mode']>, expected: string): Story {
  return {
    args: { 'label-mode': mode },
    play: async ({ canvasElement }) => {
      const map = await readyMap(canvasElement);
      const label = map.shadowRoot!.querySelector('g.person[data-id="jonas"] .label');
      await expect(label?.textContent).toBe(expected);
    },
  };
}

/** Labels show names (the default outside presenting). */
export const LabelModeName: Story = { ...labelModeStory('name', 'Jonas'), name: 'Label mode: name' };
/** Labels show initials. */
export const LabelModeInitials: Story = { ...labelModeStory('initials', 'J'), name: 'Label mode: initials' };
/** Labels show aliases such as "Partner", where one is set. */
export const LabelModeAlias: Story = { ...labelModeStory('alias', 'Partner'), name: 'Label mode: alias' };
/** Labels show each person's role. */
export const LabelModeRole: Story = { ...labelModeStory('role', 'partner'), name: 'Label mode: role' };

/**
 * Presenting on a shared screen: larger type, and initials unless names are chosen, so that nothing private is on
 * screen by default.
 */
export const Presenting: Story = {
  args: { presenting: true },
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    await expect(map.hasAttribute('presenting')).toBe(true);
    // While presenting, \`data-id\` carries opaque keys, not ids: look at every person's label.
    const labels = [...map.shadowRoot!.querySelectorAll('g.person .label')].map((l) => l.textContent);
    await expect(labels.length).toBeGreaterThan(0);
    await expect(labels).not.toContain('Jonas');
  },
};

/** The dark theme, on a dark page. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<div class="story-dark">${renderMap(args)}</div>`,
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    await expect(getComputedStyle(map).backgroundColor).not.toBe('rgb(251, 250, 247)');
  },
};

/**
 * Deceased people (an X through the symbol, dates, a muted line) and lost ties (a slash across the line): a father
 * who died this year, a grandmother long ago, a friend who moved away and a former partner, cut off.
 */
export const DeceasedAndLosses: Story = {
  name: 'Deceased people and losses',
  args: { inventory: lossesInventory },
  play: async ({ canvasElement, args }) => {
    const map = await readyMap(canvasElement);
    const root = map.shadowRoot!;
    await expectLegible(map, args.inventory);
    await expect(root.querySelectorAll('g.person.deceased')).toHaveLength(2);
    await expect(root.querySelector('g.person[data-id="father"] .dates')?.textContent).toContain('2025');
    const legend = [...root.querySelectorAll('[part~="legend-entry"]')].map((li) => li.getAttribute('data-key'));
    await expect(legend).toEqual(expect.arrayContaining(['deceased', 'ended', 'cutoff']));
  },
};

/** A grief case from the library, for deceased people in a real-looking inventory. */
export const GriefCase: Story = {
  name: 'Grief case (Daniel, intake)',
  args: { inventory: daniel.intake },
  play: async ({ canvasElement, args }) => {
    await expectLegible(await readyMap(canvasElement), args.inventory);
  },
};

/** Long names and right-to-left names (Arabic, Hebrew) next to left-to-right ones. */
export const LongAndRightToLeftNames: Story = {
  name: 'Long and right-to-left names',
  args: { inventory: longAndRtlNamesInventory },
  play: async ({ canvasElement, args }) => {
    const map = await readyMap(canvasElement);
    await expectLegible(map, args.inventory);
    const label = map.shadowRoot!.querySelector('g.person[data-id="rtl-2"] .label')!;
    await expect(label.textContent).toBe('عبد الرحمن الحسيني');
    await expect(getComputedStyle(label).unicodeBidi).toBe('plaintext');
  },
};
