import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maya, tomas } from '@relmap/cases';
import { command } from '@relmap/core';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { cleanup, mapCentre, mountMap, nextFrame, personCentre, ringEdge } from '../testing/mount.ts';
import { realDrag } from '../testing/real-pointer.ts';
import { installActivityProbe, type ActivityProbe } from './activity-probe.ts';

let probe: ActivityProbe;
beforeEach(() => {
  probe = installActivityProbe();
});
afterEach(() => {
  probe.restore();
  cleanup();
});

const insideMaps = (maps: readonly RelationshipMap[]) => (target: EventTarget) =>
  target instanceof Node && maps.some((map) => map === target || map.shadowRoot!.contains(target));
const global = (target: EventTarget) => target === window || target === document || target === document.documentElement || target === document.body;

/** A mount, a few edits that start the layout animating, and an unmount in the middle of the animation. */
async function cycle(i: number): Promise<RelationshipMap> {
  const map = await mountMap(i % 2 === 0 ? tomas.intake : tomas.session12, { width: 480, height: 360 });
  map.dispatch(command('addPerson', { name: `Visitor ${i}`, ring: 2 }));
  map.zoom(1.2);
  map.undo();
  map.remove();
  return map;
}

describe('mount and unmount', () => {
  it('100 mount, edit and unmount cycles leave no frames, timers, observers or listeners running', async () => {
    const maps: RelationshipMap[] = [];
    for (let i = 0; i < 100; i++) {
      maps.push(await cycle(i));
      expect(probe.pendingFrames(), `frames after cycle ${i}`).toBe(0);
      expect(probe.observedTargets(), `observers after cycle ${i}`).toBe(0);
    }
    probe.resetFrameCount();
    await nextFrame();
    await nextFrame();
    expect(probe.framesRequested()).toBe(0);
    expect(probe.pendingFrames()).toBe(0);
    expect(probe.pendingTimers()).toBe(0);
    expect(probe.observedTargets()).toBe(0);
    expect(probe.listeners(global)).toBe(0);
    expect(probe.listeners(insideMaps(maps))).toBe(0);
    // A guard for a loaded machine, not a measure: a cycle takes tens of milliseconds.
  }, 60_000);

  it('a mounted map is what the probe counts: it observes its size and listens on its drawing', async () => {
    const map = await mountMap(maya.intake);
    map.dispatch(command('setCloseness', { id: 'henrik', ring: 1 }));
    // Two sizes: the drawing's, to fit the map, and the element's, to open or collapse the legend.
    expect(probe.observedTargets()).toBe(2);
    expect(probe.listeners(insideMaps([map]))).toBeGreaterThanOrEqual(5);
    expect(probe.pendingFrames()).toBe(1);
    map.remove();
    expect([probe.observedTargets(), probe.listeners(insideMaps([map])), probe.pendingFrames()]).toEqual([0, 0, 0]);
  });

  it('a map taken out of the page and put back still drags, observes its size and animates', async () => {
    const map = await mountMap(maya.intake);
    const parent = map.parentElement!;
    map.remove();
    parent.append(map);
    await map.updateComplete;
    await nextFrame();
    expect(probe.observedTargets()).toBe(2);
    const from = personCentre(map, 'henrik');
    const centre = mapCentre(map);
    const angle = Math.atan2(from.y - centre.y, from.x - centre.x);
    const inner = ringEdge(map, 1) * 0.7;
    await realDrag(from, { x: centre.x + Math.cos(angle) * inner, y: centre.y + Math.sin(angle) * inner });
    expect(map.inventory.people['henrik']!.tie.ring).toBe(1);
  });
});
