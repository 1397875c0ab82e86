import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { daniel, maya } from '@relmap/cases';
import { updateLink, type Id, type Inventory } from '@relmap/core';
import type { LabelMode, RelationshipDetail, RelationshipMap } from '@relmap/map';
import '@relmap/map';

/** The arguments of a story with a map and, beside it, the detail panel of one person. */
interface DetailArgs {
  inventory: Inventory;
  'person-id': Id;
  presenting: boolean;
  readonly: boolean;
  'label-mode'?: LabelMode | undefined;
}

/**
 * `<relationship-detail>` beside a `<relationship-map>`: the whole inventory row of one person, their status and
 * dates, their ties to other people, the life events that concern them and the IPT focus, all editable by keyboard.
 * Every edit goes through the map, so it is one undoable step and fires `relmap-change`.
 */
const meta = {
  title: 'Element/Detail panel',
  component: 'relationship-detail',
  argTypes: {
    'label-mode': { control: 'select', options: [undefined, 'name', 'initials', 'alias', 'role'] },
    inventory: { control: false },
  },
  args: { inventory: maya.session12, 'person-id': 'jonas', presenting: false, readonly: false },
  render: renderDetail,
} satisfies Meta<DetailArgs>;
export default meta;

type Story = StoryObj<DetailArgs>;

// A docs page shows every story at once, so each map needs an id of its own for its panel's `for`.
let rendered = 0;

function renderDetail(args: DetailArgs): TemplateResult {
  const id = `detail-story-map-${++rendered}`;
  // Side by side where there is room; on a phone the panel goes under the map.
  return html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: start">
    <relationship-map id=${id} style="height: 560px; flex: 3 1 340px; min-width: 0" .inventory=${args.inventory} ?presenting=${args.presenting}
      ?readonly=${args.readonly} label-mode=${ifDefined(args['label-mode'])}></relationship-map>
    <relationship-detail for=${id} person-id=${args['person-id']} style="flex: 2 1 320px; min-width: 0"></relationship-detail>
  </div>`;
}

/** The story's map and panel, once both have rendered. */
async function ready(canvas: HTMLElement): Promise<{ map: RelationshipMap; detail: RelationshipDetail; field: <T extends HTMLElement>(id: string) => T }> {
  const map = canvas.querySelector<RelationshipMap>('relationship-map')!;
  const detail = canvas.querySelector<RelationshipDetail>('relationship-detail')!;
  await map.updateComplete;
  detail.requestUpdate();
  await detail.updateComplete;
  const field = <T extends HTMLElement>(id: string): T => {
    const el = detail.shadowRoot!.getElementById(id);
    if (!el) throw new Error(`The detail panel has no #${id}.`);
    return el as T;
  };
  return { map, detail, field };
}

/** Jonas at session 12: his row, his ties to Anneli and Sara, and the two focus entries he is part of. */
export const Person: Story = {
  name: 'A person, with ties and focus',
  play: async ({ canvasElement, step }) => {
    const { map, detail, field } = await ready(canvasElement);
    const headings = [...detail.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent);
    await expect(headings).toEqual(['Ties with other people', 'Life events', 'IPT focus']);
    await step('Make the tie between Jonas and Anneli close', async () => {
      await userEvent.selectOptions(field<HTMLSelectElement>('f-tie-jonas-anneli-closeness'), 'close');
      await expect(map.inventory.ties['jonas-anneli']!.closeness).toBe('close');
    });
    await step('Record an event about Jonas', async () => {
      await userEvent.type(field('f-new-event-label'), 'Took paternity leave');
      await userEvent.type(field('f-new-event-date'), '2026-04');
      await userEvent.click([...detail.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Record event')!);
      await waitFor(() => expect(Object.values(map.inventory.events).some((e) => e.date === '2026-04' && e.people.includes('jonas'))).toBe(true));
    });
  },
};

/** Helen, who died 14 months before Daniel's intake: status, date of death, the loss and the grief focus. */
export const Deceased: Story = {
  name: 'A person who has died',
  args: { inventory: daniel.intake, 'person-id': 'helen' },
  play: async ({ canvasElement }) => {
    const { field } = await ready(canvasElement);
    await expect(field<HTMLSelectElement>('f-status').value).toBe('deceased');
    await expect(field<HTMLInputElement>('f-died').value).toBe(daniel.intake.people.helen!.died);
  },
};

/** A date that is not a date: the error is shown under the field, tied to it, and nothing is dispatched. */
export const InvalidDate: Story = {
  name: 'A date that is refused',
  args: { inventory: daniel.intake, 'person-id': 'helen' },
  play: async ({ canvasElement }) => {
    const { map, detail, field } = await ready(canvasElement);
    const before = map.inventory;
    const died = field<HTMLInputElement>('f-died');
    await userEvent.type(died, 'last winter', { initialSelectionStart: 0, initialSelectionEnd: died.value.length });
    // The field commits on change, which a real Tab fires on leaving it; simulated events do not.
    died.dispatchEvent(new Event('change', { bubbles: true }));
    await detail.updateComplete;
    await expect(died.getAttribute('aria-invalid')).toBe('true');
    await expect(field('f-died-error').textContent).toContain('"last winter"');
    await expect(map.inventory).toBe(before);
  },
};

/**
 * Presenting on a shared screen, with a private label on the tie between Jonas and Anneli: it is not in the DOM,
 * and other people are named by their initials.
 */
export const Presenting: Story = {
  args: {
    inventory: updateLink(maya.session12, { id: 'jonas-anneli', changes: { label: { text: 'She finds him lazy', sensitivity: 'private' } } }),
    presenting: true,
  },
  play: async ({ canvasElement }) => {
    const { detail } = await ready(canvasElement);
    await expect(detail.shadowRoot!.getElementById('f-tie-jonas-anneli-label')).toBeNull();
    await expect(detail.shadowRoot!.innerHTML).not.toContain('She finds him lazy');
    await expect(detail.shadowRoot!.innerHTML).not.toContain('Anneli');
  },
};

/** A read-only map: the panel shows everything and changes nothing. */
export const ReadOnly: Story = {
  name: 'Read-only',
  args: { readonly: true },
  play: async ({ canvasElement }) => {
    const { field } = await ready(canvasElement);
    await expect(field<HTMLSelectElement>('f-add-tie').disabled).toBe(true);
  },
};

/**
 * Leo at Maya's intake: whom her return to work concerns, one box per other person, the role transition's old and
 * new role, and which life events it concerns, one box per event, each edit one undoable step.
 */
export const EventPeopleAndFocus: Story = {
  name: 'Whom an event concerns, and the focus',
  args: { inventory: maya.intake, 'person-id': 'leo' },
  play: async ({ canvasElement, step }) => {
    const { map, detail, field } = await ready(canvasElement);
    await step('Say that the return to work concerns Jonas too', async () => {
      await userEvent.click(field('f-event-return-to-work-person-jonas'));
      await expect(map.inventory.events['return-to-work']!.people).toContain('jonas');
    });
    await step("Write the role transition's new role", async () => {
      const to = field<HTMLInputElement>('f-focus-role-transition-transitionTo');
      await userEvent.type(to, 'working parent, part-time', { initialSelectionStart: 0, initialSelectionEnd: to.value.length });
      // The field commits on change, which a real Tab fires on leaving it; simulated events do not.
      to.dispatchEvent(new Event('change', { bubbles: true }));
      await detail.updateComplete;
      await expect(map.inventory.focus['role-transition']).toEqual({ ...maya.intake.focus['role-transition'], transitionTo: 'working parent, part-time' });
    });
    await step('Say that the role transition no longer concerns the lost contact with Sara', async () => {
      await userEvent.click(field('f-focus-role-transition-event-less-contact-sara'));
      await expect(map.inventory.focus['role-transition']!.events).toEqual(['return-to-work', 'left-parents-group']);
    });
  },
};

/**
 * Jonas at Maya's intake, alone in the role dispute: it offers only its removal, so that it cannot be left to no
 * one, and one box per life event says which events it concerns.
 */
export const FocusEventsAndRemoval: Story = {
  name: 'A focus that concerns only this person',
  args: { inventory: maya.intake, 'person-id': 'jonas' },
  play: async ({ canvasElement, step }) => {
    const { map, detail, field } = await ready(canvasElement);
    await expect(detail.shadowRoot!.getElementById('f-focus-role-dispute-leave')).toBeNull();
    await expect(field('f-focus-role-dispute-remove').textContent).toBe('Remove this focus for everyone');
    await step('Say that the role dispute concerns her return to work', async () => {
      await userEvent.click(field('f-focus-role-dispute-event-return-to-work'));
      await expect(map.inventory.focus['role-dispute']).toEqual({ ...maya.intake.focus['role-dispute'], events: ['return-to-work'] });
    });
  },
};
