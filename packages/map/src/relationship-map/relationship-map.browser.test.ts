import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cases, maya, tomas } from '@relmap/cases';
import { addPerson, createInventory, parseInventory, type Inventory } from '@relmap/core';
import { legendKeysFor } from '../visual/index.ts';
import type { RelmapChangeEvent } from '../events.ts';
import { cleanup, mapCentre, mountMap, nextFrame, personCentre, personNode, ringEdge } from '../testing/mount.ts';
import { realDrag } from '../testing/real-pointer.ts';

afterEach(cleanup);

function shuffled(inv: Inventory): Inventory {
  const reverse = <T>(r: Readonly<Record<string, T>>): Record<string, T> => Object.fromEntries(Object.entries(r).reverse());
  const result = parseInventory({
    ...inv,
    people: reverse(inv.people),
    ties: reverse(inv.ties),
    events: reverse(inv.events),
    focus: reverse(inv.focus),
  });
  if (!result.ok) throw new Error('shuffle broke the inventory');
  return result.inventory;
}

function changes(map: HTMLElement): RelmapChangeEvent[] {
  const seen: RelmapChangeEvent[] = [];
  map.addEventListener('relmap-change', (e) => seen.push(e));
  return seen;
}

describe('<relationship-map> rendering', () => {
  for (const c of cases) {
    for (const when of ['intake', 'session12'] as const) {
      it(`draws ${c.id} (${when}): one element per person, every ring, a legend entry per style in use`, async () => {
        const inv = c[when];
        const map = await mountMap(inv);
        const root = map.shadowRoot!;
        expect(root.querySelectorAll('g.person')).toHaveLength(Object.keys(inv.people).length);
        expect(root.querySelectorAll('circle.ring')).toHaveLength(inv.settings.rings);
        const keys = legendKeysFor(inv);
        expect(keys.length).toBeGreaterThan(0);
        expect(root.querySelectorAll('[part~="legend"] li')).toHaveLength(keys.length);
        const labels = [...root.querySelectorAll('g.person .label')].map((t) => t.textContent);
        for (const person of Object.values(inv.people)) expect(labels).toContain(person.name);
      });
    }
  }

  it('marks deceased people with a cross and their date', async () => {
    const daniel = cases.find((c) => c.id === 'daniel')!;
    const map = await mountMap(daniel.intake);
    const helen = Object.values(daniel.intake.people).find((p) => p.name === 'Helen')!;
    const node = personNode(map, helen.id);
    expect(node.classList.contains('deceased')).toBe(true);
    expect(node.querySelector('.cross')).not.toBeNull();
    expect(node.querySelector('.dates')!.textContent).toContain(helen.died!);
  });

  it('shows initials, not names, when presenting without a chosen label mode', async () => {
    const map = await mountMap(maya.intake);
    map.presenting = true;
    await map.updateComplete;
    const text = map.shadowRoot!.textContent;
    for (const person of Object.values(maya.intake.people)) {
      if (person.kind === 'person') expect(text).not.toContain(person.name);
    }
    expect(personNode(map, 'jonas').getAttribute('aria-label')).not.toContain('Jonas');
  });

  it('positions people the same whatever the order of the records', async () => {
    const a = await mountMap(maya.intake);
    const first = Object.keys(maya.intake.people).map((id) => personNode(a, id).getAttribute('transform'));
    cleanup();
    const b = await mountMap(shuffled(maya.intake));
    const second = Object.keys(maya.intake.people).map((id) => personNode(b, id).getAttribute('transform'));
    expect(second).toEqual(first);
  });

  it('refuses an invalid inventory with relmap-error and keeps the current one', async () => {
    const map = await mountMap(tomas.intake);
    const errors: string[] = [];
    map.addEventListener('relmap-error', (e) => errors.push(e.detail.error.path));
    map.inventory = { ...tomas.intake, settings: { ...tomas.intake.settings, rings: 9 } };
    expect(errors).toEqual(['settings.rings']);
    expect(map.inventory).toEqual(tomas.intake);
  });
});

describe('<relationship-map> pointer', () => {
  it('dragging a person onto the inner ring sets their closeness, as one undoable change', async () => {
    const map = await mountMap(maya.intake);
    const seen = changes(map);
    const henrik = maya.intake.people['henrik']!;
    expect(henrik.tie.ring).toBe(3);
    const from = personCentre(map, 'henrik');
    const centre = mapCentre(map);
    const ring1 = ringEdge(map, 1);
    const angle = Math.atan2(from.y - centre.y, from.x - centre.x);
    const to = { x: centre.x + Math.cos(angle) * ring1 * 0.75, y: centre.y + Math.sin(angle) * ring1 * 0.75 };
    await realDrag(from, to);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.detail.command).toBe('moveToRing');
    expect(seen[0]!.detail.inventory.people['henrik']!.tie.ring).toBe(1);
    expect(map.inventory.people['henrik']!.tie.ring).toBe(1);
    expect(map.inventory.people['henrik']!.pin).toBeDefined();
    expect(map.undo()).toBe(true);
    expect(map.inventory.people['henrik']).toEqual(henrik);
  });

  it('a cancelled relmap-change leaves the inventory as it was; applying its detail keeps it undoable', async () => {
    const map = await mountMap(maya.intake);
    let vetoed: RelmapChangeEvent | undefined;
    map.addEventListener('relmap-change', (e) => {
      e.preventDefault();
      vetoed = e;
    });
    const before = map.inventory;
    const from = personCentre(map, 'erik');
    const centre = mapCentre(map);
    await realDrag(from, { x: centre.x + 5, y: centre.y - ringEdge(map, 1) * 0.7 });
    expect(vetoed).toBeDefined();
    expect(map.inventory).toBe(before);
    map.inventory = vetoed!.detail.inventory;
    expect(map.inventory).toBe(vetoed!.detail.inventory);
    expect(map.canUndo).toBe(true);
  });

  it('shift-dragging from one person to another links them', async () => {
    const map = await mountMap(maya.intake);
    const seen = changes(map);
    await realDrag(personCentre(map, 'ola'), personCentre(map, 'karin'), { shift: true });
    expect(seen.map((e) => e.detail.command)).toEqual(['linkPeople']);
    const tie = Object.values(map.inventory.ties).find((t) => [t.a, t.b].sort().join() === 'karin,ola');
    expect(tie).toBeDefined();
  });
});

describe('<relationship-map> keyboard', () => {
  it('Tab reaches the map, arrows move between people, + and - change the ring', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    const map = await mountMap(maya.intake);
    before.focus();
    await userEvent.tab();
    // The toolbar comes first in tab order; tab until a person has focus.
    for (let i = 0; i < 12 && !map.shadowRoot!.activeElement?.hasAttribute('data-id'); i++) await userEvent.tab();
    const first = map.shadowRoot!.activeElement!.getAttribute('data-id')!;
    expect(first).toBeTruthy();
    await userEvent.keyboard('{ArrowRight}');
    await map.updateComplete;
    await nextFrame();
    const second = map.shadowRoot!.activeElement?.getAttribute('data-id');
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const ring = map.inventory.people[second!]!.tie.ring;
    await userEvent.keyboard('{-}');
    const outward = Math.min(ring + 1, 3);
    expect(map.inventory.people[second!]!.tie.ring).toBe(outward);
    await userEvent.keyboard('{+}');
    expect(map.inventory.people[second!]!.tie.ring).toBe(outward - 1);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(map.inventory.people[second!]!.tie.ring).toBe(outward);
    before.remove();
  });

  it('adds a person by typing a name and pressing Enter, on the chosen ring', async () => {
    const map = await mountMap(createInventory({ clientLabel: 'Sam' }));
    const input = map.shadowRoot!.querySelector<HTMLInputElement>('.quick-add input')!;
    const ring = map.shadowRoot!.querySelector<HTMLSelectElement>('.quick-add select')!;
    await userEvent.selectOptions(ring, '1');
    await userEvent.type(input, 'Alex{Enter}');
    await userEvent.type(input, 'Bo{Enter}');
    expect(Object.values(map.inventory.people).map((p) => [p.name, p.tie.ring])).toEqual([
      ['Alex', 1],
      ['Bo', 1],
    ]);
    expect(input.value).toBe('');
    expect(map.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('Bo added');
  });

  it('in read-only mode keys and drags change nothing', async () => {
    const map = await mountMap(tomas.intake);
    map.readonly = true;
    await map.updateComplete;
    const before = map.inventory;
    personNode(map, 'carmen').focus();
    await userEvent.keyboard('{-}{Delete}');
    await realDrag(personCentre(map, 'luis'), { x: 10, y: 10 });
    expect(map.inventory).toBe(before);
  });
});

describe('<relationship-map> lifecycle and export', () => {
  it('after removal no animation frames or timers keep running', async () => {
    const map = await mountMap(maya.intake);
    map.inventory = addPerson(map.inventory, { id: 'new-person', name: 'New person' });
    const calls = { raf: 0 };
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => {
      calls.raf++;
      return original.call(window, cb);
    };
    try {
      map.dispatch({ name: 'setCloseness', args: { id: 'erik', ring: 1 } });
      map.remove();
      calls.raf = 0;
      await new Promise((r) => setTimeout(r, 200));
      expect(calls.raf).toBe(0);
    } finally {
      window.requestAnimationFrame = original;
    }
  });

  it('fires relmap-settle when the layout comes to rest after an edit', async () => {
    const map = await mountMap(maya.intake);
    const settled = new Promise((resolve) => map.addEventListener('relmap-settle', resolve, { once: true }));
    map.dispatch({ name: 'setCloseness', args: { id: 'erik', ring: 1 } });
    await expect(settled).resolves.toBeDefined();
  });

  it('toSVG gives a standalone SVG with every label and no interactive attributes', async () => {
    const map = await mountMap(maya.intake);
    const text = await map.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    for (const person of Object.values(maya.intake.people)) expect(text).toContain(person.name);
    expect(text).not.toContain('tabindex');
    const png = await map.toPNG(1);
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(1000);
  });
});
