/// <reference types="vite/client" />
import { addPerson, createInventory, serializeInventory, type Inventory } from '@relmap/core';
import '@relmap/map';
import type { RelationshipMap } from '@relmap/map';
import { afterEach, describe, expect, it } from 'vitest';
import guide from './commands.md?raw';

// The recipes of docs/commands.md that use the element, as written there: scripts/doc-snippets.mjs extracts them
// to .doc-snippets/browser before the browser tests start, numbered in the guide's order.
async function recipe<T>(exported: string): Promise<T> {
  const blocks = [...guide.matchAll(/^```(ts|tsx)\n([\s\S]*?)^```$/gm)].map((m) => m[2]!);
  const index = blocks.findIndex((code) => code.includes(`export function ${exported}(`));
  expect(index, `docs/commands.md exports ${exported}`).toBeGreaterThanOrEqual(0);
  const module = (await import(/* @vite-ignore */ `/.doc-snippets/browser/docs-commands-${index + 1}.ts`)) as Record<string, T>;
  return module[exported]!;
}

const start: Inventory = addPerson(addPerson(createInventory({ clientLabel: 'Maya' }), { id: 'p1', name: 'Jonas Berg', category: 'partner', ring: 3 }), {
  id: 'p2',
  name: 'Ruth',
  category: 'parent',
  ring: 2,
});
const labels = (map: RelationshipMap) => [...map.shadowRoot!.querySelectorAll('[part~="person-label"]')].map((l) => l.textContent);

let map: RelationshipMap;
function mount(): RelationshipMap {
  map = document.createElement('relationship-map');
  map.style.cssText = 'display:block;width:600px;height:400px';
  document.body.append(map);
  return map;
}
afterEach(() => map?.remove());

describe('docs/commands.md: the recipes that use the element', () => {
  it('bringCloser: two commands as one undoable step on the element', async () => {
    const bringCloser = await recipe<(map: RelationshipMap, id: string) => boolean>('bringCloser');
    const open = await recipe<(map: RelationshipMap, inventory: Inventory) => void>('open');
    mount();
    open(map, start);
    expect(bringCloser(map, 'p1')).toBe(true);
    expect(map.inventory.people['p1']!.tie).toMatchObject({ ring: 1, contact: 'daily' });
    map.undo();
    expect(map.inventory.people['p1']!.tie.ring).toBe(3);
    expect(map.inventory.people['p1']!.tie.contact).toBeUndefined();
  });

  it('control: a controlled map applies what the host accepts and refuses an unconfirmed removal', async () => {
    const control = await recipe<(map: RelationshipMap, state: { inventory: Inventory }, confirm: () => boolean) => void>('control');
    mount().inventory = start;
    const state = { inventory: start };
    control(map, state, () => false);
    map.dispatch({ name: 'setConflict', args: { id: 'p1', conflict: 'high' } });
    expect(state.inventory.people['p1']!.tie.conflict).toBe('high');
    expect(map.inventory.people['p1']!.tie.conflict).toBe('high');
    map.dispatch({ name: 'removePerson', args: { id: 'p2' } });
    expect(map.inventory.people['p2']).toBeDefined();
    map.undo(); // the accepted change stayed undoable
    expect(map.inventory.people['p1']!.tie.conflict).toBe('none');
  });

  it('persist: restores from storage, saves every change, and starts afresh from an unreadable save', async () => {
    const persist = await recipe<(map: RelationshipMap, storage: Storage, key?: string) => void>('persist');
    sessionStorage.setItem('relmap-test', serializeInventory(start));
    persist(mount(), sessionStorage, 'relmap-test');
    expect(Object.keys(map.inventory.people)).toEqual(['p1', 'p2']);
    map.dispatch({ name: 'setCloseness', args: { id: 'p2', ring: 1 } });
    expect(JSON.parse(sessionStorage.getItem('relmap-test')!).people.p2.tie.ring).toBe(1);
    map.remove();

    sessionStorage.setItem('relmap-test', '{"schema":"relmap/inventory","version":1,');
    persist(mount(), sessionStorage, 'relmap-test');
    expect(Object.keys(map.inventory.people)).toEqual([]);
    sessionStorage.removeItem('relmap-test');
  });

  it('presentingToggle: the button turns presenting on, and the map then shows initials, not names', async () => {
    const presentingToggle = await recipe<(map: RelationshipMap, button: HTMLButtonElement) => void>('presentingToggle');
    mount().inventory = start;
    const button = document.createElement('button');
    presentingToggle(map, button);
    await expect.poll(() => labels(map)).toContain('Jonas Berg');
    button.click();
    expect(map.presenting).toBe(true);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => labels(map)).not.toContain('Jonas Berg');
    expect(map.shadowRoot!.textContent).not.toContain('Jonas Berg');
  });
});
