import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cases, maya } from '@relmap/cases';
import { createInventory } from '@relmap/core';
import { axeViolations } from '../testing/axe.ts';
import type { RelationshipTable } from './relationship-table.ts';
import { cleanupBoth, mountBoth, settled } from './testing/mount-table.ts';

afterEach(cleanupBoth);

const row = (table: RelationshipTable, id: string): HTMLTableRowElement => table.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-id="${id}"]`)!;
const control = <T extends Element>(table: RelationshipTable, id: string, column: number): T =>
  row(table, id).children[column]!.querySelector<T>('input, select, button')!;

describe('<relationship-table>', () => {
  it('shows one row per person with native table semantics', async () => {
    const { table } = await mountBoth();
    const root = table.shadowRoot!;
    expect(root.querySelectorAll('table[part="table"] tbody tr')).toHaveLength(Object.keys(maya.intake.people).length);
    expect(root.querySelector('caption')!.textContent).toBe('Interpersonal inventory');
    expect([...root.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(root.querySelectorAll('table[part="table"] tbody th[scope="row"]')).toHaveLength(Object.keys(maya.intake.people).length);
    expect(root.querySelectorAll('th[aria-sort]')).toHaveLength(5);
    expect(root.querySelector('th[aria-sort="ascending"]')!.textContent.trim()).toMatch(/^Ring/);
    expect(control<HTMLSelectElement>(table, 'jonas', 2).getAttribute('aria-label')).toBe('Ring, Jonas');
    expect(control<HTMLSelectElement>(table, 'jonas', 1).value).toBe('partner');
  });

  it('an edit in the table shows in the map at once, is undoable there and announced', async () => {
    const { map, table } = await mountBoth();
    const ring = control<HTMLSelectElement>(table, 'henrik', 2);
    await userEvent.selectOptions(ring, '1');
    await settled(map, table);
    expect(map.inventory.people['henrik']!.tie.ring).toBe(1);
    expect(map.shadowRoot!.querySelector('g.person[data-id="henrik"]')!.getAttribute('aria-label')).toContain('ring 1');
    expect(map.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('Henrik moved to the inner circle.');
    const conflict = control<HTMLSelectElement>(table, 'henrik', 3);
    await userEvent.selectOptions(conflict, 'high');
    expect(map.inventory.people['henrik']!.tie.conflict).toBe('high');
    map.undo();
    await settled(map, table);
    expect(control<HTMLSelectElement>(table, 'henrik', 3).value).toBe(maya.intake.people['henrik']!.tie.conflict);
  });

  it('an edit in the map shows in the table at once', async () => {
    const { map, table } = await mountBoth();
    map.dispatch({ name: 'setSupport', args: { id: 'jonas', support: 'none' } });
    await settled(map, table);
    expect(control<HTMLSelectElement>(table, 'jonas', 4).value).toBe('none');
    map.dispatch({ name: 'removePerson', args: { id: 'jonas' } });
    await settled(map, table);
    expect(row(table, 'jonas')).toBeNull();
  });

  it('a vetoed change leaves both views as they were', async () => {
    const { map, table } = await mountBoth();
    map.addEventListener('relmap-change', (e) => e.preventDefault());
    await userEvent.selectOptions(control<HTMLSelectElement>(table, 'henrik', 2), '1');
    await settled(map, table);
    expect(map.inventory.people['henrik']!.tie.ring).toBe(3);
    expect(control<HTMLSelectElement>(table, 'henrik', 2).value).toBe('3');
  });

  it('builds an inventory by keyboard: type a name, Enter, then edit the row', async () => {
    const { map, table } = await mountBoth(createInventory({ clientLabel: 'Sam' }));
    const input = table.shadowRoot!.querySelector<HTMLInputElement>('form.add input')!;
    input.focus();
    await userEvent.keyboard('Alex{Enter}');
    await settled(map, table);
    const alex = Object.values(map.inventory.people)[0]!;
    expect(alex.name).toBe('Alex');
    expect(input.value).toBe('');
    const name = control<HTMLInputElement>(table, alex.id, 0);
    name.focus();
    await userEvent.keyboard('{Control>}a{/Control}Alexandra{Tab}');
    await settled(map, table);
    expect(map.inventory.people[alex.id]!.name).toBe('Alexandra');
    // Tab moves on to the relationship select, then the ring; arrow keys change a closed select in Chromium on Linux.
    expect(table.shadowRoot!.activeElement?.getAttribute('aria-label')).toBe('Relationship, Alexandra');
    await userEvent.keyboard('{ArrowUp}');
    await settled(map, table);
    expect(map.inventory.people[alex.id]!.category).toBe('community');
    await userEvent.keyboard('{Tab}{ArrowUp}');
    await settled(map, table);
    expect(map.inventory.people[alex.id]!.tie.ring).toBe(2);
  });

  it('marks a person deceased and living again with a checkbox, shown on the map and announced', async () => {
    const { map, table } = await mountBoth();
    const box = row(table, 'erik').querySelector<HTMLInputElement>('input.deceased')!;
    expect(box.getAttribute('aria-label')).toBe('Deceased, Erik');
    box.focus();
    await userEvent.keyboard(' ');
    await settled(map, table);
    expect(map.inventory.people['erik']!.status).toBe('deceased');
    expect(map.shadowRoot!.querySelector('g.person[data-id="erik"]')!.classList.contains('deceased')).toBe(true);
    expect(map.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('Erik: deceased.');
    await userEvent.keyboard(' ');
    await settled(map, table);
    expect(map.inventory.people['erik']!.status).toBe('living');
  });

  it('sorts by a column header, with aria-sort, and keeps rows in place while editing', async () => {
    const { map, table } = await mountBoth();
    const nameHeader = table.shadowRoot!.querySelector('thead th')!;
    await userEvent.click(nameHeader.querySelector('button')!);
    await table.updateComplete;
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const names = (): string[] =>
      [...table.shadowRoot!.querySelectorAll('table[part="table"] tbody tr')].map((r) => (r.querySelector('input.name') as HTMLInputElement).value);
    const sorted = names();
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
    await userEvent.click(nameHeader.querySelector('button')!);
    await table.updateComplete;
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    const ringHeader = table.shadowRoot!.querySelectorAll('thead th')[2]!;
    await userEvent.click(ringHeader.querySelector('button')!);
    await table.updateComplete;
    const before = names();
    map.dispatch({ name: 'setCloseness', args: { id: 'henrik', ring: 1 } });
    await settled(map, table);
    expect(names()).toEqual(before);
  });

  it('is read-only when the map is, and leaves private notes out of the DOM when presenting', async () => {
    const c = cases.find((x) => Object.values(x.intake.people).some((p) => p.notes?.sensitivity === 'private'))!;
    const { map, table } = await mountBoth(c.intake);
    map.readonly = true;
    await settled(map, table);
    expect(table.shadowRoot!.querySelectorAll('select:not([disabled]), input:not([disabled]), button.remove')).toHaveLength(0);
    map.readonly = false;
    map.presenting = true;
    await settled(map, table);
    const privateNote = Object.values(c.intake.people).find((p) => p.notes?.sensitivity === 'private')!.notes!.text;
    expect(table.shadowRoot!.textContent).not.toContain(privateNote);
    expect(table.shadowRoot!.querySelector('input.name')).toBeNull();
  });

  it('says it is not connected when no map is found', async () => {
    const table = document.createElement('relationship-table');
    table.setAttribute('for', 'nowhere');
    document.body.append(table);
    await table.updateComplete;
    expect(table.shadowRoot!.textContent).toContain('Not connected');
  });

  // Every teaching case, both tables and both forms: their people, ties, deceased people and labels differ.
  for (const c of cases) {
    it(`passes axe-core with ${c.id}, people and ties`, async () => {
      const { table } = await mountBoth(c.session12);
      expect(table.shadowRoot!.querySelectorAll('table.ties tr[data-tie]')).toHaveLength(Object.keys(c.session12.ties).length);
      expect(await axeViolations(table)).toEqual([]);
    });
  }

  it('passes axe-core read-only, with the ties table holding no controls', async () => {
    const { map, table } = await mountBoth(maya.session12);
    map.readonly = true;
    await settled(map, table);
    expect(await axeViolations(table)).toEqual([]);
  });

  it('passes axe-core when empty, dark, and presenting', async () => {
    const { map, table } = await mountBoth(createInventory({ clientLabel: 'Sam' }));
    table.theme = 'dark';
    await table.updateComplete;
    expect(await axeViolations(table)).toEqual([]);
    map.inventory = maya.session12;
    map.presenting = true;
    await settled(map, table);
    expect(await axeViolations(table)).toEqual([]);
  });
});
