import { describe, expect, it } from 'vitest';
import { addPerson, createInventory, linkPeople, type Inventory } from '@relmap/core';
import type { LayoutSnapshot, NodePosition } from '@relmap/layout';
import { bendPoint } from '../visual/index.ts';
import { bandEdges, NODE_RADIUS } from './render-map.ts';
import { tieBends } from './routes.ts';
import { spokeStarts } from './spokes.ts';

function at(id: string, ring: number, x: number, y: number): NodePosition {
  return { id, x, y, ring, angle: 0, radius: NODE_RADIUS, labelWidth: 40, pinned: false };
}

// Jonas (ring 1), Henrik (ring 2) and Sam (ring 3) in a straight line below the client, as in the brief.
function inLine(): { inventory: Inventory; snapshot: LayoutSnapshot } {
  let inventory = createInventory({ clientLabel: 'Client' });
  for (const [id, ring] of [
    ['jonas', 1],
    ['henrik', 2],
    ['sam', 3],
  ] as const)
    inventory = addPerson(inventory, { id, name: id, ring, category: 'friend' });
  inventory = linkPeople(inventory, { id: 'jonas-sam', a: 'jonas', b: 'sam' });
  const positions = new Map([at('jonas', 1, 0, 90), at('henrik', 2, 2, 180), at('sam', 3, -1, 270)].map((p) => [p.id, p]));
  return { inventory, snapshot: { positions, ringRadii: [90, 180, 270], sectors: [], extent: 320 } };
}

describe('lines that keep clear of people', () => {
  it('M44: a client line starts beyond the outermost person in its way, at that band edge, so it runs under no one', () => {
    const { inventory, snapshot } = inLine();
    const starts = spokeStarts(inventory, snapshot);
    const edges = bandEdges(snapshot.ringRadii);
    expect(starts.get('jonas')).toBeLessThan(40);
    expect(starts.get('henrik')).toBeGreaterThanOrEqual(edges[0]!);
    expect(starts.get('sam')).toBeGreaterThanOrEqual(edges[1]!);
    // Each line still has a visible length towards the client.
    for (const id of ['henrik', 'sam'])
      expect(Math.hypot(snapshot.positions.get(id)!.x, snapshot.positions.get(id)!.y) - NODE_RADIUS - starts.get(id)!).toBeGreaterThan(10);
  });

  it('M44: a tie that would run under a person bends around them; a clear tie stays straight', () => {
    const { inventory, snapshot } = inLine();
    const tie = Object.values(inventory.ties)[0]!;
    const bends = tieBends([tie], snapshot);
    const bend = bends.get(tie.id)!;
    expect(Math.abs(bend)).toBeGreaterThan(0);
    const a = snapshot.positions.get('jonas')!;
    const b = snapshot.positions.get('sam')!;
    const henrik = snapshot.positions.get('henrik')!;
    for (let i = 1; i < 40; i++) {
      const p = bendPoint(a, b, bend, { x: a.x + ((b.x - a.x) * i) / 40, y: a.y + ((b.y - a.y) * i) / 40 });
      expect(Math.hypot(p.x - henrik.x, p.y - henrik.y)).toBeGreaterThan(NODE_RADIUS);
    }
    const clear = { ...snapshot, positions: new Map([...snapshot.positions].filter(([id]) => id !== 'henrik')) };
    expect(tieBends([tie], clear).size).toBe(0);
  });
});
