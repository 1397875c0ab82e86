import { userEvent } from 'vitest/browser';
import type { Inventory } from '@relmap/core';
import type { RelmapChangeEvent } from '../../events.ts';
import type { RelationshipMap } from '../../relationship-map/relationship-map.ts';
import { cleanup, mountMap } from '../../testing/mount.ts';
import '../../relationship-goals.ts';
import type { RelationshipGoals } from '../relationship-goals.ts';
import { domKey } from '../../presenting-policy.ts';
import { fieldId } from '../goals-context.ts';

/** Mounts a map with an inventory and a `<relationship-goals>` bound to it by `for`, both rendered. */
export async function mountGoals(
  inventory: Inventory,
  { width = 640, attributes = {} }: { width?: number; attributes?: Record<string, string> } = {},
): Promise<{ map: RelationshipMap; goals: RelationshipGoals; commands: () => string[] }> {
  const map = await mountMap(inventory);
  map.id = 'the-map';
  const goals = document.createElement('relationship-goals');
  goals.style.width = `${width}px`;
  for (const [name, value] of Object.entries(attributes)) goals.setAttribute(name, value);
  goals.setAttribute('for', 'the-map');
  // Before the map, so that Tab from the top of the page reaches it first.
  document.body.prepend(goals);
  await settled(map, goals);
  const seen: RelmapChangeEvent[] = [];
  map.addEventListener('relmap-change', (e) => seen.push(e));
  return { map, goals, commands: () => seen.map((e) => e.detail.command) };
}

/** Waits until every element given has rendered. */
export async function settled(...els: (RelationshipMap | RelationshipGoals)[]): Promise<void> {
  for (const el of els) await el.updateComplete;
  for (const el of els) await el.updateComplete;
}

/** Removes every map and goals element from the document. */
export function cleanupGoals(): void {
  cleanup();
  for (const g of document.querySelectorAll('relationship-goals')) g.remove();
}

/**
 * An element of the goals element's shadow root by id. A field id written with the document's ids
 * (`g-music-again-new-private`) is found while presenting too, where the DOM carries their opaque keys.
 */
export function byId<T extends HTMLElement>(goals: RelationshipGoals, id: string): T {
  const el = goals.shadowRoot!.getElementById(goals.isPresenting ? presentingFieldId(goals, id) : id);
  if (!el) throw new Error(`No element "${id}".`);
  return el as T;
}

/** A field id of the document's goal and review ids as the presenting DOM writes it: with their opaque keys. */
function presentingFieldId(goals: RelationshipGoals, id: string): string {
  const inv = goals.session?.inventory;
  if (!inv || !id.startsWith('g-')) return id;
  for (const goal of Object.values(inv.goals)) {
    if (!id.startsWith(`g-${goal.id}-`)) continue;
    const rest = id.slice(`g-${goal.id}-`.length);
    const review = Object.keys(goal.reviews).find((r) => rest.startsWith(`r-${r}-`));
    const ctx = { policy: { presenting: true } } as Parameters<typeof fieldId>[0];
    return review ? fieldId(ctx, goal.id, rest.slice(`r-${review}-`.length), review) : fieldId(ctx, goal.id, rest);
  }
  return id;
}

/** The list item of a goal, by id (its opaque key while presenting). */
export function goalItem(goals: RelationshipGoals, id: string): HTMLElement {
  const el = goals.shadowRoot!.querySelector<HTMLElement>(`li.goal[data-goal="${domKey(id, goals.isPresenting)}"]`);
  if (!el) throw new Error(`No goal "${id}".`);
  return el;
}

/** What an element says: its text with white space collapsed. */
export const said = (el: Element): string => el.textContent.replace(/\s+/g, ' ').trim();

/** Presses Tab, as a keyboard user would, until the control `id` has focus; fails if it never does. */
export async function tabTo(goals: RelationshipGoals, id: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (goals.shadowRoot!.activeElement?.id === id) return;
    await userEvent.tab();
  }
  throw new Error(`${limit} presses of Tab never reached #${id}.`);
}
