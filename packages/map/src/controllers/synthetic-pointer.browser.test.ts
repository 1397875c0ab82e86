import { afterEach, describe, expect, it } from 'vitest';
import { addPerson, createInventory } from '@relmap/core';
import { cleanup, mapCentre, mountMap, personCentre, ringEdge } from '../testing/mount.ts';

afterEach(cleanup);

function send(svg: Element, type: string, x: number, y: number, pointerId: number): void {
  svg.dispatchEvent(
    new PointerEvent(type, {
      clientX: x,
      clientY: y,
      pointerId,
      pointerType: 'pen',
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1,
      bubbles: true,
      composed: true,
    }),
  );
}

describe('PointerController with synthetic pointers', () => {
  it('drags a person with a pointer the browser does not track, without capture errors', async () => {
    const inv = addPerson(createInventory(), { id: 'ana', name: 'Ana', ring: 3 });
    const map = await mountMap(inv);
    const svg = map.shadowRoot!.querySelector('svg.map')!;
    const from = personCentre(map, 'ana');
    const centre = mapCentre(map);
    const r = ringEdge(map, 1) * 0.7;
    const d = Math.hypot(from.x - centre.x, from.y - centre.y);
    const to = { x: centre.x + ((from.x - centre.x) / d) * r, y: centre.y + ((from.y - centre.y) / d) * r };
    send(svg, 'pointerdown', from.x, from.y, 4242);
    for (let i = 1; i <= 6; i++) send(svg, 'pointermove', from.x + ((to.x - from.x) * i) / 6, from.y + ((to.y - from.y) * i) / 6, 4242);
    send(svg, 'pointerup', to.x, to.y, 4242);
    expect(map.inventory.people.ana?.tie.ring).toBe(1);
  });
});
