import type { Id } from '@relmap/core';
import { domKey, idOfDomKey } from '../presenting-policy.ts';

/**
 * A person's drawn group in the map's shadow root, found by the inventory id whether the map is presenting (its
 * `data-id` is then an opaque key, see the presenting policy's `domKey`) or not.
 */
export function personElement(root: ParentNode, id: Id): SVGGElement | null {
  const find = (key: string) => root.querySelector<SVGGElement>(`g.person[data-id="${CSS.escape(key)}"]`);
  return find(domKey(id, true)) ?? find(id);
}

/** The inventory id of what a drawn element stands for (a person, a line), read from its `data-id`. */
export function drawnIdOf(el: Element | null | undefined): Id | undefined {
  const key = el?.getAttribute?.('data-id');
  return key ? idOfDomKey(key) : undefined;
}
