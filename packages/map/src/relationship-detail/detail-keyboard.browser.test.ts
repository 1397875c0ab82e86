import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import { mountDetail, removeAll, tabTo } from './testing/detail-fixture.ts';

afterEach(removeAll);

// Everything here is done with Tab, arrow keys, typing, Space and Enter, starting from the top of the page.
describe('<relationship-detail> by keyboard alone', () => {
  it("changes a tie's closeness and its label, each one undo step", async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'jonas');
    await tabTo(detail, 'f-tie-jonas-anneli-closeness');
    await userEvent.keyboard('{ArrowDown}');
    expect(map.inventory.ties['jonas-anneli']!.closeness).toBe('distant');
    await tabTo(detail, 'f-tie-jonas-anneli-label');
    await userEvent.keyboard('{Control>}a{/Control}parents-in-law');
    await userEvent.tab();
    expect(map.inventory.ties['jonas-anneli']!.label).toEqual({ text: 'parents-in-law', sensitivity: 'shareable' });
    expect(commands()).toEqual(['updateLink', 'updateLink']);

    map.undo();
    await detail.updateComplete;
    expect(map.inventory.ties['jonas-anneli']!.label!.text).toBe('in-laws');
    expect(map.inventory.ties['jonas-anneli']!.closeness).toBe('distant');
    expect(el<HTMLTextAreaElement>('f-tie-jonas-anneli-label').value).toBe('in-laws');
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.ties['jonas-anneli']!.closeness).toBe('normal');
    expect(el<HTMLSelectElement>('f-tie-jonas-anneli-closeness').value).toBe('normal');
  });

  it('adds a tie to another person, then removes it, and focus follows', async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'jonas');
    await tabTo(detail, 'f-add-tie');
    const wanted = el<HTMLSelectElement>('f-add-tie').options[0]!.value;
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const tie = Object.values(map.inventory.ties).find((t) => t.a === 'jonas' && t.b === wanted)!;
    expect(tie).toMatchObject({ closeness: 'normal', conflict: 'none' });
    await detail.updateComplete;
    expect(detail.shadowRoot!.activeElement?.id).toBe(`f-tie-${tie.id}-closeness`);
    await tabTo(detail, `f-tie-${tie.id}-ended`);
    await userEvent.keyboard(' ');
    expect(map.inventory.ties[tie.id]!.ended).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(map.inventory.ties[tie.id]).toBeUndefined();
    await detail.updateComplete;
    expect(detail.shadowRoot!.activeElement?.id).toBe('f-add-tie');
    expect(commands()).toEqual(['linkPeople', 'updateLink', 'unlinkPeople']);
  });

  it('records a life event with a date, as one undo step', async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'jonas');
    const before = Object.keys(map.inventory.events);
    await tabTo(detail, 'f-new-event-kind');
    await userEvent.keyboard('s'); // type-ahead: "separation"
    await userEvent.tab();
    await userEvent.keyboard('Moved out for two weeks');
    await userEvent.tab(); // the Private box, left ticked
    await userEvent.tab();
    await userEvent.keyboard('2025-12');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const added = Object.values(map.inventory.events).filter((e) => !before.includes(e.id));
    expect(added).toEqual([
      { id: added[0]!.id, kind: 'separation', label: { text: 'Moved out for two weeks', sensitivity: 'private' }, date: '2025-12', people: ['jonas'] },
    ]);
    expect(commands()).toEqual(['recordEvent']);
    await detail.updateComplete;
    expect(el(`f-event-${added[0]!.id}-date`).value).toBe('2025-12');
    expect(el<HTMLTextAreaElement>('f-new-event-label').value).toBe('');

    await tabTo(detail, `f-event-${added[0]!.id}-date`);
    await userEvent.keyboard('{Control>}a{/Control}2025-11-30');
    await userEvent.tab();
    expect(map.inventory.events[added[0]!.id]!.date).toBe('2025-11-30');
    map.undo();
    expect(map.inventory.events[added[0]!.id]!.date).toBe('2025-12');
    map.undo();
    expect(Object.keys(map.inventory.events)).toEqual(before);
  });

  it('marks a person deceased with a date of death, each one undo step', async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'erik');
    expect(detail.shadowRoot!.getElementById('f-died')).toBeNull();
    await tabTo(detail, 'f-status');
    await userEvent.keyboard('{ArrowDown}');
    expect(map.inventory.people.erik!.status).toBe('deceased');
    await detail.updateComplete;
    await tabTo(detail, 'f-died');
    await userEvent.keyboard('2026-01-10');
    await userEvent.tab();
    expect(map.inventory.people.erik).toMatchObject({ status: 'deceased', died: '2026-01-10' });
    expect(commands()).toEqual(['markDeceased', 'markDeceased']);
    map.undo();
    expect(map.inventory.people.erik!.died).toBeUndefined();
    expect(map.inventory.people.erik!.status).toBe('deceased');
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.people.erik!.status).toBe('living');
    expect(el<HTMLSelectElement>('f-status').value).toBe('living');
  });

  it('adds a person to a new grief focus and makes it primary, keeping the other focus whole', async () => {
    const { map, detail, commands } = await mountDetail(maya.intake, 'erik');
    await tabTo(detail, 'f-add-focus');
    // Existing foci without Erik come first (role transition, role dispute), then the areas with none yet.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    // M12: the new focus has an opaque id.
    const grief = Object.values(map.inventory.focus).find((f) => f.area === 'grief')!;
    expect(grief.id).toMatch(/^f-[0-9a-z]{10}$/);
    expect(grief).toMatchObject({ area: 'grief', primary: false, people: ['erik'], events: [] });
    await detail.updateComplete;
    expect(detail.shadowRoot!.activeElement?.id).toBe(`f-focus-${grief.id}-primary`);
    await userEvent.keyboard(' ');
    expect(map.inventory.focus[grief.id]!.primary).toBe(true);
    expect(map.inventory.focus['role-transition']).toEqual({ ...maya.intake.focus['role-transition'], primary: false });
    expect(commands()).toEqual(['setFocus', 'setFocus']);
    map.undo();
    expect(map.inventory.focus['role-transition']!.primary).toBe(true);
    map.undo();
    expect(map.inventory.focus[grief.id]).toBeUndefined();
  });

  it('joins an existing focus and leaves it, keeping its note, events and other people', async () => {
    const { map, detail, commands } = await mountDetail(maya.intake, 'erik');
    await tabTo(detail, 'f-add-focus');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const focus = maya.intake.focus['role-transition']!;
    expect(map.inventory.focus['role-transition']).toEqual({ ...focus, people: [...focus.people, 'erik'] });
    await tabTo(detail, 'f-focus-role-transition-leave');
    await userEvent.keyboard('{Enter}');
    expect(map.inventory.focus['role-transition']).toEqual(focus);
    expect(commands()).toEqual(['setFocus', 'setFocus']);
  });
});

describe('<relationship-detail> by keyboard alone: whom an event concerns', () => {
  it('ticks and unticks other people, each one undo step, and the boxes follow undo', async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'leo');
    const box = (person: string): HTMLInputElement => el(`f-event-return-to-work-person-${person}`);
    expect([box('henrik').checked, box('ola').checked, box('jonas').checked]).toEqual([true, true, false]);
    await tabTo(detail, 'f-event-return-to-work-person-jonas');
    await userEvent.keyboard(' ');
    await tabTo(detail, 'f-event-return-to-work-person-henrik');
    await userEvent.keyboard(' ');
    expect(map.inventory.events['return-to-work']).toEqual({ ...maya.intake.events['return-to-work'], people: ['leo', 'ola', 'jonas'] });
    expect(commands()).toEqual(['updateEvent', 'updateEvent']);

    map.undo();
    await detail.updateComplete;
    expect(map.inventory.events['return-to-work']!.people).toEqual(['leo', 'henrik', 'ola', 'jonas']);
    expect(box('henrik').checked).toBe(true);
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.events['return-to-work']).toEqual(maya.intake.events['return-to-work']);
    expect(box('jonas').checked).toBe(false);
  });

  it('takes the person shown out of an event that concerns others, and focus moves to recording an event', async () => {
    const { map, detail, has, commands } = await mountDetail(maya.intake, 'leo');
    await tabTo(detail, 'f-event-return-to-work-leave');
    await userEvent.keyboard('{Enter}');
    expect(map.inventory.events['return-to-work']).toEqual({ ...maya.intake.events['return-to-work'], people: ['henrik', 'ola'] });
    await detail.updateComplete;
    expect(has('f-event-return-to-work-kind')).toBe(false);
    expect(detail.shadowRoot!.activeElement?.id).toBe('f-new-event-kind');
    expect(commands()).toEqual(['updateEvent']);
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.events['return-to-work']).toEqual(maya.intake.events['return-to-work']);
    expect(has('f-event-return-to-work-kind')).toBe(true);
  });
});

describe('<relationship-detail> by keyboard alone: a focus', () => {
  it("edits a role transition's new and old role and its formulation, each one undo step, keeping the rest", async () => {
    const { map, detail, el, has, commands } = await mountDetail(maya.intake, 'jonas');
    const focus = maya.intake.focus['role-transition']!;
    expect(has('f-focus-role-dispute-transitionFrom')).toBe(false);
    await tabTo(detail, 'f-focus-role-transition-transitionTo');
    await userEvent.keyboard('{Control>}a{/Control}working parent, part-time');
    await userEvent.tab();
    expect(map.inventory.focus['role-transition']).toEqual({ ...focus, transitionTo: 'working parent, part-time' });
    await tabTo(detail, 'f-focus-role-transition-transitionFrom');
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await userEvent.tab();
    const { transitionFrom: _dropped, ...withoutFrom } = focus;
    expect(map.inventory.focus['role-transition']).toEqual({ ...withoutFrom, transitionTo: 'working parent, part-time' });
    await tabTo(detail, 'f-focus-role-transition-note');
    await userEvent.keyboard('{Control>}a{/Control}Guilt at work and at home.');
    await userEvent.tab(); // to the note's Private box
    await userEvent.keyboard(' ');
    expect(map.inventory.focus['role-transition']!.note).toEqual({ text: 'Guilt at work and at home.', sensitivity: 'shareable' });
    expect(map.inventory.focus['role-transition']).toMatchObject({
      primary: true,
      people: focus.people,
      events: focus.events,
      transitionTo: 'working parent, part-time',
    });
    expect(map.inventory.focus['role-dispute']).toEqual(maya.intake.focus['role-dispute']);
    expect(commands()).toEqual(['setFocus', 'setFocus', 'setFocus', 'setFocus']);

    map.undo();
    expect(map.inventory.focus['role-transition']!.note).toEqual({ text: 'Guilt at work and at home.', sensitivity: 'private' });
    map.undo();
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.focus['role-transition']!.transitionFrom).toBe(focus.transitionFrom);
    expect(el('f-focus-role-transition-transitionFrom').value).toBe(focus.transitionFrom);
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.focus['role-transition']).toEqual(focus);
    expect(el<HTMLTextAreaElement>('f-focus-role-transition-note').value).toBe(focus.note!.text);
  });

  it('removes a whole focus for everyone, focus moves to adding one, and undo brings it back whole', async () => {
    const { map, detail, has, commands } = await mountDetail(maya.intake, 'jonas');
    await tabTo(detail, 'f-focus-role-dispute-remove');
    await userEvent.keyboard('{Enter}');
    expect(map.inventory.focus['role-dispute']).toBeUndefined();
    expect(map.inventory.focus['role-transition']).toEqual(maya.intake.focus['role-transition']);
    await detail.updateComplete;
    expect(has('f-focus-role-dispute-primary')).toBe(false);
    expect(detail.shadowRoot!.activeElement?.id).toBe('f-add-focus');
    expect(commands()).toEqual(['removeFocus']);
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.focus).toEqual(maya.intake.focus);
    expect(has('f-focus-role-dispute-primary')).toBe(true);
  });

  it('changes nothing when the host cancels each of these edits, and shows the stored values again', async () => {
    const { map, detail, el, has, commands } = await mountDetail(maya.intake, 'leo');
    const before = map.inventory;
    map.addEventListener('relmap-change', (e) => e.preventDefault());
    await tabTo(detail, 'f-event-return-to-work-person-jonas');
    await userEvent.keyboard(' ');
    await tabTo(detail, 'f-event-return-to-work-leave');
    await userEvent.keyboard('{Enter}');
    await tabTo(detail, 'f-focus-role-transition-transitionTo');
    await userEvent.keyboard('{Control>}a{/Control}working parent, part-time');
    await tabTo(detail, 'f-focus-role-transition-note');
    await userEvent.keyboard('{Control>}a{/Control}Guilt at work and at home.');
    await tabTo(detail, 'f-focus-role-transition-remove');
    await userEvent.keyboard('{Enter}');
    await detail.updateComplete;

    expect(commands()).toEqual(['updateEvent', 'updateEvent', 'setFocus', 'setFocus', 'removeFocus']);
    expect(map.inventory).toBe(before);
    expect(map.canUndo).toBe(false);
    expect(el('f-event-return-to-work-person-jonas').checked).toBe(false);
    expect(has('f-event-return-to-work-kind')).toBe(true);
    expect(has('f-focus-role-transition-primary')).toBe(true);
    expect(detail.shadowRoot!.activeElement?.id).toBe('f-focus-role-transition-remove');
  });
});

describe('<relationship-detail> by keyboard alone: which life events a focus concerns', () => {
  it('ticks and unticks events, each one undo step, keeping the rest of the focus, and the boxes follow undo', async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'jonas');
    const dispute = maya.intake.focus['role-dispute']!;
    const transition = maya.intake.focus['role-transition']!;
    const box = (focus: string, event: string): HTMLInputElement => el(`f-focus-${focus}-event-${event}`);
    expect([box('role-transition', 'return-to-work').checked, box('role-dispute', 'return-to-work').checked]).toEqual([true, false]);
    await tabTo(detail, 'f-focus-role-dispute-event-return-to-work');
    await userEvent.keyboard(' ');
    expect(map.inventory.focus['role-dispute']).toEqual({ ...dispute, events: ['return-to-work'] });
    await tabTo(detail, 'f-focus-role-transition-event-less-contact-sara');
    await userEvent.keyboard(' ');
    expect(map.inventory.focus['role-transition']).toEqual({ ...transition, events: ['return-to-work', 'left-parents-group'] });
    await detail.updateComplete;
    expect(detail.shadowRoot!.activeElement?.id).toBe('f-focus-role-transition-event-less-contact-sara');
    expect(commands()).toEqual(['setFocus', 'setFocus']);

    map.undo();
    await detail.updateComplete;
    expect(map.inventory.focus['role-transition']).toEqual(transition);
    expect(box('role-transition', 'less-contact-sara').checked).toBe(true);
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.focus).toEqual(maya.intake.focus);
    expect(box('role-dispute', 'return-to-work').checked).toBe(false);
  });

  it('changes nothing when the host cancels ticking an event, and unticks the box again', async () => {
    const { map, detail, el, commands } = await mountDetail(maya.intake, 'jonas');
    const before = map.inventory;
    map.addEventListener('relmap-change', (e) => e.preventDefault());
    await tabTo(detail, 'f-focus-role-dispute-event-left-parents-group');
    await userEvent.keyboard(' ');
    await detail.updateComplete;
    expect(commands()).toEqual(['setFocus']);
    expect(map.inventory).toBe(before);
    expect(map.canUndo).toBe(false);
    expect(el('f-focus-role-dispute-event-left-parents-group').checked).toBe(false);
  });
});

describe('<relationship-detail> by keyboard alone: no event or focus left without people', () => {
  it('offers only removal of a focus that concerns no one else, and taking part in one that does', async () => {
    const { has } = await mountDetail(maya.intake, 'jonas');
    expect(maya.intake.focus['role-dispute']!.people).toEqual(['jonas']);
    expect(has('f-focus-role-dispute-leave')).toBe(false);
    expect(has('f-focus-role-dispute-remove')).toBe(true);
    expect(has('f-focus-role-transition-leave')).toBe(true);
  });

  it('offers the person alone in a focus they just started only its removal, which focus then follows', async () => {
    const { map, detail, has, commands } = await mountDetail(maya.intake, 'erik');
    await tabTo(detail, 'f-add-focus');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}'); // "Grief (start this focus)"
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await detail.updateComplete;
    const grief = Object.values(map.inventory.focus).find((f) => f.area === 'grief')!;
    expect(has(`f-focus-${grief.id}-leave`)).toBe(false);
    await tabTo(detail, `f-focus-${grief.id}-remove`);
    await userEvent.keyboard('{Enter}');
    expect(map.inventory.focus).toEqual(maya.intake.focus);
    await detail.updateComplete;
    expect(detail.shadowRoot!.activeElement?.id).toBe('f-add-focus');
    expect(commands()).toEqual(['setFocus', 'removeFocus']);
    map.undo();
    expect(map.inventory.focus[grief.id]).toMatchObject({ people: ['erik'] });
  });

  it('offers only removal of an event that concerns no one else, as one undo step, and focus moves to recording one', async () => {
    const { map, detail, has, commands } = await mountDetail(maya.intake, 'sara');
    expect(has('f-event-less-contact-sara-leave')).toBe(false);
    await tabTo(detail, 'f-event-less-contact-sara-remove');
    await userEvent.keyboard('{Enter}');
    expect(map.inventory.events['less-contact-sara']).toBeUndefined();
    expect(map.inventory.focus['role-transition']!.events).toEqual(['return-to-work', 'left-parents-group']);
    await detail.updateComplete;
    expect(detail.shadowRoot!.activeElement?.id).toBe('f-new-event-kind');
    expect(commands()).toEqual(['removeEvent']);
    map.undo();
    await detail.updateComplete;
    expect(map.inventory.events).toEqual(maya.intake.events);
    expect(map.inventory.focus).toEqual(maya.intake.focus);
    expect(has('f-event-less-contact-sara-kind')).toBe(true);
  });
});
