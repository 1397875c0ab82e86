import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import type { RelmapChangeEvent } from '../events.ts';
import { cleanup, mountMap } from '../testing/mount.ts';

afterEach(() => {
  cleanup();
  for (const el of document.querySelectorAll('relationship-detail')) el.remove();
});

async function setup(presenting = false) {
  const map = await mountMap(maya.intake);
  map.id = 'map';
  map.presenting = presenting;
  const detail = document.createElement('relationship-detail');
  detail.setAttribute('for', 'map');
  document.body.append(detail);
  map.selection = ['jonas'];
  map.dispatchEvent(new CustomEvent('relmap-select', { detail: { ids: ['jonas'] } }));
  await detail.updateComplete;
  const field = (id: string) => detail.shadowRoot!.querySelector<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(`#f-${id}`);
  return { map, detail, field };
}

describe('<relationship-detail>', () => {
  it('shows the row of the person selected on the map', async () => {
    const { detail, field } = await setup();
    expect(detail.shadowRoot!.querySelector('h2')!.textContent).toContain('Jonas');
    expect(field('satisfying')!.value).toBe(maya.intake.people.jonas!.tie.satisfying!.text);
    expect(field('conflict')!.value).toBe('low');
  });

  it('edits a note by keyboard as one undoable step through the map, and follows undo', async () => {
    const { map, detail, field } = await setup();
    const seen: RelmapChangeEvent[] = [];
    map.addEventListener('relmap-change', (e) => seen.push(e));
    field('expectationsOfOther')!.focus();
    await userEvent.keyboard('Help with the nights');
    await userEvent.tab();
    expect(map.inventory.people.jonas!.tie.expectationsOfOther).toEqual({ text: 'Help with the nights', sensitivity: 'private' });
    expect(seen.map((e) => e.detail.command)).toEqual(['updateTie']);
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.people.jonas!.tie.expectationsOfOther).toBeUndefined();
    expect(field('expectationsOfOther')!.value).toBe('');
  });

  it('marks a note shareable with the keyboard, and changes a choice with the keyboard', async () => {
    const { map, detail } = await setup();
    const box = detail.shadowRoot!.querySelector<HTMLInputElement>('#f-satisfying ~ .sensitivity input')!;
    box.focus();
    await userEvent.keyboard(' ');
    expect(map.inventory.people.jonas!.tie.satisfying!.sensitivity).toBe('shareable');
    const select = detail.shadowRoot!.querySelector<HTMLSelectElement>('#f-conflict')!;
    await userEvent.selectOptions(select, 'high');
    expect(map.inventory.people.jonas!.tie.conflict).toBe('high');
  });

  it('while presenting, renders neither the name nor any field that holds a private note', async () => {
    const { detail, field } = await setup(true);
    expect(detail.isPresenting).toBe(true);
    expect(field('name')).toBeNull();
    expect(field('satisfying')).toBeNull();
    expect(field('unsatisfying')).toBeNull();
    expect(field('wishedChanges')).toBeNull();
    expect(field('expectationsOfOther')).not.toBeNull();
    expect(detail.shadowRoot!.querySelector('h2')!.textContent).not.toContain('Jonas');
  });

  it('while presenting, a new note is shareable, so it stays on the shared screen', async () => {
    const { map, field } = await setup(true);
    field('expectationsOfOther')!.focus();
    await userEvent.keyboard('To be asked first');
    await userEvent.tab();
    expect(map.inventory.people.jonas!.tie.expectationsOfOther).toEqual({ text: 'To be asked first', sensitivity: 'shareable' });
  });

  it('shows the person named by person-id rather than the selection', async () => {
    const { detail, field } = await setup();
    detail.personId = 'henrik';
    await detail.updateComplete;
    expect(field('name')!.value).toBe('Henrik');
  });
});

describe('<relationship-detail> while typing', () => {
  it('keeps text being typed when the panel updates for another reason, and still follows undo', async () => {
    const { map, detail, field } = await setup();
    field('contactNote')!.focus();
    await userEvent.keyboard('Half typed');
    map.dispatch({ name: 'setConflict', args: { id: 'henrik', conflict: 'low' } });
    await detail.updateComplete;
    expect(field('contactNote')!.value).toBe('Half typed');
    await userEvent.tab();
    expect(map.inventory.people.jonas!.tie.contactNote?.text).toBe('Half typed');
    map.undo();
    await detail.updateComplete;
    expect(field('contactNote')!.value).toBe('');
  });
});
