import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import type { RelmapDragDetail } from '../events.ts';
import { cleanup, mapCentre, mountMap, nextFrame, personCentre, ringEdge } from '../testing/mount.ts';
import { realClick, realDrag } from '../testing/real-pointer.ts';

afterEach(cleanup);

/** Every `relmap-drag` and `relmap-change` the map fires, in order. */
function record(map: HTMLElement): string[] {
  const seen: string[] = [];
  map.addEventListener('relmap-drag', (e) => seen.push(`${e.detail.phase}:${e.detail.id}`));
  map.addEventListener('relmap-change', (e) => seen.push(`change:${e.detail.command}`));
  return seen;
}

describe('<relationship-map> relmap-drag', () => {
  it('a pointer drag says whom it moves: start, moves, then end after the drop has changed the inventory', async () => {
    const map = await mountMap(maya.intake);
    const seen = record(map);
    const details: RelmapDragDetail[] = [];
    map.addEventListener('relmap-drag', (e) => details.push(e.detail));
    const centre = mapCentre(map);
    await realDrag(personCentre(map, 'henrik'), { x: centre.x + 5, y: centre.y - ringEdge(map, 1) * 0.7 });
    expect(seen[0]).toBe('start:henrik');
    expect(seen.slice(1, -2).every((s) => s === 'move:henrik')).toBe(true);
    expect(seen.slice(1, -2).length).toBeGreaterThan(0);
    expect(seen.slice(-2)).toEqual(['change:moveToRing', 'end:henrik']);
    expect(details.every((d) => Object.keys(d).sort().join() === 'id,phase')).toBe(true);
  });

  it('a click, a key that moves a person, and a read-only map fire none', async () => {
    const map = await mountMap(maya.intake);
    const seen = record(map);
    await realClick(personCentre(map, 'henrik'));
    map.focusPerson('henrik');
    await map.updateComplete;
    await nextFrame();
    await userEvent.keyboard('+');
    expect(seen).toEqual(['change:setCloseness']);
    map.readonly = true;
    await map.updateComplete;
    const centre = mapCentre(map);
    await realDrag(personCentre(map, 'erik'), { x: centre.x + 5, y: centre.y - ringEdge(map, 1) * 0.7 });
    expect(seen).toEqual(['change:setCloseness']);
  });
});
