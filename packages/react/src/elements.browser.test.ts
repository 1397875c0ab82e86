import { addGoal, addPerson, createInventory, recordEvent, takeSnapshot, type Inventory } from '@relmap/core';
import { act, createElement as h, createRef, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { RelationshipCompare, RelationshipDetail, RelationshipGoals, RelationshipMap, RelationshipTable, RelationshipTimeline } from './index.ts';
import { render } from './testing/render.ts';

const renderWide = (node: ReactNode): HTMLElement => render(node, { width: 900, height: 600 });

const inventory: Inventory = addPerson(addPerson(createInventory({ clientLabel: 'Maya' }), { id: 'p1', name: 'Jonas Berg', category: 'partner', ring: 1 }), {
  id: 'p2',
  name: 'Ruth',
  category: 'parent',
  ring: 2,
});

describe('the table, detail and compare components for React', () => {
  it('binds the table to the map by htmlFor: it lists the people, and an edit in it reaches onRelmapChange', async () => {
    const changes: string[] = [];
    const table = createRef<HTMLElementTagNameMap['relationship-table']>();
    renderWide([
      h(RelationshipMap, { key: 'm', id: 'map', inventory, onRelmapChange: (e) => changes.push(e.detail.command) }),
      h(RelationshipTable, { key: 't', ref: table, htmlFor: 'map' }),
    ]);
    expect(table.current).toBeInstanceOf(customElements.get('relationship-table')!);
    expect(table.current!.htmlFor).toBe('map');
    await expect.poll(() => table.current!.shadowRoot?.querySelectorAll('tbody tr[data-id]').length).toBe(2);
    const selects = [...table.current!.shadowRoot!.querySelectorAll<HTMLSelectElement>('tr[data-id="p2"] select')];
    const ring = selects.find((s) => s.options[0]?.textContent?.trim() === inventory.settings.ringLabels[0])!;
    ring.value = '1';
    act(() => void ring.dispatchEvent(new Event('change', { bubbles: true })));
    expect(changes).toEqual(['setCloseness']);
  });

  it('shows the selected person in the detail panel, and hides their name when the map presents', async () => {
    const map = createRef<HTMLElementTagNameMap['relationship-map']>();
    const detail = createRef<HTMLElementTagNameMap['relationship-detail']>();
    renderWide([
      h(RelationshipMap, { key: 'm', id: 'map2', ref: map, inventory }),
      h(RelationshipDetail, { key: 'd', ref: detail, htmlFor: 'map2', personId: 'p1' }),
    ]);
    await expect.poll(() => detail.current!.shadowRoot?.textContent ?? '').toContain('Jonas Berg');
    act(() => void (map.current!.presenting = true));
    await expect.poll(() => detail.current!.shadowRoot?.textContent ?? '').not.toContain('Jonas Berg');
  });

  it('binds the timeline to the map by htmlFor: selecting an event highlights its people on the map', async () => {
    const map = createRef<HTMLElementTagNameMap['relationship-map']>();
    const timeline = createRef<HTMLElementTagNameMap['relationship-timeline']>();
    const withEvent = recordEvent(inventory, { id: 'move', kind: 'move', date: '2025-03', people: ['p2'], label: { text: 'Moved', sensitivity: 'shareable' } });
    renderWide([
      h(RelationshipMap, { key: 'm', id: 'map4', ref: map, inventory: withEvent }),
      h(RelationshipTimeline, { key: 't', ref: timeline, htmlFor: 'map4' }),
    ]);
    expect(timeline.current).toBeInstanceOf(customElements.get('relationship-timeline')!);
    await expect.poll(() => timeline.current!.shadowRoot?.querySelectorAll('li[role="option"]').length).toBe(1);
    act(() => timeline.current!.shadowRoot!.querySelector<HTMLElement>('li[role="option"]')!.click());
    await expect.poll(() => map.current!.highlight).toEqual(['p2']);
  });

  it('binds the goals component to the map by htmlFor, and labels people by the map while presenting', async () => {
    const map = createRef<HTMLElementTagNameMap['relationship-map']>();
    const goals = createRef<HTMLElementTagNameMap['relationship-goals']>();
    const withGoal = addGoal(inventory, { id: 'g', wording: { text: 'See Ruth weekly', sensitivity: 'shareable' }, people: ['p1'] });
    renderWide([
      h(RelationshipMap, { key: 'm', id: 'map5', ref: map, inventory: withGoal, presenting: true }),
      h(RelationshipGoals, { key: 'g', ref: goals, htmlFor: 'map5' }),
    ]);
    expect(goals.current).toBeInstanceOf(customElements.get('relationship-goals')!);
    await expect.poll(() => goals.current!.shadowRoot?.querySelectorAll('li.goal').length).toBe(1);
    // Presenting with initials: the shareable wording names Ruth by her label too (session rule S3).
    expect(goals.current!.shadowRoot!.textContent).toContain('See R weekly');
    expect(goals.current!.shadowRoot!.textContent).not.toContain('Ruth');
    expect(goals.current!.shadowRoot!.textContent).not.toContain('Jonas Berg');
  });

  it('draws two snapshots in the compare component, set as properties', async () => {
    const compare = createRef<HTMLElementTagNameMap['relationship-compare']>();
    const earlier = takeSnapshot(inventory, { label: 'Intake', takenAt: '2026-01-05T10:00:00.000Z' });
    const later = takeSnapshot(addPerson(inventory, { id: 'p3', name: 'Lea', ring: 3 }), { label: 'Week 12', takenAt: '2026-03-30T10:00:00.000Z' });
    renderWide(h(RelationshipCompare, { ref: compare, earlier, later, mode: 'side-by-side' }));
    expect(compare.current!.earlier).toBe(earlier);
    expect(compare.current!.mode).toBe('side-by-side');
    await expect.poll(() => compare.current!.shadowRoot?.querySelectorAll('relationship-map').length).toBe(2);
  });

  it('renders the elements as JSX tags too, with attributes and properties', async () => {
    const host = renderWide([h('relationship-map', { key: 'm', id: 'map3', inventory, presenting: true }), h('relationship-table', { key: 't', for: 'map3' })]);
    const map = host.querySelector('relationship-map')!;
    const table = host.querySelector('relationship-table')!;
    expect(map.inventory).toEqual(inventory);
    expect(table.getAttribute('for')).toBe('map3');
    await expect.poll(() => table.shadowRoot?.querySelectorAll('tbody tr[data-id]').length).toBe(2);
    // Presenting: the table, bound to a presenting map, shows initials, not names.
    await expect.poll(() => table.shadowRoot!.textContent ?? '').not.toContain('Jonas Berg');
  });
});
