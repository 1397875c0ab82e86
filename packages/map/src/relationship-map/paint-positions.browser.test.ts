import { afterEach, describe, expect, it } from 'vitest';
import { addPerson, createInventory, linkPeople, type Inventory } from '@relmap/core';
import type { LayoutSnapshot, NodePosition } from '@relmap/layout';
import { cleanup, mountMap, nextFrame, personNode } from '../testing/mount.ts';
import { paintPositions } from './draw-lines.ts';

afterEach(cleanup);

function family(): Inventory {
  let inv = createInventory({ clientLabel: 'Client' });
  inv = addPerson(inv, { id: 'a', name: 'Ada', ring: 1, category: 'partner' });
  inv = addPerson(inv, { id: 'b', name: 'Ben', ring: 2, category: 'friend' });
  inv = addPerson(inv, { id: 'c', name: 'Cy', ring: 3, category: 'colleague' });
  return linkPeople(inv, { id: 'a-b', a: 'a', b: 'b' });
}

function snapshotOf(map: HTMLElement): LayoutSnapshot {
  return (map as unknown as { layout: { snapshot: LayoutSnapshot } }).layout.snapshot;
}

function moved(snapshot: LayoutSnapshot, id: string, dx: number, dy: number): LayoutSnapshot {
  const positions = new Map<string, NodePosition>(snapshot.positions);
  const at = positions.get(id)!;
  positions.set(id, { ...at, x: at.x + dx, y: at.y + dy });
  return { ...snapshot, positions };
}

function lineD(map: HTMLElement, kind: 'client' | 'person', id: string): string | null {
  return map.shadowRoot!.querySelector(`g.lines g[data-kind="${kind}"][data-id="${id}"] path.line-stroke`)?.getAttribute('d') ?? null;
}

function countRenders(map: HTMLElement): { count: number } {
  const counter = { count: 0 };
  const target = map as unknown as { render(): unknown };
  const render = target.render.bind(map);
  target.render = () => {
    counter.count++;
    return render();
  };
  return counter;
}

describe('moving what is drawn without rendering the element', () => {
  it('paintPositions moves a person, their line to the client and their ties, and nothing else', async () => {
    const map = await mountMap(family());
    const inv = map.inventory;
    const before = { a: personNode(map, 'a').getAttribute('transform'), c: personNode(map, 'c').getAttribute('transform') };
    const lines = { a: lineD(map, 'client', 'a'), c: lineD(map, 'client', 'c'), tie: lineD(map, 'person', Object.keys(inv.ties)[0]!) };
    expect(lines.a).not.toBeNull();

    paintPositions(map.shadowRoot!, inv, moved(snapshotOf(map), 'a', 40, -30));

    expect(personNode(map, 'a').getAttribute('transform')).not.toBe(before.a);
    expect(lineD(map, 'client', 'a')).not.toBe(lines.a);
    expect(lineD(map, 'person', Object.keys(inv.ties)[0]!)).not.toBe(lines.tie);
    expect(personNode(map, 'c').getAttribute('transform')).toBe(before.c);
    expect(lineD(map, 'client', 'c')).toBe(lines.c);
  });

  it('a drag moves the person every frame but renders the element only when it starts and ends', async () => {
    const map = await mountMap(family());
    const layout = (map as unknown as { layout: { drag(id: string, x: number, y: number): void; release(id: string): void } }).layout;
    const start = snapshotOf(map).positions.get('b')!;
    const renders = countRenders(map);
    const seen = new Set<string | null>();
    // While they move, people are drawn as copies on the live container; the person stays in the map, invisible.
    const copyOfBen = (): SVGGElement | undefined =>
      [...map.shadowRoot!.querySelectorAll<SVGGElement>('g.people-live > g.person')].find((g) => g.textContent.includes('Ben'));
    for (let i = 1; i <= 10; i++) {
      // Along the ring's tangent, so that the nearest ring stays the same.
      layout.drag('b', start.x + (start.y / Math.hypot(start.x, start.y)) * i * 3, start.y - (start.x / Math.hypot(start.x, start.y)) * i * 3);
      await nextFrame();
      await nextFrame();
      seen.add(copyOfBen()?.getAttribute('transform') ?? null);
    }
    expect(seen.size).toBeGreaterThanOrEqual(8);
    expect(seen.has(null)).toBe(false);
    const copy = copyOfBen()!;
    expect(getComputedStyle(personNode(map, 'b')).opacity).toBe('0');
    expect(getComputedStyle(copy).opacity).toBe('1');
    expect(copy.closest('[aria-hidden="true"]')).not.toBeNull();
    expect([copy, ...copy.querySelectorAll('*')].filter((n) => n.hasAttribute('id') || n.hasAttribute('tabindex') || n.hasAttribute('data-id'))).toEqual([]);
    expect(map.shadowRoot!.querySelectorAll('g.person[data-id]')).toHaveLength(3);
    expect(renders.count).toBeLessThanOrEqual(2);

    // Onto the inner ring: the drop target moves there, still without a render.
    const inner = snapshotOf(map).ringRadii[0]!;
    const r = Math.hypot(start.x, start.y);
    layout.drag('b', (start.x / r) * inner, (start.y / r) * inner);
    await nextFrame();
    const targets = () => [...map.shadowRoot!.querySelectorAll('circle.ring.target')].map((c) => c.getAttribute('class'));
    expect(targets()).toEqual(['ring ring-1 target']);
    expect(map.shadowRoot!.querySelector('circle.ring.target')!.getAttribute('part')).toBe('ring ring-target');
    expect(renders.count).toBeLessThanOrEqual(2);

    const settled = new Promise<void>((resolve) => map.addEventListener('relmap-settle', () => resolve(), { once: true }));
    layout.release('b');
    expect(targets()).toEqual([]);
    await settled;
    await map.updateComplete;
    // The copies are gone and the people are seen again.
    expect(map.shadowRoot!.querySelectorAll('g.people-live > *')).toHaveLength(0);
    expect(getComputedStyle(personNode(map, 'b')).opacity).toBe('1');
    // At rest every person is drawn exactly where the layout put them, whatever the frames before skipped.
    const snap = snapshotOf(map);
    for (const id of ['a', 'b', 'c']) {
      const at = snap.positions.get(id)!;
      expect(personNode(map, id).getAttribute('transform')).toBe(`translate(${Math.round(at.x * 10) / 10} ${Math.round(at.y * 10) / 10})`);
    }
  });

  it('a copy drawn during a drag shows what its person shows: presenting mid-drag leaves no name on screen', async () => {
    const map = await mountMap(family());
    const layout = (map as unknown as { layout: { drag(id: string, x: number, y: number): void; release(id: string): void } }).layout;
    const start = snapshotOf(map).positions.get('b')!;
    for (let i = 1; i <= 4; i++) {
      layout.drag('b', start.x + i * 4, start.y + i * 4);
      await nextFrame();
    }
    const copies = (): SVGGElement[] => [...map.shadowRoot!.querySelectorAll<SVGGElement>('g.people-live > g.person')];
    expect(copies().some((g) => g.textContent.includes('Ben'))).toBe(true);
    map.presenting = true;
    await map.updateComplete;
    await nextFrame();
    expect(copies().length).toBeGreaterThan(0);
    for (const copy of copies()) expect(copy.textContent).not.toMatch(/Ben|Ada|Cy/);
    expect(map.shadowRoot!.textContent).not.toContain('Ben');
    layout.release('b');
  });
});
