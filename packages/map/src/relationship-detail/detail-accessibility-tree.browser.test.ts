import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import { recordEvent, updateLink, type Inventory } from '@relmap/core';
import { accessibilityTree, findAll, findOne, type AxNode } from '../testing/accessibility-tree.ts';
import { nextFrame } from '../testing/mount.ts';
import { privateTexts } from '../testing/private-texts.ts';
import { defaultDetailStrings as t } from './detail-strings.ts';
import { mountDetail, removeAll, tabTo } from './testing/detail-fixture.ts';

// axe and the DOM tests check markup; these read what Chromium hands to a screen reader for the panel, after
// labels, legends, ARIA and shadow roots have been resolved.
afterEach(removeAll);

const CONTROLS = new Set(['combobox', 'textbox', 'checkbox', 'button']);

/** Maya at session 12, with a private label on Jonas's tie to Anneli, and a private and a shareable event about Jonas. */
function inventory(): Inventory {
  let inv = updateLink(maya.session12, { id: 'jonas-anneli', changes: { label: { text: 'Anneli calls him lazy', sensitivity: 'private' } } });
  inv = recordEvent(inv, {
    id: 'row',
    kind: 'conflict',
    date: '2026-02',
    people: ['jonas', 'anneli'],
    label: { text: 'Shouting about the night feeds', sensitivity: 'private' },
  });
  return recordEvent(inv, { id: 'flat', kind: 'move', people: ['jonas'], label: { text: 'Moved to a bigger flat', sensitivity: 'shareable' } });
}

/** The panel's form in the page's accessibility tree, once the panel has rendered and been painted. */
async function panel(): Promise<AxNode> {
  await nextFrame();
  return findOne(await accessibilityTree(), (n) => n.role === 'form' && n.name.startsWith(`${t.panelLabel}: `), 'detail form');
}

const controls = (root: AxNode): AxNode[] => findAll(root, (n) => CONTROLS.has(n.role));
const everything = (root: AxNode): string =>
  findAll(root, () => true)
    .map((n) => `${n.name}\n${n.description}`)
    .join('\n');

describe('what a screen reader receives from <relationship-detail>', () => {
  it('a named form, a named region per section and a named group per part of it', async () => {
    await mountDetail(inventory(), 'jonas');
    const form = await panel();
    expect(form.name).toBe(`${t.panelLabel}: Jonas`);
    expect(findAll(form, (n) => n.role === 'region').map((n) => n.name)).toEqual([t.ties, t.events, t.focus]);
    const groups = findAll(form, (n) => n.role === 'group').map((n) => n.name);
    expect(groups.every((name) => name.trim() !== '')).toBe(true);
    expect(groups).toEqual(
      expect.arrayContaining([
        t.who,
        t.lifeAndDates,
        t.relationship,
        t.inventoryRow,
        t.tieWith('Anneli'),
        t.tieWith('Sara'),
        t.addTie,
        t.eventLegend('conflict', '2026-02'),
        t.eventLegend('move', undefined),
        t.eventPeople,
        t.recordEvent,
        'Role transition',
        'Role dispute',
        t.focusEvents,
        t.addToFocus,
      ]),
    );
    // Every control sits in a named group, which screen readers announce on the way in.
    const inGroups = new Set(findAll(form, (n) => n.role === 'group').flatMap(controls));
    expect(
      controls(form)
        .filter((c) => !inGroups.has(c))
        .map((c) => c.name),
    ).toEqual([]);
  });

  it('names every control, with the tie, event or focus it belongs to, so that a list of controls tells them apart', async () => {
    await mountDetail(inventory(), 'jonas');
    const form = await panel();
    const all = controls(form);
    expect(all.length).toBeGreaterThan(50);
    for (const control of all) expect(control.name.trim(), control.role).not.toBe('');
    const names = all.map((c) => `${c.role}: ${c.name}`);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);

    const items = [
      t.tieWith('Anneli'),
      t.tieWith('Sara'),
      t.eventLegend('conflict', '2026-02'),
      t.eventLegend('move', undefined),
      'Role transition',
      'Role dispute',
    ];
    for (const item of items) {
      const group = findOne(form, (n) => n.role === 'group' && n.name === item, item);
      const inside = controls(group);
      expect(inside.length, item).toBeGreaterThan(1);
      for (const control of inside) expect(control.name.toLowerCase(), `${control.role} in ${item}`).toContain(item.toLowerCase());
    }
    const anneli = controls(findOne(form, (n) => n.role === 'group' && n.name === t.tieWith('Anneli'), 'tie'));
    expect(anneli.map((c) => c.name)).toEqual(
      expect.arrayContaining([t.fieldOf(t.tieCloseness, 'Tie with Anneli'), t.privateOf(t.fieldOf(t.tieLabel, 'Tie with Anneli')), t.removeTie('Anneli')]),
    );
    const row = findOne(form, (n) => n.role === 'group' && n.name === t.eventLegend('conflict', '2026-02'), 'event');
    const anneliBox = findOne(row, (n) => n.role === 'checkbox' && n.name.startsWith('Anneli'), "Anneli's box");
    expect(anneliBox.properties['checked']).toBe('true');
    expect(findOne(row, (n) => n.role === 'checkbox' && n.name.startsWith('Sara'), "Sara's box").properties['checked']).toBe('false');
    expect(findAll(row, (n) => n.role === 'button').map((b) => b.name)).toEqual([
      t.fieldOf(t.removeFromEvent('Jonas'), 'conflict, 2026-02'),
      t.fieldOf(t.removeEvent, 'conflict, 2026-02'),
    ]);
    // Which events a focus concerns: one box each, named by kind, date and label, and by the focus.
    const transition = findOne(form, (n) => n.role === 'group' && n.name === 'Role transition', 'focus');
    const events = findOne(transition, (n) => n.role === 'group' && n.name === t.focusEvents, 'its events');
    const box = (id: string): string => {
      const e = inventory().events[id]!;
      return t.fieldOf(t.eventChoice(t.eventLegend(t.eventKinds[e.kind], e.date), e.label.text), 'Role transition');
    };
    expect(controls(events).map((c) => [c.name, c.properties['checked']])).toEqual([
      [box('return-to-work'), 'true'],
      [box('left-parents-group'), 'true'],
      [box('less-contact-sara'), 'true'],
      [box('row'), 'false'],
      [box('flat'), 'false'],
    ]);
    expect(box('row')).toBe('conflict, 2026-02: Shouting about the night feeds (Role transition)');
    // Jonas is alone in the role dispute: it offers removal for everyone, not taking him out and leaving it to no one.
    const dispute = findOne(form, (n) => n.role === 'group' && n.name === 'Role dispute', 'dispute');
    expect(findAll(dispute, (n) => n.role === 'button').map((b) => b.name)).toEqual([t.fieldOf(t.removeFocus, 'Role dispute')]);
    expect(findAll(transition, (n) => n.role === 'button').map((b) => b.name)).toEqual([
      t.fieldOf(t.removeFromFocus('Jonas'), 'Role transition'),
      t.fieldOf(t.removeFocus, 'Role transition'),
    ]);
    // The person's own notes: each "Private" box says which note it marks.
    expect(all.map((c) => c.name)).toEqual(expect.arrayContaining([t.privateOf(t.noteField.wishedChanges), t.privateOf(t.notes)]));
  });

  it('says that a refused date is invalid, and reads out the error and the instructions as its description', async () => {
    const { detail } = await mountDetail(inventory(), 'jonas');
    await tabTo(detail, 'f-born');
    await userEvent.keyboard('spring');
    await tabTo(detail, 'f-event-flat-date');
    await userEvent.keyboard('soon');
    await userEvent.tab();
    await detail.updateComplete;
    const form = await panel();
    const born = findOne(form, (n) => n.role === 'textbox' && n.name === t.born, 'date of birth');
    expect(born.properties['invalid']).toBe('true');
    expect(born.description).toBe(`${t.invalidDate('spring')} ${t.dateHint}`);
    const when = findOne(form, (n) => n.role === 'textbox' && n.name === t.fieldOf(t.eventDate, 'move'), 'date of the move');
    expect(when.properties['invalid']).toBe('true');
    expect(when.description).toContain(t.invalidDate('soon'));
    const valid = findOne(form, (n) => n.role === 'textbox' && n.name === t.fieldOf(t.eventDate, 'conflict, 2026-02'), 'date of the row');
    expect(valid.properties['invalid']).toBe('false');
    expect(valid.description).toBe(t.dateHint);
  });

  for (const person of ['jonas', 'leo']) {
    it(`presenting ${person}: no private note and no name anywhere in the page's tree, map included`, async () => {
      const inv = inventory();
      await mountDetail(inv, person, { presenting: true });
      const form = await panel();
      expect(form.name).toBe(`${t.panelLabel}: ${inv.people[person]!.initials ?? person[0]!.toUpperCase()}`);
      const exposed = everything(await accessibilityTree());
      // Initials are shown, so names of one or two letters could match them; real names are longer.
      for (const p of Object.values(inv.people)) if (p.name.length > 2) expect(exposed).not.toContain(p.name);
      for (const secret of privateTexts(inv)) expect(exposed).not.toContain(secret);
      // What presenting keeps: the controls, other people by initials, shareable text.
      expect(controls(form).length).toBeGreaterThan(30);
      if (person === 'jonas') expect(exposed).toContain('Moved to a bigger flat');
      // An event with a private label is still there to tick in a focus, by its kind and date alone.
      expect(controls(form).map((c) => c.name)).toContain(t.fieldOf(t.eventLegend('conflict', '2026-02'), 'Role transition'));
    });
  }

  it('exposes the same names and private notes when not presenting, so the checks above can fail', async () => {
    const inv = inventory();
    await mountDetail(inv, 'jonas');
    const exposed = everything(await accessibilityTree());
    for (const name of ['Jonas', 'Anneli', 'Sara', 'Henrik']) expect(exposed).toContain(name);
    for (const secret of ['Anneli calls him lazy', 'Shouting about the night feeds', inv.focus['role-transition']!.note!.text])
      expect(exposed).toContain(secret);
  });
});
