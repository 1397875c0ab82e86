import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import { findTieBetween } from '@relmap/core';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { exposedText } from '../testing/private-texts.ts';
import type { RelationshipTable } from './relationship-table.ts';
import { tieRow as tieRowIn } from './render-ties.ts';
import { cleanupBoth, mountBoth, settled } from './testing/mount-table.ts';

afterEach(cleanupBoth);

async function press(map: RelationshipMap, table: RelationshipTable, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await settled(map, table);
}

const focused = (table: RelationshipTable): Element | null => table.shadowRoot!.activeElement;
const live = (map: RelationshipMap): string => map.shadowRoot!.querySelector('[role="status"]')!.textContent.replace(/\u200b/g, '');
// By the tie's id, presenting (an opaque key in the DOM) or not.
const tieRow = (table: RelationshipTable, id: string): HTMLTableRowElement | null => tieRowIn(table.shadowRoot!, id);
const line = (map: RelationshipMap, id: string): SVGGElement | null => map.shadowRoot!.querySelector<SVGGElement>(`g.line[data-id="${id}"]`);

/** Moves a focused, closed select to an option by arrow keys alone, as a keyboard user would. */
async function chooseByKeys(map: RelationshipMap, table: RelationshipTable, value: string): Promise<void> {
  const select = focused(table) as HTMLSelectElement;
  for (let i = 0; i < 20 && select.value !== value; i++) await press(map, table, '{ArrowDown}');
  for (let i = 0; i < 20 && select.value !== value; i++) await press(map, table, '{ArrowUp}');
  expect(select.value).toBe(value);
}

describe('<relationship-table>: ties between people, by keyboard alone', () => {
  it("Tab reaches a tie's closeness after the person form; an arrow key changes it, in the map at once; undo restores it", async () => {
    const { map, table } = await mountBoth();
    const root = table.shadowRoot!;
    expect(root.querySelector('table.ties caption')!.textContent).toBe('Ties between people');
    expect(root.querySelectorAll('table.ties tbody tr[data-tie]')).toHaveLength(Object.keys(maya.intake.ties).length);
    root.querySelector<HTMLButtonElement>('form.add:not(.add-tie) button[type="submit"]')!.focus();
    await press(map, table, '{Tab}');
    const select = focused(table) as HTMLSelectElement;
    const id = select.closest('tr')!.dataset['tie']!;
    const tie = maya.intake.ties[id]!;
    const [a, b] = [maya.intake.people[tie.a]!.name, maya.intake.people[tie.b]!.name];
    expect(select.getAttribute('aria-label')).toMatch(new RegExp(`^Closeness, (${a} and ${b}|${b} and ${a})$`));
    expect(tie.closeness).toBe('normal');
    await press(map, table, '{ArrowDown}');
    expect(map.inventory.ties[id]!.closeness).toBe('distant');
    expect(live(map)).toBe(`${a} and ${b}: distant.`);
    expect(line(map, id)!.classList.contains('line--thin')).toBe(true);
    await press(map, table, '{Control>}z{/Control}');
    expect(map.inventory.ties[id]!.closeness).toBe('normal');
    expect(select.value).toBe('normal');
    expect(line(map, id)!.classList.contains('line--normal')).toBe(true);
    await press(map, table, '{Control>}y{/Control}');
    expect(map.inventory.ties[id]!.closeness).toBe('distant');
    expect(live(map)).toBe(`Redone: change of a tie. ${a} and ${b}: distant.`);
  });

  it('edits conflict, label and ended in turn by Tab; a new label is private until unticked; each is one undo step', async () => {
    const { map, table } = await mountBoth();
    const row = tieRow(table, 'sara-jonas')!;
    row.querySelector<HTMLSelectElement>('select')!.focus();
    await press(map, table, '{Tab}');
    expect(focused(table)!.getAttribute('aria-label')).toBe('Conflict, Jonas and Sara');
    await press(map, table, '{ArrowDown}{ArrowDown}');
    expect(map.inventory.ties['sara-jonas']!.conflict).toBe('high');
    await press(map, table, '{Tab}');
    expect(focused(table)!.getAttribute('aria-label')).toBe('Label, Jonas and Sara');
    await press(map, table, '{Control>}a{/Control}{Backspace}old friends{Tab}');
    expect(map.inventory.ties['sara-jonas']!.label).toEqual({ text: 'old friends', sensitivity: 'shareable' });
    // The label existed and was shareable: the edit keeps it so. The checkbox after it says whether it is private.
    expect(focused(table)!.getAttribute('aria-label')).toBe('Private label, Jonas and Sara');
    expect((focused(table) as HTMLInputElement).checked).toBe(false);
    await press(map, table, ' ');
    expect(map.inventory.ties['sara-jonas']!.label!.sensitivity).toBe('private');
    await press(map, table, '{Tab}');
    expect(focused(table)!.getAttribute('aria-label')).toBe('Ended, Jonas and Sara');
    await press(map, table, ' ');
    expect(map.inventory.ties['sara-jonas']!.ended).toBe(true);
    expect(live(map)).toBe('Sara and Jonas: tie ended.');
    for (let i = 0; i < 5; i++) await press(map, table, '{Control>}z{/Control}');
    expect(map.inventory.ties['sara-jonas']).toEqual(maya.intake.ties['sara-jonas']);

    // A tie without a label gets a private one.
    map.dispatch({ name: 'updateLink', args: { id: 'sara-jonas', changes: { label: null } } });
    await settled(map, table);
    const input = tieRow(table, 'sara-jonas')!.querySelector<HTMLInputElement>('input.tie-label')!;
    expect(tieRow(table, 'sara-jonas')!.querySelector('input.label-private')).toBeNull();
    input.focus();
    await press(map, table, 'school friends{Enter}');
    expect(map.inventory.ties['sara-jonas']!.label).toEqual({ text: 'school friends', sensitivity: 'private' });
    // In a text field, Ctrl+Z belongs to the field's own typing, not to the map's history.
    const before = map.inventory;
    await press(map, table, '!{Control>}z{/Control}');
    expect(map.inventory).toBe(before);
  });

  it('adds a tie from the form by keyboard, shown in both views; says why it refuses the same person or a pair tied already', async () => {
    const { map, table } = await mountBoth();
    const root = table.shadowRoot!;
    const alert = root.querySelector('form.add-tie [role="alert"]')!;
    const [first, second] = [...root.querySelectorAll<HTMLSelectElement>('form.add-tie select')];
    expect(first!.getAttribute('aria-label')).toBe('First person of the new tie');
    expect(root.querySelector('form.add-tie legend')!.textContent).toBe('Add a tie');

    first!.focus();
    await chooseByKeys(map, table, 'henrik');
    await press(map, table, '{Tab}');
    await chooseByKeys(map, table, 'henrik');
    await press(map, table, '{Tab}{Enter}');
    expect(alert.textContent).toBe('Choose two different people to tie.');
    expect(second!.getAttribute('aria-invalid')).toBe('true');
    expect(map.inventory.ties).toEqual(maya.intake.ties);

    first!.focus();
    await chooseByKeys(map, table, 'jonas');
    expect(alert.textContent).toBe('');
    await press(map, table, '{Tab}');
    await chooseByKeys(map, table, 'anneli');
    await press(map, table, '{Tab}{Enter}');
    expect(alert.textContent).toBe('Jonas and Anneli are already tied.');
    expect(Object.keys(map.inventory.ties)).toHaveLength(Object.keys(maya.intake.ties).length);

    first!.focus();
    await chooseByKeys(map, table, 'henrik');
    await press(map, table, '{Tab}');
    await chooseByKeys(map, table, 'erik');
    await press(map, table, '{Tab}{Enter}');
    const tie = findTieBetween(map.inventory, 'henrik', 'erik')!;
    expect(tie).toMatchObject({ closeness: 'normal', conflict: 'none' });
    expect(alert.textContent).toBe('');
    expect(second!.getAttribute('aria-invalid')).toBe('false');
    expect(live(map)).toBe('Henrik and Erik linked.');
    expect(tieRow(table, tie.id)!.querySelector('th')!.textContent).toMatch(/^(Henrik and Erik|Erik and Henrik)$/);
    expect(line(map, tie.id)).not.toBeNull();
    expect(map.shadowRoot!.querySelector('g.person[data-id="erik"]')!.getAttribute('aria-label')).toContain('linked to Henrik');
    await press(map, table, '{Control>}z{/Control}');
    expect(findTieBetween(map.inventory, 'henrik', 'erik')).toBeUndefined();
    expect(tieRow(table, tie.id)).toBeNull();
  });

  it("removes a tie with its row's button; focus moves to the next row, not the page; undo brings the tie back", async () => {
    const { map, table } = await mountBoth();
    const rows = (): string[] => [...table.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr[data-tie]')].map((r) => r.dataset['tie']!);
    const [firstId, secondId] = rows();
    const button = tieRow(table, firstId!)!.querySelector<HTMLButtonElement>('button.remove')!;
    expect(button.getAttribute('aria-label')).toMatch(/^Remove, .+ and .+$/);
    button.focus();
    await press(map, table, '{Enter}');
    expect(map.inventory.ties[firstId!]).toBeUndefined();
    expect(rows()).toEqual([secondId]);
    expect(line(map, firstId!)).toBeNull();
    expect(live(map)).toMatch(/ unlinked\.$/);
    expect(focused(table)).toBe(tieRow(table, secondId!)!.querySelector('button.remove'));
    await press(map, table, '{Enter}');
    expect(rows()).toEqual([]);
    expect(table.shadowRoot!.querySelector('table.ties tbody')!.textContent.trim()).toBe('No ties between people yet.');
    expect(focused(table)).toBe(table.shadowRoot!.querySelector('form.add-tie select'));
    await press(map, table, '{Control>}z{/Control}');
    await press(map, table, '{Control>}z{/Control}');
    expect(map.inventory.ties).toEqual(maya.intake.ties);
    expect(rows()).toHaveLength(2);
  });

  it('a cancelled relmap-change changes nothing: the inventory, the map and the controls stay as they were', async () => {
    const { map, table } = await mountBoth();
    let offered = 0;
    map.addEventListener('relmap-change', (e) => (offered++, e.preventDefault()));
    const row = tieRow(table, 'jonas-anneli')!;
    const closeness = row.querySelector<HTMLSelectElement>('select')!;
    closeness.focus();
    await press(map, table, '{ArrowUp}');
    expect(offered).toBe(1);
    expect(map.inventory.ties['jonas-anneli']!.closeness).toBe('normal');
    expect(closeness.value).toBe('normal');
    const ended = row.querySelector<HTMLInputElement>('input.ended')!;
    ended.focus();
    await press(map, table, ' ');
    expect(ended.checked).toBe(false);
    row.querySelector<HTMLButtonElement>('button.remove')!.focus();
    await press(map, table, '{Enter}');
    const first = table.shadowRoot!.querySelector<HTMLSelectElement>('form.add-tie select')!;
    first.focus();
    await chooseByKeys(map, table, 'henrik');
    await press(map, table, '{Tab}');
    await chooseByKeys(map, table, 'erik');
    await press(map, table, '{Tab}{Enter}');
    expect(offered).toBe(4);
    expect(map.inventory.ties).toEqual(maya.intake.ties);
    expect(tieRow(table, 'jonas-anneli')).not.toBeNull();
    expect(line(map, 'jonas-anneli')!.classList.contains('line--normal')).toBe(true);
  });

  it('an edit on the map, by key or by the host, shows in the ties table at once', async () => {
    const { map, table } = await mountBoth();
    map.dispatch({ name: 'updateLink', args: { id: 'jonas-anneli', changes: { closeness: 'close', conflict: 'hostile' } } });
    await settled(map, table);
    const selects = tieRow(table, 'jonas-anneli')!.querySelectorAll('select');
    expect([selects[0]!.value, selects[1]!.value]).toEqual(['close', 'hostile']);
    map.focusPerson('jonas');
    await settled(map, table);
    for (let i = 0; i < 6 && map.shadowRoot!.activeElement?.getAttribute('data-id') !== 'anneli'; i++) await press(map, table, ']');
    await press(map, table, 'd');
    expect(selects[0]!.value).toBe('normal');
    map.dispatch({ name: 'linkPeople', args: { id: 'leo-erik', a: 'leo', b: 'erik' } });
    await settled(map, table);
    expect(tieRow(table, 'leo-erik')).not.toBeNull();
  });

  it('presenting: rows follow the label mode, and private tie labels are left out of the DOM, not hidden', async () => {
    const secret = 'met at the clinic';
    const { map, table } = await mountBoth();
    map.dispatch({ name: 'updateLink', args: { id: 'jonas-anneli', changes: { label: { text: secret, sensitivity: 'private' } } } });
    map.presenting = true;
    await settled(map, table);
    const root = table.shadowRoot!;
    expect(exposedText(root)).not.toContain(secret);
    const row = tieRow(table, 'jonas-anneli')!;
    expect(row.querySelector('th')!.textContent).toBe('J and A');
    expect(row.textContent).toContain('Private label (hidden while presenting)');
    // The shareable label is shown as text, not as a field.
    expect(tieRow(table, 'sara-jonas')!.textContent).toContain('friendly');
    expect(root.querySelector('input.tie-label')).toBeNull();
    expect(root.querySelector('form.add-tie select option')!.textContent).toMatch(/^[A-Z]{1,3}$/);
    map.presenting = false;
    await settled(map, table);
    expect(row.querySelector<HTMLInputElement>('input.tie-label')!.value).toBe(secret);
  });

  it('read-only: no add form or remove buttons, disabled controls, and the scrolling wrapper can take focus instead', async () => {
    const { map, table } = await mountBoth();
    map.readonly = true;
    await settled(map, table);
    const root = table.shadowRoot!;
    expect(root.querySelector('form.add-tie')).toBeNull();
    expect(root.querySelectorAll('table.ties button, table.ties input:not([disabled]), table.ties select:not([disabled])')).toHaveLength(0);
    expect(root.querySelector('table.ties')!.closest('.scroll')!.getAttribute('tabindex')).toBe('0');
  });
});
