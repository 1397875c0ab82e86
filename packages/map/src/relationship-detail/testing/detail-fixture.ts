import { userEvent } from 'vitest/browser';
import type { Id, Inventory } from '@relmap/core';
import type { RelmapChangeEvent } from '../../events.ts';
import type { RelationshipMap } from '../../relationship-map/relationship-map.ts';
import { cleanup, mountMap } from '../../testing/mount.ts';
import type { RelationshipDetail } from '../relationship-detail.ts';

/** A map with a detail panel beside it showing one person, and what the map has fired since. */
export interface DetailFixture {
  readonly map: RelationshipMap;
  readonly detail: RelationshipDetail;
  /** An element of the panel by id, or an error naming the id. */
  el<T extends HTMLElement = HTMLInputElement>(id: string): T;
  /** Whether the panel has an element with this id. */
  has(id: string): boolean;
  /** The names of the commands of every `relmap-change` so far. */
  commands(): string[];
}

/** Mounts a map of `inventory` and a `<relationship-detail for="map">` showing `personId`. */
export async function mountDetail(inventory: Inventory, personId: Id, { presenting = false } = {}): Promise<DetailFixture> {
  const map = await mountMap(inventory);
  map.id = 'map';
  map.presenting = presenting;
  await map.updateComplete;
  const detail = document.createElement('relationship-detail');
  detail.setAttribute('for', 'map');
  detail.personId = personId;
  document.body.append(detail);
  await detail.updateComplete;
  const seen: RelmapChangeEvent[] = [];
  map.addEventListener('relmap-change', (e) => seen.push(e));
  const root = detail.shadowRoot!;
  return {
    map,
    detail,
    el: <T extends HTMLElement>(id: string): T => {
      const found = root.getElementById(id);
      if (!found) throw new Error(`The detail panel has no element #${id}.`);
      return found as T;
    },
    has: (id) => root.getElementById(id) !== null,
    commands: () => seen.map((e) => e.detail.command),
  };
}

/** Presses Tab, as a keyboard user would, until the panel's control `id` has focus; fails if it never does. */
export async function tabTo(detail: RelationshipDetail, id: string, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (detail.shadowRoot!.activeElement?.id === id) return;
    await userEvent.tab();
  }
  throw new Error(`${limit} presses of Tab never reached #${id} in the detail panel.`);
}

/** Removes every map and detail panel from the document. */
export function removeAll(): void {
  cleanup();
  for (const el of document.querySelectorAll('relationship-detail')) el.remove();
}
