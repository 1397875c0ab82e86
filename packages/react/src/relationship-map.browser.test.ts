import { addPerson, createInventory, type Inventory } from '@relmap/core';
import type { RelmapChangeEvent } from '@relmap/map';
import { act, createElement as h, createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { RelationshipMap } from './index.ts';

import { render } from './testing/render.ts';

const inventory: Inventory = addPerson(createInventory({ clientLabel: 'Maya' }), { id: 'jonas', name: 'Jonas', category: 'partner', ring: 1 });

describe('RelationshipMap for React', () => {
  it('sets the inventory and boolean props as element properties, not attributes', () => {
    const ref = createRef<HTMLElementTagNameMap['relationship-map']>();
    render(h(RelationshipMap, { ref, inventory, readonly: true }));
    expect(ref.current).toBeInstanceOf(customElements.get('relationship-map')!);
    expect(ref.current!.inventory).toEqual(inventory);
    expect(ref.current!.readonly).toBe(true);
  });

  it('calls onRelmapChange with the typed event, and a controlled host can veto the change', () => {
    const seen: RelmapChangeEvent[] = [];
    const ref = createRef<HTMLElementTagNameMap['relationship-map']>();
    render(
      h(RelationshipMap, {
        ref,
        inventory,
        onRelmapChange: (event) => {
          seen.push(event);
          event.preventDefault();
        },
      }),
    );
    act(() => void ref.current!.dispatch({ name: 'setCloseness', args: { id: 'jonas', ring: 2 } }));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.detail.inventory.people['jonas']!.tie.ring).toBe(2);
    expect(ref.current!.inventory.people['jonas']!.tie.ring).toBe(1);
  });

  it('calls onRelmapSelect with the selected ids when the selection changes', async () => {
    const selections: (readonly string[])[] = [];
    const ref = createRef<HTMLElementTagNameMap['relationship-map']>();
    render(h(RelationshipMap, { ref, inventory, onRelmapSelect: (event) => selections.push(event.detail.ids) }));
    await ref.current!.updateComplete;
    act(() => ref.current!.focusPerson('jonas'));
    expect(selections).toContainEqual(['jonas']);
  });

  it('calls onRelmapDrag with whom the map says is dragged, and the phase', () => {
    const drags: string[] = [];
    const ref = createRef<HTMLElementTagNameMap['relationship-map']>();
    render(h(RelationshipMap, { ref, inventory, onRelmapDrag: (event) => drags.push(`${event.detail.phase}:${event.detail.id}`) }));
    // The map fires it from a pointer drag (its own browser tests drag for real); here only the prop's wiring counts.
    act(() => void ref.current!.dispatchEvent(new CustomEvent('relmap-drag', { detail: { id: 'jonas', phase: 'start' }, bubbles: true, composed: true })));
    expect(drags).toEqual(['start:jonas']);
  });
});
