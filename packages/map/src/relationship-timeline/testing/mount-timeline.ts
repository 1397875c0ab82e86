import type { Inventory } from '@relmap/core';
import type { RelationshipMap } from '../../relationship-map/relationship-map.ts';
import { cleanup, mountMap, nextFrame } from '../../testing/mount.ts';
import '../../relationship-timeline.ts';
import type { RelationshipTimeline } from '../relationship-timeline.ts';
import { domKey } from '../../presenting-policy.ts';

/** Mounts a map with an inventory and a `<relationship-timeline>` bound to it by `for`, both rendered. */
export async function mountTimeline(
  inventory: Inventory,
  { width = 800, attributes = {} }: { width?: number; attributes?: Record<string, string> } = {},
): Promise<{ map: RelationshipMap; timeline: RelationshipTimeline }> {
  const map = await mountMap(inventory);
  map.id = 'the-map';
  const timeline = document.createElement('relationship-timeline');
  timeline.style.width = `${width}px`;
  for (const [name, value] of Object.entries(attributes)) timeline.setAttribute(name, value);
  timeline.setAttribute('for', 'the-map');
  document.body.append(timeline);
  await settled(map, timeline);
  return { map, timeline };
}

/** Waits until every element given has rendered, across two frames (the timeline draws for its width in the frame after it is measured). */
export async function settled(...els: (RelationshipMap | RelationshipTimeline)[]): Promise<void> {
  for (const el of els) await el.updateComplete;
  await nextFrame();
  await nextFrame();
  for (const el of els) await el.updateComplete;
}

/** Removes every map and timeline from the document. */
export function cleanupTimeline(): void {
  cleanup();
  for (const t of document.querySelectorAll('relationship-timeline')) t.remove();
}

/** What the timeline's DOM carries for an item's key: its opaque key while presenting. */
const drawnKey = (timeline: RelationshipTimeline, key: string): string => domKey(key, timeline.presenting || (timeline.session?.presenting ?? false));

/** The timeline's option for an item, by key. */
export function option(timeline: RelationshipTimeline, key: string): HTMLElement {
  const el = timeline.shadowRoot!.querySelector<HTMLElement>(`li[role="option"][data-key="${drawnKey(timeline, key)}"]`);
  if (!el) throw new Error(`No option for "${key}".`);
  return el;
}

/** The timeline's mark on the axis for an item, by key. */
export function mark(timeline: RelationshipTimeline, key: string): HTMLElement {
  const el = timeline.shadowRoot!.querySelector<HTMLElement>(`.mark[data-key="${drawnKey(timeline, key)}"]`);
  if (!el) throw new Error(`No mark for "${key}".`);
  return el;
}
