import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import { markDeceased, recordEvent, updateLink, type Inventory } from '@relmap/core';
import { domKey } from '../presenting-policy.ts';
import { exposedText, privateTexts } from '../testing/private-texts.ts';
import { mountDetail, removeAll, tabTo } from './testing/detail-fixture.ts';

afterEach(removeAll);

/** Maya's intake with a private label on Jonas's tie to Anneli and a private and a shareable event about Jonas. */
function withPrivateLabels(): Inventory {
  let inv = updateLink(maya.intake, { id: 'jonas-anneli', changes: { label: { text: 'Anneli calls him lazy', sensitivity: 'private' } } });
  inv = recordEvent(inv, {
    id: 'row',
    kind: 'conflict',
    date: '2026-02',
    people: ['jonas', 'anneli'],
    label: { text: 'Shouting about the night feeds', sensitivity: 'private' },
  });
  return recordEvent(inv, { id: 'flat', kind: 'move', people: ['jonas'], label: { text: 'Moved to a bigger flat', sensitivity: 'shareable' } });
}

describe('<relationship-detail> when a host cancels relmap-change', () => {
  it('leaves the inventory unchanged and shows the stored values again', async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'jonas');
    const before = map.inventory;
    map.addEventListener('relmap-change', (e) => e.preventDefault());
    await tabTo(detail, 'f-tie-jonas-anneli-closeness');
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(detail, 'f-tie-jonas-anneli-ended');
    await userEvent.keyboard(' ');
    await tabTo(detail, 'f-new-event-label');
    await userEvent.keyboard('Argued');
    await tabTo(detail, 'f-new-event-date');
    await userEvent.keyboard('2026-01');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await tabTo(detail, 'f-focus-role-dispute-primary');
    await userEvent.keyboard(' ');
    await detail.updateComplete;

    expect(commands()).toEqual(['updateLink', 'updateLink', 'recordEvent', 'setFocus']);
    expect(map.inventory).toBe(before);
    expect(map.canUndo).toBe(false);
    expect(el<HTMLSelectElement>('f-tie-jonas-anneli-closeness').value).toBe('normal');
    expect(el('f-tie-jonas-anneli-ended').checked).toBe(false);
    expect(el('f-focus-role-dispute-primary').checked).toBe(false);
    // What was typed for the event that was not recorded is still there, to try again.
    expect(el<HTMLTextAreaElement>('f-new-event-label').value).toBe('Argued');
  });

  it('keeps a person living when marking them deceased is cancelled', async () => {
    const { map, detail, el, has } = await mountDetail(maya.intake, 'erik');
    map.addEventListener('relmap-change', (e) => e.preventDefault());
    await tabTo(detail, 'f-status');
    await userEvent.keyboard('{ArrowDown}');
    await detail.updateComplete;
    expect(map.inventory.people.erik!.status).toBe('living');
    expect(el<HTMLSelectElement>('f-status').value).toBe('living');
    expect(has('f-died')).toBe(false);
  });
});

describe('<relationship-detail> partial dates', () => {
  it('refuses a date of death that is not a date: an error tied to the field, and nothing dispatched', async () => {
    const { map, detail, el, has, commands } = await mountDetail(markDeceased(maya.intake, { id: 'erik' }), 'erik');
    await tabTo(detail, 'f-died');
    await userEvent.keyboard('2025-13-01');
    await userEvent.tab();
    await detail.updateComplete;
    expect(commands()).toEqual([]);
    expect(map.inventory.people.erik!.died).toBeUndefined();
    const field = el('f-died');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')!.split(' ')).toEqual(['f-died-error', 'f-died-hint']);
    expect(el('f-died-error').textContent).toContain('"2025-13-01" is not a date');
    expect(el('f-died-error').getAttribute('role')).toBe('alert');
    expect(field.value).toBe('2025-13-01');

    await tabTo(detail, 'f-died');
    await userEvent.keyboard('{Control>}a{/Control}2025-12');
    await userEvent.tab();
    await detail.updateComplete;
    expect(commands()).toEqual(['markDeceased']);
    expect(map.inventory.people.erik!.died).toBe('2025-12');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(has('f-died-error')).toBe(false);
  });

  it('refuses a date of birth in another format, and empties a date when its text is cleared', async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'leo');
    const born = maya.intake.people.leo!.born!;
    await tabTo(detail, 'f-born');
    await userEvent.keyboard('{Control>}a{/Control}23.04.1961');
    await userEvent.tab();
    await detail.updateComplete;
    expect(commands()).toEqual([]);
    expect(el('f-born').getAttribute('aria-invalid')).toBe('true');
    expect(map.inventory.people.leo!.born).toBe(born);
    await tabTo(detail, 'f-born');
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await userEvent.tab();
    expect(commands()).toEqual(['updatePerson']);
    expect(map.inventory.people.leo!.born).toBeUndefined();
  });

  it('does not record an event with an invalid date or without a description, and says why at each field', async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'jonas');
    await tabTo(detail, 'f-new-event-date');
    await userEvent.keyboard('last spring');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await detail.updateComplete;
    expect(commands()).toEqual([]);
    expect(Object.keys(map.inventory.events)).toEqual(Object.keys(maya.intake.events));
    expect(el('f-new-event-date').getAttribute('aria-invalid')).toBe('true');
    expect(el('f-new-event-date-error').textContent).toContain('"last spring"');
    expect(el('f-new-event-label').getAttribute('aria-invalid')).toBe('true');
    expect(el('f-new-event-label').getAttribute('aria-describedby')).toBe('f-new-event-label-error');
    expect(el('f-new-event-label-error').textContent).toBe('Say in a few words what happened.');
  });
});

describe('<relationship-detail> presenting', () => {
  it('leaves private tie and event labels and focus notes out of the DOM, and keeps the rest of the tie, event and focus', async () => {
    const inv = withPrivateLabels();
    const { detail, has } = await mountDetail(inv, 'jonas', { presenting: true });
    const seen = exposedText(detail.shadowRoot!);
    for (const secret of privateTexts(inv)) expect(seen).not.toContain(secret);
    // While presenting, the fields' ids carry opaque keys, not the document's ids (presenting policy `domKey`).
    const [tie, event, focus] = [domKey('jonas-anneli', true), domKey('row', true), domKey('role-transition', true)];
    expect(has(`f-tie-${tie}-label`)).toBe(false);
    expect(has(`f-event-${event}-label`)).toBe(false);
    expect(has(`f-tie-${tie}-closeness`)).toBe(true);
    expect(has(`f-event-${event}-kind`)).toBe(true);
    expect(has(`f-focus-${focus}-note`)).toBe(false);
    expect(has(`f-focus-${focus}-transitionFrom`)).toBe(true);
    expect(seen).toContain('friendly');
    expect(seen).toContain('Moved to a bigger flat');
  });

  it('names other people by the label mode: initials by default, no name anywhere', async () => {
    const inv = withPrivateLabels();
    const { map, detail } = await mountDetail(inv, 'jonas', { presenting: true });
    let seen = exposedText(detail.shadowRoot!);
    expect(seen).toContain('Tie with A');
    expect(seen).toContain('Take J out of this focus');
    for (const person of Object.values(inv.people)) expect(seen).not.toContain(person.name);
    map.labelMode = 'alias';
    await map.updateComplete;
    await detail.updateComplete;
    seen = exposedText(detail.shadowRoot!);
    expect(seen).toContain('Tie with Mother');
    expect(seen).toContain('Mother (conflict, 2026-02)');
  });

  it('drops private labels as soon as the map starts presenting, though the map fires no event for it', async () => {
    const { map, detail, has } = await mountDetail(withPrivateLabels(), 'jonas');
    expect(has('f-tie-jonas-anneli-label')).toBe(true);
    map.presenting = true;
    await map.updateComplete;
    await detail.updateComplete;
    expect(has('f-tie-jonas-anneli-label')).toBe(false);
    expect(has('f-event-row-label')).toBe(false);
    expect(exposedText(detail.shadowRoot!)).not.toContain('Anneli');
  });

  it('shows the same private labels when not presenting, so the checks above can fail', async () => {
    const { detail, el } = await mountDetail(withPrivateLabels(), 'jonas');
    expect(el<HTMLTextAreaElement>('f-tie-jonas-anneli-label').value).toBe('Anneli calls him lazy');
    expect(el<HTMLTextAreaElement>('f-event-row-label').value).toBe('Shouting about the night feeds');
    expect(el<HTMLTextAreaElement>('f-focus-role-transition-note').value).toBe(maya.intake.focus['role-transition']!.note!.text);
    expect(exposedText(detail.shadowRoot!)).toContain('Tie with Anneli');
  });
});

describe('<relationship-detail> and records without people', () => {
  it('never leaves an event or a focus without people, whoever is shown and whichever button is pressed', async () => {
    for (const person of Object.keys(maya.session12.people)) {
      const { map, detail } = await mountDetail(maya.session12, person);
      // Each press takes the person out of one event or focus, which then leaves the panel, until none is left.
      const next = (): HTMLButtonElement | null => detail.shadowRoot!.querySelector<HTMLButtonElement>('button[id$="-leave"]');
      for (let i = 0, button = next(); button && i < 20; i++, button = next()) {
        button.click();
        await detail.updateComplete;
      }
      expect(next(), person).toBeNull();
      const records = [...Object.values(map.inventory.events), ...Object.values(map.inventory.focus)];
      expect(
        records.filter((r) => r.people.length === 0).map((r) => r.id),
        person,
      ).toEqual([]);
      removeAll();
    }
  });
});
