import { afterEach, describe, expect, it } from 'vitest';
import { addPerson, createInventory, type Inventory } from '@relmap/core';
import { cleanupBoth, mountBoth, settled } from '../relationship-table/testing/mount-table.ts';
import { accessibilityTree, findAll } from '../testing/accessibility-tree.ts';

afterEach(cleanupBoth);

function withPeople(...names: string[]): Inventory {
  let inv = createInventory({ clientLabel: 'Client' });
  for (const name of names) inv = addPerson(inv, { name, ring: 2 });
  return inv;
}

describe('people whose labels collide are told apart', () => {
  it('two people with the same initials show, and are named, differently on a presenting map', async () => {
    const { map, table } = await mountBoth(withPeople('Anna Berg', 'Anders Bo', 'Jonas'));
    map.presenting = true;
    await settled(map, table);
    const shown = [...map.shadowRoot!.querySelectorAll('g.person .label')].map((t) => t.textContent.trim());
    expect(shown.sort()).toEqual(['AB', 'AB 2', 'J']);
    const tree = await accessibilityTree();
    const people = findAll(tree, (n) => n.role === 'button' && /^AB/.test(n.name ?? '')).map((n) => n.name.split(',')[0]);
    expect(new Set(people)).toEqual(new Set(['AB', 'AB 2']));
  });

  it("eight people called Alex are eight different choices in the table's tie picker", async () => {
    const { map, table } = await mountBoth(withPeople(...Array.from({ length: 8 }, () => 'Alex')));
    await settled(map, table);
    const pickers = [...table.shadowRoot!.querySelectorAll('select')].filter((s) => s.options.length === 8);
    expect(pickers.length).toBeGreaterThan(0);
    for (const picker of pickers) {
      const texts = [...picker.options].map((o) => o.textContent.trim());
      expect(new Set(texts).size).toBe(8);
      expect(texts).toContain('Alex');
      expect(texts).toContain('Alex 2');
    }
  });
});
