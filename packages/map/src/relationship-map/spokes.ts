import type { Id, Inventory } from '@relmap/core';
import type { LayoutSnapshot } from '@relmap/layout';
import { bandEdges, CLIENT_RADIUS, NODE_RADIUS } from './render-map.ts';

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
  const all = [...snapshot.positions.values()];
  const starts = new Map<Id, number>();
  for (const p of all) {
    if (!inventory.people[p.id]) continue;
    const length = Math.hypot(p.x, p.y);
    let start = CLIENT_RADIUS + 3;
    if (length > 1e-6) {
      const ux = p.x / length;
      const uy = p.y / length;
      for (const o of all) {
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
    starts.set(p.id, Math.min(start, Math.max(length - NODE_RADIUS - 12, CLIENT_RADIUS + 3)));
  }
  return starts;
}

const remembered = new WeakMap<LayoutSnapshot, { people: object; starts: Map<Id, number> }>();

/** `spokeStarts`, worked out once per snapshot (the lines and the labels both ask, and the first paint before them). */
export function startsOf(inventory: Inventory, snapshot: LayoutSnapshot): Map<Id, number> {
  const known = remembered.get(snapshot);
  if (known && known.people === inventory.people) return known.starts;
  const starts = spokeStarts(inventory, snapshot);
  remembered.set(snapshot, { people: inventory.people, starts });
  return starts;
}
