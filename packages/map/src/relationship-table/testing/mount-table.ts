import { maya } from '@relmap/cases';
import type { Inventory } from '@relmap/core';
import type { RelationshipMap } from '../../relationship-map/relationship-map.ts';
import { cleanup, mountMap, nextFrame } from '../../testing/mount.ts';
import type { RelationshipTable } from '../relationship-table.ts';

/** Mounts a map with an inventory and a `<relationship-table>` bound to it by `for`, both rendered. */
export async function mountBoth(inventory: Inventory = maya.intake): Promise<{ map: RelationshipMap; table: RelationshipTable }> {
  const map = await mountMap(inventory);
  map.id = 'the-map';
  const table = document.createElement('relationship-table');
  table.setAttribute('for', 'the-map');
  document.body.append(table);
  await table.updateComplete;
  return { map, table };
}

/** Waits until every element given has rendered, across a frame (the map repaints on the next frame). */
export async function settled(...els: (RelationshipMap | RelationshipTable)[]): Promise<void> {
  for (const el of els) await el.updateComplete;
  await nextFrame();
  for (const el of els) await el.updateComplete;
}

/** Removes every map and table from the document. */
export function cleanupBoth(): void {
  cleanup();
  for (const t of document.querySelectorAll('relationship-table')) t.remove();
}
