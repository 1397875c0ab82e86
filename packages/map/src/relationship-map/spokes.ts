import type { Id, Inventory } from '@relmap/core';
import type { LayoutSnapshot, NodePosition } from '@relmap/layout';
import { bandEdges, CLIENT_RADIUS, NODE_RADIUS } from './render-map.ts';
import { gridOf } from './point-grid.ts';
import { rememberingPerSnapshot, type Remembering } from './remembering.ts';

/** Room left between a line and a node it passes, in layout units. */
const CLEARANCE = 3;

/**
 * Where each client line starts, as its distance from the client (rule M44): at the client's edge, unless the
 * straight line would pass under another person, in which case it starts at the outer edge of that person's band
 * (the drawn circle), so that it never runs under a node that is not one of its ends and never seems to end at
 * one. People on different rings who line up on one spoke keep both their lines this way, each visibly drawn
 * towards the client.
 */
export function spokeStarts(inventory: Inventory, snapshot: LayoutSnapshot): Map<Id, number> {
  const edges = bandEdges(snapshot.ringRadii);
  const starts = new Map<Id, number>();
  for (const p of snapshot.positions.values()) if (inventory.people[p.id]) starts.set(p.id, startOf(p, snapshot, edges));
  return starts;
}

function startOf(p: NodePosition, snapshot: LayoutSnapshot, edges: readonly number[]): number {
  const length = Math.hypot(p.x, p.y);
  let start = CLIENT_RADIUS + 3;
  if (length > 1e-6) {
    const ux = p.x / length;
    const uy = p.y / length;
    // Only people within a node's reach of the line can be in its way; the grid gives them in the order of the
    // snapshot, which the answer depends on.
    for (const o of gridOf(snapshot).near({ x: 0, y: 0 }, p, NODE_RADIUS + CLEARANCE + 1)) {
      if (o.id === p.id) continue;
      const along = o.x * ux + o.y * uy;
      // Only people between the client and this person can stand in the way of the line.
      if (along <= start || along >= length - NODE_RADIUS) continue;
      const across = Math.abs(o.x * uy - o.y * ux);
      if (across >= NODE_RADIUS + CLEARANCE) continue;
      const edge = edges[o.ring - 1] ?? along + NODE_RADIUS;
      start = Math.max(start, Math.max(edge, along + NODE_RADIUS + CLEARANCE) + CLEARANCE);
    }
  }
  return Math.min(start, Math.max(length - NODE_RADIUS - 12, CLIENT_RADIUS + 3));
}

const starts = rememberingPerSnapshot((snapshot: LayoutSnapshot, people: Inventory['people']) => {
  const edges = bandEdges(snapshot.ringRadii);
  return (id): number | undefined => {
    const p = snapshot.positions.get(id);
    return p && people[id] ? startOf(p, snapshot, edges) : undefined;
  };
});

/**
 * `spokeStarts`, each worked out once per snapshot when first asked for (`undefined` for someone not in both the
 * inventory and the snapshot): the lines and the labels both ask, and during a drag only the lines that move are
 * drawn, so only theirs are worked out.
 */
export function startsOf(inventory: Inventory, snapshot: LayoutSnapshot): Remembering<number | undefined> {
  return starts(snapshot, inventory.people);
}
