import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { findTieBetween } from '@relmap/core';
import type { RelationshipMap, RelmapChangeEvent } from '@relmap/map';
import { defaultMapArgs, mapArgTypes, readyMap, renderMap, type MapArgs } from './support/map-story.ts';
import { threePeopleInventory } from './support/sample-inventories.ts';
import { centreOf, personPoint, pointerDrag } from './support/synthetic-pointer.ts';

/**
 * What a therapist does with the map in a session, played out and checked: add a person by typing, drag a person
 * onto a ring, undo, and link two people. Each story's play function acts as a user would and asserts what changed.
 */
const meta = {
  title: 'Element/Interactions',
  component: 'relationship-map',
  argTypes: mapArgTypes,
  args: { ...defaultMapArgs, inventory: threePeopleInventory, height: 640 },
  render: renderMap,
} satisfies Meta<MapArgs>;
export default meta;

type Story = StoryObj<MapArgs>;

/** Records the `relmap-change` events the map fires from now on. */
function recordChanges(map: RelationshipMap): RelmapChangeEvent[] {
  const seen: RelmapChangeEvent[] = [];
  map.addEventListener('relmap-change', (e) => seen.push(e));
  return seen;
}

function shadow<T extends Element>(map: RelationshipMap, selector: string): T {
  const el = map.shadowRoot!.querySelector<T>(selector);
  if (!el) throw new Error(`Nothing matches ${selector} in the map.`);
  return el;
}

/** A point inside the innermost closeness band, on the way from the client towards `towards`. */
function innerBandPoint(map: RelationshipMap, towards: { x: number; y: number }): { x: number; y: number } {
  const centre = centreOf(shadow(map, '.client-symbol'));
  const clientRadius = shadow(map, '.client-symbol').getBoundingClientRect().width / 2;
  const innerEdge = shadow(map, 'circle.ring-1').getBoundingClientRect().width / 2;
  const r = (clientRadius + innerEdge) / 2 + 6;
  const d = Math.hypot(towards.x - centre.x, towards.y - centre.y) || 1;
  return { x: centre.x + ((towards.x - centre.x) / d) * r, y: centre.y + ((towards.y - centre.y) / d) * r };
}

/** Type a name in the quick-add field, choose a ring, press Enter: the person is on the map. */
export const AddPersonByTyping: Story = {
  name: 'Add a person by typing',
  play: async ({ canvasElement, step }) => {
    const map = await readyMap(canvasElement);
    const changes = recordChanges(map);
    const input = shadow<HTMLInputElement>(map, 'form.quick-add input');
    const ring = shadow<HTMLSelectElement>(map, 'form.quick-add select');
    await step('Choose the inner circle and type "Noor", then Enter', async () => {
      await userEvent.selectOptions(ring, '1');
      await userEvent.type(input, 'Noor{Enter}');
    });
    await step('Noor is in the inventory, on the inner ring, and drawn', async () => {
      await expect(changes.map((e) => e.detail.command)).toEqual(['addPerson']);
      const noor = Object.values(map.inventory.people).find((p) => p.name === 'Noor');
      await expect(noor?.tie.ring).toBe(1);
      await waitFor(() => expect(map.shadowRoot!.querySelector(`g.person[data-id="${noor!.id}"]`)).not.toBeNull());
      await expect(input.value).toBe('');
      await expect(map.canUndo).toBe(true);
    });
  },
};

/** Drag Ana from the outer circle into the inner circle: her closeness becomes ring 1, in one undoable step. */
export const DragOntoRing: Story = {
  name: 'Drag a person onto a ring',
  play: async ({ canvasElement, step }) => {
    const map = await readyMap(canvasElement);
    const changes = recordChanges(map);
    await expect(map.inventory.people.ana?.tie.ring).toBe(3);
    await step('Drag Ana into the inner circle', async () => {
      const from = personPoint(map, 'ana');
      await pointerDrag(map, from, innerBandPoint(map, from));
    });
    await step('Ana is on ring 1 and pinned where she was dropped, as one step', async () => {
      await expect(map.inventory.people.ana?.tie.ring).toBe(1);
      await expect(map.inventory.people.ana?.pin).toBeDefined();
      await expect(changes).toHaveLength(1);
      await expect(map.inventory.people.ben?.tie.ring).toBe(2);
    });
  },
};

/** Add a person, drag another, then press Undo twice and Redo once: each step comes back as it was. */
export const Undo: Story = {
  name: 'Undo and redo',
  play: async ({ canvasElement, step }) => {
    const map = await readyMap(canvasElement);
    const start = map.inventory;
    const undo = shadow<HTMLButtonElement>(map, '[part~="toolbar"] button[aria-keyshortcuts="Control+Z"]');
    const redo = shadow<HTMLButtonElement>(map, '[part~="toolbar"] button[aria-keyshortcuts="Control+Shift+Z"]');
    await expect(undo.disabled).toBe(true);
    await step('Add Noor and drag Ana inwards', async () => {
      await userEvent.type(shadow(map, 'form.quick-add input'), 'Noor{Enter}');
      const from = personPoint(map, 'ana');
      await pointerDrag(map, from, innerBandPoint(map, from));
      await expect(map.inventory.people.ana?.tie.ring).toBe(1);
    });
    const afterBoth = map.inventory;
    await step('Undo once: Ana is back on ring 3, Noor stays', async () => {
      await userEvent.click(undo);
      await expect(map.inventory.people.ana?.tie.ring).toBe(3);
      await expect(Object.values(map.inventory.people).some((p) => p.name === 'Noor')).toBe(true);
    });
    await step('Undo again: the inventory is as it started', async () => {
      await userEvent.click(undo);
      await expect(map.inventory).toEqual(start);
      await waitFor(() => expect(map.shadowRoot!.querySelectorAll('g.person')).toHaveLength(3));
    });
    await step('Redo: Noor is back', async () => {
      await userEvent.click(redo);
      await expect(Object.values(map.inventory.people).some((p) => p.name === 'Noor')).toBe(true);
      await expect(map.inventory.people.ana?.tie.ring).toBe(3);
      await expect(afterBoth.people.ana?.tie.ring).toBe(1);
    });
  },
};

/** Shift-drag from Ana to Ben: a tie between the two is added and drawn. */
export const LinkTwoPeople: Story = {
  name: 'Link two people',
  play: async ({ canvasElement, step }) => {
    const map = await readyMap(canvasElement);
    await expect(findTieBetween(map.inventory, 'ana', 'ben')).toBeUndefined();
    await step('Shift-drag from Ana to Ben', async () => {
      await pointerDrag(map, personPoint(map, 'ana'), personPoint(map, 'ben'), { shift: true });
    });
    await step('Ana and Ben are linked, and the tie is drawn', async () => {
      const tie = findTieBetween(map.inventory, 'ana', 'ben');
      await expect(tie).toBeDefined();
      await waitFor(() => expect(map.shadowRoot!.querySelector(`[data-kind="person"][data-id="${tie!.id}"]`)).not.toBeNull());
      // Neither person moved rings: a link is not a drag.
      await expect(map.inventory.people.ana?.tie.ring).toBe(3);
    });
  },
};

/**
 * Pointer events from other sources (a pen, a test, an assistive tool) may carry a pointer id the browser does not
 * track. Dragging with one must still move the person, and raise no error.
 */
export const DragWithUnknownPointer: Story = {
  name: 'Drag with a pointer the browser does not track',
  play: async ({ canvasElement }) => {
    const map = await readyMap(canvasElement);
    const from = personPoint(map, 'ana');
    await pointerDrag(map, from, innerBandPoint(map, from), { pointerId: 4242 });
    await expect(map.inventory.people.ana?.tie.ring).toBe(1);
  },
};
