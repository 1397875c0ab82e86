import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import { createInventory, findTieBetween, type Person } from '@relmap/core';
import type { RelationshipMap } from './relationship-map.ts';
import { cleanup, mountMap, nextFrame } from '../testing/mount.ts';

afterEach(() => {
  cleanup();
  for (const b of document.querySelectorAll('button.outside')) b.remove();
});

const live = (map: RelationshipMap): string => map.shadowRoot!.querySelector('[role="status"]')!.textContent.replace(/\u200b/g, '');
const focusedId = (map: RelationshipMap): string | null | undefined => map.shadowRoot!.activeElement?.getAttribute('data-id');
const idOf = (map: RelationshipMap, name: string): string => Object.values(map.inventory.people).find((p) => p.name === name)!.id;

async function press(map: RelationshipMap, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await map.updateComplete;
  await nextFrame();
}

/** Moves focus with arrow keys until `name` has it, trying each direction in turn. */
async function arrowTo(map: RelationshipMap, name: string): Promise<void> {
  const target = idOf(map, name);
  for (let i = 0; i < 12 && focusedId(map) !== target; i++) {
    await press(map, ['{ArrowRight}', '{ArrowDown}', '{ArrowLeft}', '{ArrowUp}'][i % 4]!);
  }
  expect(focusedId(map)).toBe(target);
}

/** Focuses a person of the Maya case who is linked to no one, and returns them. */
async function focusSomeoneUnlinked(map: RelationshipMap): Promise<Person> {
  const lonely = Object.values(maya.intake.people).find((p) => !Object.values(maya.intake.ties).some((t) => t.a === p.id || t.b === p.id))!;
  map.focusPerson(lonely.id);
  await map.updateComplete;
  await nextFrame();
  return lonely;
}

describe('<relationship-map> by keyboard alone', () => {
  // A long scenario of real key presses: on a busy two-core machine it needs more than the default 15 s.
  it('builds a small inventory from nothing, hearing every change in the live region', { timeout: 60_000 }, async () => {
    const before = document.createElement('button');
    before.className = 'outside';
    before.textContent = 'before';
    document.body.prepend(before);
    const map = await mountMap(createInventory({ clientLabel: 'Sam' }));
    before.focus();
    // One Tab stop for the drawing: Tab past the toolbar onto the (empty) map.
    for (let i = 0; i < 12 && map.shadowRoot!.activeElement?.localName !== 'svg'; i++) await userEvent.tab();
    expect(map.shadowRoot!.activeElement?.localName).toBe('svg');

    // N goes to the add field; type names and press Enter.
    await press(map, 'n');
    expect(map.shadowRoot!.activeElement?.getAttribute('name')).toBe('name');
    await press(map, 'Alex{Enter}');
    expect(live(map)).toBe('Alex added to the outer circle.');
    await press(map, 'Bo{Enter}');
    await press(map, 'Cleo{Enter}');
    expect(Object.values(map.inventory.people).map((p) => p.name)).toEqual(['Alex', 'Bo', 'Cleo']);

    // Escape goes back into the map, onto a person.
    await press(map, '{Escape}');
    expect(focusedId(map)).toBeTruthy();
    await arrowTo(map, 'Alex');
    const alex = idOf(map, 'Alex');
    expect(map.shadowRoot!.activeElement!.getAttribute('aria-label')).toBe('Alex, other, Outer circle (ring 3), no conflict, no support');

    await press(map, '{+}{+}');
    expect(map.inventory.people[alex]!.tie.ring).toBe(1);
    expect(live(map)).toBe('Alex moved to the inner circle.');
    await press(map, 'c');
    expect(map.inventory.people[alex]!.tie.conflict).toBe('low');
    expect(live(map)).toBe('Alex: low conflict.');
    await press(map, 'ss');
    expect(map.inventory.people[alex]!.tie.support).toBe('strong');
    expect(live(map)).toBe('Alex: strong support.');
    await press(map, '{Shift>}S{/Shift}');
    expect(map.inventory.people[alex]!.tie.support).toBe('some');
    expect(map.shadowRoot!.activeElement!.getAttribute('aria-label')).toBe('Alex, other, Inner circle (ring 1), low conflict, some support');

    // L on Alex, move to Bo, Enter: linked.
    await press(map, 'l');
    expect(live(map)).toContain('Linking from Alex');
    await arrowTo(map, 'Bo');
    const bo = idOf(map, 'Bo');
    await press(map, '{Enter}');
    expect(findTieBetween(map.inventory, alex, bo)).toBeDefined();
    expect(live(map)).toBe('Alex and Bo linked.');
    expect(map.shadowRoot!.activeElement!.getAttribute('aria-label')).toContain('linked to Alex');

    // ] walks along ties from Bo to Alex; T steps the conflict of their tie; U unlinks Alex from Bo, where the walk began.
    await press(map, '{PageDown}');
    expect(focusedId(map)).toBe(alex);
    await press(map, '[[');
    expect(focusedId(map)).toBe(alex);
    await press(map, 'tt');
    expect(findTieBetween(map.inventory, alex, bo)!.conflict).toBe('high');
    expect(live(map)).toBe('Alex and Bo: high conflict.');
    expect(map.shadowRoot!.activeElement!.getAttribute('aria-label')).toContain('linked to Bo (high conflict)');
    await press(map, 'u');
    expect(findTieBetween(map.inventory, alex, bo)).toBeUndefined();
    expect(live(map)).toBe('Alex and Bo unlinked.');

    // F2 renames in place.
    await press(map, '{F2}');
    expect(map.shadowRoot!.activeElement?.classList.contains('rename')).toBe(true);
    await press(map, '{Control>}a{/Control}Alexandra{Enter}');
    expect(map.inventory.people[alex]!.name).toBe('Alexandra');
    expect(live(map)).toBe('Alex renamed to Alexandra.');
    expect(focusedId(map)).toBe(alex);

    // Delete removes; focus stays in the map, on the nearest person.
    await arrowTo(map, 'Cleo');
    await press(map, '{Delete}');
    expect(Object.values(map.inventory.people).map((p) => p.name)).toEqual(['Alexandra', 'Bo']);
    expect(live(map)).toBe('Cleo removed.');
    expect(focusedId(map)).toBeTruthy();

    // Undo and redo say what they did and what the map is like now.
    await press(map, '{Control>}z{/Control}');
    expect(Object.values(map.inventory.people).map((p) => p.name)).toContain('Cleo');
    expect(live(map)).toBe('Undone: removing a person. Cleo added to the outer circle.');
    await press(map, '{Control>}{Shift>}z{/Shift}{/Control}');
    expect(live(map)).toBe('Redone: removing a person. Cleo removed.');
    before.remove();
  });

  it('keeps focus in the map when undo removes the focused person', async () => {
    const map = await mountMap(createInventory({ clientLabel: 'Sam' }));
    map.dispatch({ name: 'addPerson', args: { id: 'alex', name: 'Alex' } });
    map.dispatch({ name: 'addPerson', args: { id: 'bo', name: 'Bo' } });
    map.settle();
    await map.updateComplete;
    map.focusPerson(idOf(map, 'Bo'));
    await map.updateComplete;
    await nextFrame();
    expect(focusedId(map)).toBe(idOf(map, 'Bo'));
    await press(map, '{Control>}z{/Control}');
    expect(Object.values(map.inventory.people).map((p) => p.name)).toEqual(['Alex']);
    expect(focusedId(map)).toBe(idOf(map, 'Alex'));
    await press(map, '{Control>}z{/Control}');
    expect(map.shadowRoot!.activeElement?.localName).toBe('svg');
  });

  it('pans with Shift+arrows, zooms with I and O, and fits with 0', async () => {
    const map = await mountMap(maya.intake);
    const viewport = (): string => map.shadowRoot!.querySelector('g.viewport')!.getAttribute('transform')!;
    map.shadowRoot!.querySelector<SVGGElement>('g.person[tabindex="0"]')!.focus();
    expect(focusedId(map)).toBeTruthy();
    const fitted = viewport();
    await press(map, 'i');
    const zoomed = viewport();
    expect(zoomed).not.toBe(fitted);
    await press(map, '{Shift>}{ArrowLeft}{/Shift}');
    expect(viewport()).not.toBe(zoomed);
    await press(map, 'o');
    await press(map, '0');
    expect(viewport()).toBe(fitted);
  });

  it('? opens the list of keys as a modal dialog; Escape closes it and focus returns to the person', async () => {
    const map = await mountMap(maya.intake);
    const person = map.shadowRoot!.querySelector<SVGGElement>('g.person[tabindex="0"]')!;
    person.focus();
    await press(map, '?');
    const dialog = map.shadowRoot!.querySelector<HTMLDialogElement>('dialog.help')!;
    expect(dialog.open).toBe(true);
    expect(dialog.contains(map.shadowRoot!.activeElement)).toBe(true);
    expect(dialog.textContent).toContain('Ctrl+Z');
    await press(map, '{Escape}');
    expect(dialog.open).toBe(false);
    expect(map.shadowRoot!.activeElement).toBe(person);
  });

  it('D and Shift+D cycle the closeness of the tie walked to, drawn and announced at once, one undo step each', async () => {
    const map = await mountMap(maya.intake);
    const tie = maya.intake.ties['jonas-anneli']!;
    const line = (): SVGGElement => map.shadowRoot!.querySelector<SVGGElement>(`g.line[data-id="${tie.id}"]`)!;
    map.focusPerson('jonas');
    await map.updateComplete;
    await nextFrame();
    // Walk from Jonas along his ties until Anneli has focus: the tie in focus is then Jonas and Anneli's.
    for (let i = 0; i < 6 && focusedId(map) !== 'anneli'; i++) await press(map, ']');
    expect(focusedId(map)).toBe('anneli');
    expect(tie.closeness).toBe('normal');
    await press(map, 'd');
    expect(map.inventory.ties[tie.id]!.closeness).toBe('distant');
    expect(live(map)).toBe('Jonas and Anneli: distant.');
    expect(line().classList.contains('line--thin')).toBe(true);
    await press(map, 'd');
    expect(map.inventory.ties[tie.id]!.closeness).toBe('close');
    expect(live(map)).toBe('Jonas and Anneli: close.');
    expect(line().classList.contains('line--thick')).toBe(true);
    await press(map, '{Shift>}D{/Shift}');
    expect(map.inventory.ties[tie.id]!.closeness).toBe('distant');
    // The conflict key still works on the same tie after D: the walk's starting point is kept.
    await press(map, 't');
    expect(map.inventory.ties[tie.id]!.conflict).toBe('high');
    await press(map, '{Control>}z{/Control}{Control>}z{/Control}');
    expect(map.inventory.ties[tie.id]!.closeness).toBe('close');
    expect(live(map)).toBe('Undone: change of a tie. Jonas and Anneli: close.');
  });

  it('D says so when the focused person has no tie to where the walk began, and does nothing on a read-only map', async () => {
    const map = await mountMap(maya.intake);
    const lonely = await focusSomeoneUnlinked(map);
    await press(map, 'l');
    await press(map, '{ArrowRight}');
    const ties = map.inventory.ties;
    await press(map, 'd');
    expect(map.inventory.ties).toBe(ties);
    expect(live(map)).toMatch(new RegExp(`^${lonely.name} and .+ are not linked\\.$`));
    await press(map, '{Escape}');

    map.readonly = true;
    map.focusPerson('jonas');
    await map.updateComplete;
    await nextFrame();
    for (let i = 0; i < 6 && focusedId(map) !== 'anneli'; i++) await press(map, ']');
    await press(map, 'd');
    expect(map.inventory.ties).toBe(ties);
  });

  it('the list of keys names D for the closeness of a tie', async () => {
    const map = await mountMap(maya.intake);
    map.shadowRoot!.querySelector<SVGGElement>('g.person[tabindex="0"]')!.focus();
    await press(map, '?');
    const rows = [...map.shadowRoot!.querySelectorAll('dialog.help tr')].map((r) => r.textContent.trim());
    expect(rows.some((r) => r.startsWith('D and Shift+D') && r.includes('Closeness between those two people'))).toBe(true);
    await press(map, '{Escape}');
  });

  it('says so when ] finds no one linked, when U finds no tie, and when Escape cancels a link', async () => {
    const map = await mountMap(maya.intake);
    const lonely = await focusSomeoneUnlinked(map);
    await press(map, ']');
    expect(live(map)).toBe(`${lonely.name} is not linked to anyone.`);
    await press(map, 'l');
    await press(map, '{ArrowRight}');
    expect(focusedId(map)).not.toBe(lonely.id);
    const ties = map.inventory.ties;
    await press(map, 'u');
    expect(map.inventory.ties).toBe(ties);
    expect(live(map)).toMatch(new RegExp(`^${lonely.name} and .+ are not linked\\.$`));
    await press(map, 'l');
    await press(map, '{Escape}');
    expect(live(map)).toBe('Link cancelled.');
  });
});
