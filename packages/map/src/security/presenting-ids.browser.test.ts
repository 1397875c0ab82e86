import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { addGoal, addPerson, createInventory, linkPeople, recordEvent, recordGoalReview, setFocus, type Inventory } from '@relmap/core';
import type { RelmapSelectEvent } from '../events.ts';
import type { RelationshipDetail } from '../relationship-detail/relationship-detail.ts';
import type { RelationshipTable } from '../relationship-table/relationship-table.ts';
import { accessibilityTree, findAll } from '../testing/accessibility-tree.ts';
import { cleanup, mountMap, nextFrame, personNode } from '../testing/mount.ts';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';

// An older document, whose ids were made from names (before core SPEC M12): people, ties, an event and a focus.
const NAMED_IDS = ['jonas', 'anneli', 'henrik', 'jonas-anneli', 'henrik-anneli', 'jonas-moved-out', 'anneli-focus'];

function namedDocument(): Inventory {
  const note = (text: string) => ({ text, sensitivity: 'shareable' as const });
  let inv = createInventory({ clientLabel: 'Client' });
  inv = addPerson(inv, { id: 'jonas', name: 'Jonas', category: 'partner', ring: 1 });
  inv = addPerson(inv, { id: 'anneli', name: 'Anneli', category: 'parent', ring: 2 });
  inv = addPerson(inv, { id: 'henrik', name: 'Henrik', category: 'parent', ring: 2 });
  inv = linkPeople(inv, { id: 'jonas-anneli', a: 'jonas', b: 'anneli', label: note('in-laws') });
  inv = linkPeople(inv, { id: 'henrik-anneli', a: 'henrik', b: 'anneli' });
  inv = recordEvent(inv, { id: 'jonas-moved-out', kind: 'move', label: note('A move'), date: '2025-03', people: ['jonas', 'henrik'] });
  inv = setFocus(inv, { id: 'anneli-focus', area: 'role-dispute', people: ['jonas'], events: ['jonas-moved-out'] });
  return inv;
}

interface Scene {
  readonly map: RelationshipMap;
  readonly table: RelationshipTable;
  readonly detail: RelationshipDetail;
  readonly selections: string[][];
}

/** A presenting map of the named document, with a table and a detail panel bound to it. */
async function presentingScene(): Promise<Scene> {
  const map = await mountMap(namedDocument());
  map.id = 'named-map';
  map.presenting = true;
  const selections: string[][] = [];
  map.addEventListener('relmap-select', (e: RelmapSelectEvent) => selections.push([...e.detail.ids]));
  const table = document.createElement('relationship-table');
  table.setAttribute('for', 'named-map');
  const detail = document.createElement('relationship-detail');
  detail.setAttribute('for', 'named-map');
  document.body.append(table, detail);
  await settled(map, table, detail);
  return { map, table, detail, selections };
}

async function settled(...els: { updateComplete: Promise<boolean> }[]): Promise<void> {
  for (const el of els) await el.updateComplete;
  await nextFrame();
  for (const el of els) await el.updateComplete;
}

/** Every attribute of every element in the document, shadow roots included, as `tag attr="value"`. */
function everyAttribute(root: Document | ShadowRoot = document): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) out.push(`${el.localName} ${attr.name}="${attr.value}"`);
    if (el.shadowRoot) out.push(...everyAttribute(el.shadowRoot));
  }
  return out;
}

/** Every value the elements hold in a form control's live state (a select's value, an option's value). */
function everyControlValue(root: Document | ShadowRoot = document): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof HTMLSelectElement || el instanceof HTMLOptionElement) out.push(`${el.localName}.value=${el.value}`);
    if (el.shadowRoot) out.push(...everyControlValue(el.shadowRoot));
  }
  return out;
}

const leaks = (values: readonly string[]): string[] => values.filter((v) => NAMED_IDS.some((id) => v.toLowerCase().includes(id)));

afterEach(() => {
  cleanup();
  for (const el of document.querySelectorAll('relationship-table, relationship-detail')) el.remove();
});

describe('ids made from names never reach a presenting DOM (presenting policy, core SPEC M12)', () => {
  it('no attribute of the map, the table or the detail panel carries one, with a person selected and the pickers open', async () => {
    const { map, table, detail } = await presentingScene();
    // A click on a person selects them, and the panel shows them with its pickers (ties, events, focus).
    await userEvent.click(personNode(map, 'jonas'));
    await settled(map, table, detail);
    expect(map.selection).toEqual(['jonas']);
    const root = detail.shadowRoot!;
    expect(root.querySelector('form')).not.toBeNull();
    for (const select of root.querySelectorAll('select')) {
      select.focus();
      await userEvent.keyboard('{ArrowDown}');
    }
    table.shadowRoot!.querySelector<HTMLSelectElement>('form.add-tie select')!.focus();
    await settled(map, table, detail);
    // The scene holds what the test means to search: people, lines, rows, options and labelled fields.
    const all = everyAttribute();
    expect(all.filter((a) => a.startsWith('g data-id=')).length).toBeGreaterThanOrEqual(5);
    expect(all.filter((a) => a.startsWith('tr data-id=')).length).toBe(3);
    expect(all.filter((a) => a.startsWith('tr data-tie=')).length).toBe(2);
    expect(all.filter((a) => a.startsWith('option value=')).length).toBeGreaterThan(6);
    expect(all.filter((a) => a.startsWith('label for=')).length).toBeGreaterThan(6);
    expect(leaks(all)).toEqual([]);
    expect(leaks(everyControlValue())).toEqual([]);
    // The picture exported from the shared screen carries none either.
    expect(leaks([await map.toSVG()])).toEqual([]);
  });

  it('the accessibility tree of the scene carries none of them either', async () => {
    const { map, table, detail } = await presentingScene();
    await userEvent.click(personNode(map, 'anneli'));
    await settled(map, table, detail);
    const tree = await accessibilityTree();
    const said = findAll(tree, () => true).flatMap((n) => [n.name, n.description, ...Object.values(n.properties).map(String)]);
    expect(said.length).toBeGreaterThan(50);
    expect(leaks(said)).toEqual([]);
  });

  it("turning presenting off gives the document's ids back to the DOM, and on again hides them", async () => {
    const { map, table, detail } = await presentingScene();
    map.presenting = false;
    await settled(map, table, detail);
    expect(everyAttribute()).toContain('tr data-id="jonas"');
    map.presenting = true;
    await settled(map, table, detail);
    expect(leaks(everyAttribute())).toEqual([]);
  });
});

describe('a presenting map with named ids still works by click, keyboard and in the table and panel', () => {
  it('click and keyboard select and edit the person by their real id; events carry real ids', async () => {
    const { map, table, detail, selections } = await presentingScene();
    await userEvent.click(personNode(map, 'henrik'));
    expect(selections.at(-1)).toEqual(['henrik']);
    personNode(map, 'jonas').focus();
    // Space adds the focused person to the selection, by their real id.
    await userEvent.keyboard(' ');
    expect(selections.at(-1)).toEqual(['henrik', 'jonas']);
    const ring = map.inventory.people.anneli!.tie.ring;
    personNode(map, 'anneli').focus();
    await userEvent.keyboard('+');
    expect(map.inventory.people.anneli!.tie.ring).toBe(ring - 1);
    await settled(map, table, detail);
    expect(map.shadowRoot!.activeElement).toBe(personNode(map, 'anneli'));
  });

  it('the table edits a row and ties two people picked from its lists', async () => {
    const { map, table } = await presentingScene();
    const root = table.shadowRoot!;
    const row = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')].find((r) => r.textContent.includes('H'))!;
    const rowKey = row.dataset['id']!;
    expect(rowKey).not.toBe('henrik');
    const ring = [...row.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === '3'))!;
    ring.focus();
    await userEvent.selectOptions(ring, '3');
    await settled(map, table);
    const edited = Object.values(map.inventory.people).filter((p) => p.tie.ring === 3);
    expect(edited).toHaveLength(1);
    // The form's two lists name people by opaque keys; the tie is made between the real ids.
    const [a, b] = [...root.querySelectorAll<HTMLSelectElement>('form.add-tie select')] as [HTMLSelectElement, HTMLSelectElement];
    const option = (select: HTMLSelectElement, text: string) => [...select.options].find((o) => o.textContent.trim().startsWith(text))!;
    await userEvent.selectOptions(a, option(a, 'J').value);
    await userEvent.selectOptions(b, option(b, 'H').value);
    await userEvent.click(root.querySelector<HTMLButtonElement>('form.add-tie button[type="submit"]')!);
    await settled(map, table);
    expect(Object.values(map.inventory.ties).some((t) => [t.a, t.b].sort().join() === 'henrik,jonas')).toBe(true);
    expect(leaks(everyAttribute())).toEqual([]);
  });

  it("the panel ties the shown person to another and edits an event's people by real ids", async () => {
    const { map, table, detail } = await presentingScene();
    await userEvent.click(personNode(map, 'henrik'));
    await settled(map, table, detail);
    const root = detail.shadowRoot!;
    // Henrik is tied to Anneli only: the picker offers Jonas, under an opaque key.
    const add = root.getElementById('f-add-tie') as HTMLSelectElement;
    expect([...add.options].map((o) => o.value)).not.toContain('jonas');
    await userEvent.click([...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Add tie')!);
    await settled(map, table, detail);
    expect(Object.values(map.inventory.ties).some((t) => [t.a, t.b].sort().join() === 'henrik,jonas')).toBe(true);
    // The move concerns Jonas and Henrik: taking Jonas out through his box leaves Henrik.
    const boxes = [...root.querySelectorAll<HTMLInputElement>('fieldset.people input[type="checkbox"]')];
    const jonasBox = boxes.find((b) => b.checked)!;
    await userEvent.click(jonasBox);
    await settled(map, table, detail);
    expect(map.inventory.events['jonas-moved-out']!.people).toEqual(['henrik']);
    expect(leaks(everyAttribute())).toEqual([]);
  });
});

describe('the timeline and the goals, presenting a document whose ids are names', () => {
  it('carry no name-made id in any attribute or control value, with every goal editor open', async () => {
    await import('../relationship-timeline.ts');
    await import('../relationship-goals.ts');
    let inv = addGoal(namedDocument(), {
      id: 'jonas-goal',
      wording: { text: 'Talk more', sensitivity: 'shareable' },
      focus: 'anneli-focus',
      people: ['jonas'],
      agreedOn: '2025-04',
    });
    inv = recordGoalReview(inv, { goal: 'jonas-goal', id: 'jonas-review', date: '2025-06', progress: 'some' });
    const map = await mountMap(inv);
    map.id = 'named-map';
    map.presenting = true;
    const timeline = document.createElement('relationship-timeline');
    timeline.setAttribute('for', 'named-map');
    const goals = document.createElement('relationship-goals');
    goals.setAttribute('for', 'named-map');
    document.body.append(timeline, goals);
    await settled(map, timeline, goals);
    for (const summary of goals.shadowRoot!.querySelectorAll<HTMLElement>('details > summary')) summary.click();
    await settled(map, timeline, goals);
    expect(goals.shadowRoot!.querySelectorAll('details[open]').length).toBeGreaterThan(0);
    expect(timeline.shadowRoot!.querySelectorAll('[data-key]').length).toBeGreaterThan(0);
    const ids = [...NAMED_IDS, 'jonas-goal', 'jonas-review'];
    const found = [...everyAttribute(), ...everyControlValue()].filter((v) => ids.some((id) => v.toLowerCase().includes(id)));
    expect(found).toEqual([]);
  });
});
