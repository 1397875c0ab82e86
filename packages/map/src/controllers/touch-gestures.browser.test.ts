import { afterEach, describe, expect, it } from 'vitest';
import { addPerson, createInventory, type Inventory } from '@relmap/core';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { cleanup, mapCentre, mountMap, nextFrame, personCentre, ringEdge } from '../testing/mount.ts';
import { realTap, realTouch, type Point } from '../testing/real-touch.ts';

afterEach(cleanup);

// Real touch input through Chromium's DevTools protocol: the map receives PointerEvents of type `touch`, one per
// finger, as on a tablet.

function threePeople(): Inventory {
  let inv = createInventory();
  inv = addPerson(inv, { id: 'ana', name: 'Ana', ring: 3 });
  inv = addPerson(inv, { id: 'ben', name: 'Ben', ring: 2 });
  return addPerson(inv, { id: 'cleo', name: 'Cleo', ring: 1 });
}

const ids = ['ana', 'ben', 'cleo'] as const;

function screen(map: RelationshipMap): Record<string, Point> {
  return Object.fromEntries([...ids, 'client'].map((id) => [id, id === 'client' ? mapCentre(map) : personCentre(map, id)]));
}

function expectNear(actual: Point, expected: Point, tolerance = 1.5): void {
  expect(Math.abs(actual.x - expected.x), `x: ${actual.x} vs ${expected.x}`).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(actual.y - expected.y), `y: ${actual.y} vs ${expected.y}`).toBeLessThanOrEqual(tolerance);
}

/** A point on the map's background, away from everyone: below and left of the client, inside the outer ring. */
function background(map: RelationshipMap): Point {
  const c = mapCentre(map);
  const r = ringEdge(map, 3);
  return { x: c.x - r * 0.55, y: c.y + r * 0.55 };
}

describe('touch on the map', () => {
  it('pinching zooms about the point between the fingers, and changes nothing in the inventory', async () => {
    const map = await mountMap(threePeople());
    const before = screen(map);
    const inventory = map.inventory;
    const at = background(map);
    await realTouch(
      [
        { x: at.x - 40, y: at.y },
        { x: at.x + 40, y: at.y },
      ],
      [
        { x: at.x - 80, y: at.y },
        { x: at.x + 80, y: at.y },
      ],
    );
    await nextFrame();
    const after = screen(map);
    // Fingers twice as far apart: everything twice as far from the pinch centre, which stays put.
    for (const id of Object.keys(before)) expectNear(after[id]!, { x: at.x + (before[id]!.x - at.x) * 2, y: at.y + (before[id]!.y - at.y) * 2 });
    expect(map.inventory).toBe(inventory);
    expect(map.canUndo).toBe(false);
  });

  it('pinching in zooms out about the pinch centre', async () => {
    const map = await mountMap(threePeople());
    const before = screen(map);
    const at = background(map);
    await realTouch(
      [
        { x: at.x, y: at.y - 90 },
        { x: at.x, y: at.y + 90 },
      ],
      [
        { x: at.x, y: at.y - 60 },
        { x: at.x, y: at.y + 60 },
      ],
    );
    await nextFrame();
    const after = screen(map);
    for (const id of Object.keys(before)) expectNear(after[id]!, { x: at.x + ((before[id]!.x - at.x) * 2) / 3, y: at.y + ((before[id]!.y - at.y) * 2) / 3 });
  });

  it('two fingers moved together pan the view without zooming', async () => {
    const map = await mountMap(threePeople());
    const before = screen(map);
    const width = map.shadowRoot!.querySelector('g.person[data-id="ana"] .symbol')!.getBoundingClientRect().width;
    const at = background(map);
    const d = { x: 70, y: -45 };
    await realTouch(
      [
        { x: at.x - 50, y: at.y },
        { x: at.x + 50, y: at.y },
      ],
      [
        { x: at.x - 50 + d.x, y: at.y + d.y },
        { x: at.x + 50 + d.x, y: at.y + d.y },
      ],
    );
    await nextFrame();
    const after = screen(map);
    for (const id of Object.keys(before)) expectNear(after[id]!, { x: before[id]!.x + d.x, y: before[id]!.y + d.y });
    expect(map.shadowRoot!.querySelector('g.person[data-id="ana"] .symbol')!.getBoundingClientRect().width).toBeCloseTo(width, 1);
  });

  it('one finger on the background pans', async () => {
    const map = await mountMap(threePeople());
    const before = mapCentre(map);
    const at = background(map);
    await realTouch([at], [{ x: at.x + 60, y: at.y - 30 }]);
    await nextFrame();
    expectNear(mapCentre(map), { x: before.x + 60, y: before.y - 30 });
  });

  it('a finger drags a person onto a ring: their closeness changes, as one step that one undo takes back', async () => {
    const map = await mountMap(threePeople());
    const from = personCentre(map, 'ana');
    const centre = mapCentre(map);
    const r = ringEdge(map, 1) * 0.6;
    const d = Math.hypot(from.x - centre.x, from.y - centre.y);
    const to = { x: centre.x + ((from.x - centre.x) / d) * r, y: centre.y + ((from.y - centre.y) / d) * r };
    await realTouch([from], [to], { steps: 12 });
    expect(map.inventory.people.ana?.tie.ring).toBe(1);
    expect(map.undo()).toBe(true);
    expect(map.inventory.people.ana?.tie.ring).toBe(3);
    expect(map.canUndo).toBe(false);
  });

  it('a two-finger gesture that starts on a person does not drag them: it zooms, and the inventory is unchanged', async () => {
    const map = await mountMap(threePeople());
    const before = screen(map);
    const inventory = map.inventory;
    const ana = before.ana!;
    const other = { x: ana.x + 100, y: ana.y };
    // The first finger is on Ana and moves well past the drag threshold; the second lands beside her.
    await realTouch(
      [ana, other],
      [
        { x: ana.x - 50, y: ana.y + 20 },
        { x: other.x + 50, y: other.y + 20 },
      ],
    );
    await nextFrame();
    await map.updateComplete;
    expect(map.inventory).toBe(inventory);
    expect(map.canUndo).toBe(false);
    expect(map.selection).toEqual([]);
    // Ana moved with the view, not with the finger: everyone, Ana included, stands twice as far from the client as
    // before (zoom 2). Where the view ends up may be held back by the pan limit, since the pinch is near the top.
    const after = screen(map);
    for (const id of ids) {
      const was = { x: before[id]!.x - before['client']!.x, y: before[id]!.y - before['client']!.y };
      expectNear({ x: after[id]!.x - after['client']!.x, y: after[id]!.y - after['client']!.y }, { x: was.x * 2, y: was.y * 2 });
    }
  });

  it('in link mode, a finger drawn from one person to another links them, and a pinch that starts on a person links no one', async () => {
    const map = await mountMap(threePeople());
    map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-keyshortcuts="L"]')!.click();
    await map.updateComplete;
    const ana = personCentre(map, 'ana');
    const ben = personCentre(map, 'ben');
    await realTouch(
      [ana, { x: ana.x + 60, y: ana.y + 60 }],
      [
        { x: ben.x, y: ben.y },
        { x: ben.x + 60, y: ben.y + 60 },
      ],
    );
    await nextFrame();
    expect(Object.keys(map.inventory.ties)).toHaveLength(0);
    const a = personCentre(map, 'ana');
    const b = personCentre(map, 'ben');
    await realTouch([a], [b], { steps: 10 });
    expect(Object.values(map.inventory.ties).map((t) => [t.a, t.b].sort())).toEqual([['ana', 'ben']]);
  });

  it('two-finger taps on a person neither select nor rename them; one finger selects', async () => {
    const map = await mountMap(threePeople());
    const ana = personCentre(map, 'ana');
    await realTap(ana, { x: ana.x + 30, y: ana.y + 10 });
    await realTap(ana, { x: ana.x + 30, y: ana.y + 10 });
    await map.updateComplete;
    expect(map.selection).toEqual([]);
    expect(map.shadowRoot!.querySelector('input.rename')).toBeNull();
    await realTap(ana);
    await map.updateComplete;
    expect(map.selection).toEqual(['ana']);
    expect(map.shadowRoot!.querySelector('input.rename')).toBeNull();
  });

  it('a fingertip reaches a person on a zoomed-out map, where a mouse would have to hit their small symbol', async () => {
    const map = await mountMap(threePeople());
    map.zoom(0.3);
    await nextFrame();
    const ana = personCentre(map, 'ana');
    const symbol = map.shadowRoot!.querySelector('g.person[data-id="ana"] .symbol')!.getBoundingClientRect();
    // Just outside the drawn symbol and the mouse's reach, well inside a 44 px touch target.
    const off = { x: ana.x + symbol.width / 2 + 12, y: ana.y };
    await realTap(off);
    await map.updateComplete;
    expect(map.selection).toEqual(['ana']);
  });

  it('only the drawing takes touch from the browser: the page around it, its toolbar and its form keep pinch-zoom and scrolling', async () => {
    const map = await mountMap(threePeople());
    const root = map.shadowRoot!;
    expect(getComputedStyle(root.querySelector('svg.map')!).touchAction).toBe('none');
    expect(getComputedStyle(map).touchAction).toBe('auto');
    for (const el of root.querySelectorAll('.toolbar, .quick-add, .legend-box')) expect(getComputedStyle(el).touchAction, el.className).not.toBe('none');
  });
});
