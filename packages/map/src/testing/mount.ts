import type { Inventory } from '@relmap/core';
import { personElement } from '../relationship-map/drawn-ids.ts';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import '../define.ts';

/** Mounts a map of a fixed size in the test document, with an inventory, settled and rendered. */
export async function mountMap(inventory?: Inventory, size = { width: 800, height: 640 }): Promise<RelationshipMap> {
  const map = document.createElement('relationship-map');
  map.style.width = `${size.width}px`;
  map.style.height = `${size.height}px`;
  document.body.append(map);
  if (inventory) map.inventory = inventory;
  map.settle();
  await map.updateComplete;
  await nextFrame();
  await map.updateComplete;
  return map;
}

/** Resolves after the next animation frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The `<g class="person">` of a person in the map's shadow root. */
export function personNode(map: RelationshipMap, id: string): SVGGElement {
  const node = personElement(map.shadowRoot!, id);
  if (!node) throw new Error(`No person "${id}" is drawn.`);
  return node;
}

/** The centre of a person's symbol in the viewport's CSS pixels. */
export function personCentre(map: RelationshipMap, id: string): { x: number; y: number } {
  const box = personNode(map, id).querySelector('.symbol')!.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Removes every map from the document. */
export function cleanup(): void {
  for (const el of document.querySelectorAll('relationship-map')) el.remove();
}

/** The centre of the client's symbol (the map's centre) in the viewport's CSS pixels. */
export function mapCentre(map: RelationshipMap): { x: number; y: number } {
  const box = map.shadowRoot!.querySelector('.client-symbol')!.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** The on-screen radius of the outer edge of a ring's band. */
export function ringEdge(map: RelationshipMap, ring: number): number {
  return map.shadowRoot!.querySelector(`circle.ring-${ring}`)!.getBoundingClientRect().width / 2;
}
