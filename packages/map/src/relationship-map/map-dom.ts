import type { Id } from '@relmap/core';
import { personElement } from './drawn-ids.ts';
import { NODE_RADIUS } from './render-map.ts';

export { drawnIdOf, personElement } from './drawn-ids.ts';

/** Gives focus back to the map: to the active person, else the map's tab stop, else the map itself when empty. */
export function focusActive(root: ParentNode, activeId: Id | undefined): void {
  const el = (activeId ? personElement(root, activeId) : null) ?? root.querySelector<SVGGElement>('g.person[tabindex="0"]');
  (el ?? root.querySelector<SVGSVGElement>('svg.map'))?.focus();
}

/**
 * Where a person's label starts, in CSS pixels from the top left of the element's frame (`.base`), for an input
 * laid over it; `toScreen` converts layout coordinates to the drawing's pixels.
 */
export function labelPosition(
  root: ParentNode,
  at: { x: number; y: number } | undefined,
  toScreen: (x: number, y: number) => { x: number; y: number },
): { x: number; y: number } | undefined {
  const svgBox = root.querySelector('svg.map')?.getBoundingClientRect();
  const baseBox = root.querySelector('.base')?.getBoundingClientRect();
  if (!at || !svgBox || !baseBox) return undefined;
  const p = toScreen(at.x, at.y + NODE_RADIUS + 4);
  return { x: p.x + svgBox.left - baseBox.left, y: p.y + svgBox.top - baseBox.top };
}
