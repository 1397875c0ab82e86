import { afterEach, describe, expect, it } from 'vitest';
import { command, parseInventoryJson, serializeInventory, type Inventory } from '@relmap/core';
import { generatedInventory } from '../../../layout/src/testing/inventories.ts';
import { installActivityProbe } from '../security/activity-probe.ts';
import { cleanup, mapCentre, nextFrame } from '../testing/mount.ts';
import type { RelationshipMap } from './relationship-map.ts';
import '../define.ts';

afterEach(cleanup);

const large = generatedInventory({ people: 120, seed: 3 });

/** A map on the page, given an inventory now; the first paint starts with the render this asks for. */
function mount(inventory: Inventory): RelationshipMap {
  const map = document.createElement('relationship-map');
  map.style.cssText = 'display:block;width:800px;height:600px';
  document.body.append(map);
  map.inventory = inventory;
  return map;
}

/** Resolves after a task of its own: what any handler of the page waits for when the main thread is busy. */
function task(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

const drawing = (map: RelationshipMap): SVGSVGElement => map.shadowRoot!.querySelector('svg.map')!;
const drawnIds = (map: RelationshipMap): string[] => [...map.shadowRoot!.querySelectorAll('g.people g.person')].map((g) => g.getAttribute('data-id')!).sort();
const placesOf = (map: RelationshipMap): Map<string, string> =>
  new Map([...map.shadowRoot!.querySelectorAll('g.people g.person')].map((g) => [g.getAttribute('data-id')!, g.getAttribute('transform')!]));
const lineIds = (map: RelationshipMap): string[] => [...map.shadowRoot!.querySelectorAll('g.lines g.line')].map((g) => g.getAttribute('data-id')!).sort();

/** Everyone drawn, each tie and client line once, every label placed or hidden, and the drawing no longer busy. */
function expectComplete(map: RelationshipMap): void {
  const inv = map.inventory;
  expect(drawnIds(map)).toEqual(Object.keys(inv.people).sort());
  expect(lineIds(map)).toEqual([...Object.keys(inv.ties), ...Object.keys(inv.people)].sort());
  const labels = [...map.shadowRoot!.querySelectorAll<SVGTextElement>('g.person text.label')];
  expect(labels.filter((l) => !l.classList.contains('label-hidden') && !l.hasAttribute('y'))).toEqual([]);
  expect(drawing(map).hasAttribute('aria-busy')).toBe(false);
}

describe('<relationship-map> first paint (M51)', () => {
  it('M51: when updateComplete resolves, every person, line and label of a large map is drawn, and the drawing is no longer busy', async () => {
    const map = mount(large);
    await map.updateComplete;
    expectComplete(map);
  });

  it('M51: the page is answered while a large map is laid out and drawn: the drawing is aria-busy, with part of the people, until it is complete', async () => {
    const map = mount(large);
    let done = false;
    void map.updateComplete.then(() => (done = true));
    await task();
    expect(done).toBe(false);
    // The layout comes first, in tasks of its own; then the frame, and the people a few at a time.
    for (let i = 0; i < 50 && !drawing(map); i++) await task();
    expect(drawing(map).getAttribute('aria-busy')).toBe('true');
    expect(drawnIds(map).length).toBeLessThan(Object.keys(large.people).length);
    // Several tasks later it is still drawing, a few people at a time.
    await task();
    await task();
    expect(done).toBe(false);
    await map.updateComplete;
    expectComplete(map);
  });

  it('M51: the frame of a large map is fitted to the map while its people are still being drawn', async () => {
    const map = mount(large);
    for (let i = 0; i < 50 && !drawing(map); i++) await task();
    await nextFrame();
    await nextFrame();
    expect(drawing(map).getAttribute('aria-busy')).toBe('true');
    const box = drawing(map).getBoundingClientRect();
    const centre = mapCentre(map);
    expect([Math.round(centre.x), Math.round(centre.y)]).toEqual([Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]);
    const rings = [...map.shadowRoot!.querySelectorAll('circle.ring')].map((c) => c.getBoundingClientRect());
    const outer = Math.max(...rings.map((r) => r.width));
    expect(outer).toBeGreaterThan(Math.min(box.width, box.height) / 2);
    expect(outer).toBeLessThanOrEqual(Math.min(box.width, box.height));
  });

  it('M51: relmap-settle follows the last step, when the map is complete', async () => {
    const map = document.createElement('relationship-map');
    map.style.cssText = 'display:block;width:800px;height:600px';
    const seen: boolean[] = [];
    map.addEventListener('relmap-settle', () => {
      expectComplete(map);
      seen.push(true);
    });
    document.body.append(map);
    map.inventory = large;
    await map.updateComplete;
    await nextFrame();
    expect(seen).toEqual([true]);
  });

  it('M51: an edit made while the map is being drawn is kept and drawn, labelled', async () => {
    const map = mount(large);
    await task();
    expect(map.dispatch(command('addPerson', { id: 'newcomer', name: 'Newcomer', ring: 1 }))).toBe(true);
    await map.updateComplete;
    expect(map.inventory.people['newcomer']).toBeDefined();
    expectComplete(map);
    expect(drawnIds(map)).toContain('newcomer');
  });

  it('M51: an inventory set while the map is being drawn replaces it: nothing of the first is left drawn', async () => {
    const map = mount(large);
    await task();
    const other = generatedInventory({ people: 60, seed: 9 });
    map.inventory = other;
    await map.updateComplete;
    expect(map.inventory).toBe(other);
    expectComplete(map);
  });

  it('M51: a large map that remembers its picture is laid out and drawn in steps exactly as it was shown', async () => {
    const map = mount(large);
    await map.updateComplete;
    expect(map.dispatch(command('addPerson', { id: 'newcomer', name: 'Newcomer', ring: 2 }))).toBe(true);
    map.settle();
    await map.updateComplete;
    const shown = placesOf(map);
    const saved = parseInventoryJson(serializeInventory(map.inventory));
    if (!saved.ok) throw new Error(saved.errors[0]?.message);
    cleanup();
    const again = mount(saved.inventory);
    await task();
    expect(again.shadowRoot!.querySelector('svg.map')).toBeNull();
    await again.updateComplete;
    expectComplete(again);
    expect(placesOf(again)).toEqual(shown);
  });

  it('M51: a person can be focused while the map is still being laid out', async () => {
    const map = mount(large);
    map.focusPerson('p7');
    await map.updateComplete;
    expect(drawnIds(map)).toEqual(Object.keys(large.people).sort());
    expect(map.session.selection).toEqual(['p7']);
    expect(map.shadowRoot!.activeElement?.getAttribute('data-id')).toBe('p7');
  });

  it('M51: a map given a large inventory before it is on the page lays it out, draws nothing off the page, and draws everything once put there', async () => {
    const map = document.createElement('relationship-map');
    map.style.cssText = 'display:block;width:800px;height:600px';
    map.inventory = large;
    for (let i = 0; i < 20; i++) await task();
    await nextFrame();
    document.body.append(map);
    await map.updateComplete;
    await nextFrame();
    await map.updateComplete;
    expectComplete(map);
  });

  it('M51: a map taken off the page while it is being drawn leaves nothing running, and draws everything when it is back', async () => {
    const probe = installActivityProbe();
    try {
      const map = mount(large);
      await task();
      map.remove();
      const drawn = drawnIds(map).length;
      await task();
      await task();
      await nextFrame();
      expect([probe.pendingFrames(), probe.pendingTimers(), probe.observedTargets()]).toEqual([0, 0, 0]);
      expect(drawnIds(map).length).toBe(drawn);
      await map.updateComplete;
      document.body.append(map);
      await map.updateComplete;
      await nextFrame();
      await map.updateComplete;
      expectComplete(map);
    } finally {
      probe.restore();
    }
  });
});
