import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addPerson, createInventory, linkPeople, type Inventory } from '@relmap/core';
import type { LayoutSnapshot, NodePosition } from '@relmap/layout';
import { bendPoint } from '../visual/index.ts';
import { bandEdges, CLIENT_RADIUS, NODE_RADIUS } from './render-map.ts';
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

  it('M44: the bends are those of trying every node along every candidate bend (nodes far from a tie are skipped, never one in its way)', () => {
    // The rule read literally: sample the bent line, count every node (the client too) it passes under.
    const passesUnder = (a: NodePosition, b: NodePosition, bend: number, nodes: readonly { x: number; y: number; r: number }[]): number =>
      nodes.filter((o) =>
        Array.from({ length: 15 }, (_, i) => bendPoint(a, b, bend, { x: a.x + ((b.x - a.x) * (i + 1)) / 16, y: a.y + ((b.y - a.y) * (i + 1)) / 16 })).some(
          (p) => Math.hypot(p.x - o.x, p.y - o.y) < o.r,
        ),
      ).length;
    const reference = (a: NodePosition, b: NodePosition, nodes: readonly { x: number; y: number; r: number }[]): number => {
      let best = { bend: 0, count: passesUnder(a, b, 0, nodes) };
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      for (let size = 10; size <= length / 2 && best.count > 0; size += 10) {
        for (const bend of [size, -size]) {
          const count = passesUnder(a, b, bend, nodes);
          if (count < best.count) best = { bend, count };
          if (count === 0) break;
        }
      }
      return best.bend;
    };
    const point = fc.record({ x: fc.integer({ min: -300, max: 300 }), y: fc.integer({ min: -300, max: 300 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 40 }), (points) => {
        const positions = new Map(points.map((p, i) => [`p${i}`, at(`p${i}`, 1, p.x, p.y)]));
        const ties = points.slice(1).map((_, i) => ({ id: `t${i}`, a: 'p0', b: `p${i + 1}` }));
        const bends = tieBends(ties, { positions, ringRadii: [100, 200, 300], sectors: [], extent: 320 });
        for (const t of ties) {
          const a = positions.get(t.a)!;
          const b = positions.get(t.b)!;
          const nodes = [
            { x: 0, y: 0, r: CLIENT_RADIUS + 4 },
            ...[...positions.values()].filter((p) => p.id !== t.a && p.id !== t.b).map((p) => ({ x: p.x, y: p.y, r: NODE_RADIUS + 4 })),
          ];
          expect(bends.get(t.id) ?? 0).toBe(reference(a, b, nodes));
        }
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });

  it('M44: each client line starts where looking at every other person in turn says (people far from the line are skipped, never one in its way)', () => {
    const startOf = (p: NodePosition, all: readonly NodePosition[], edges: readonly number[]): number => {
      const length = Math.hypot(p.x, p.y);
      const [ux, uy] = [p.x / length, p.y / length];
      let start = CLIENT_RADIUS + 3;
      for (const o of length > 1e-6 ? all : []) {
        const along = o.x * ux + o.y * uy;
        if (o.id === p.id || along <= start || along >= length - NODE_RADIUS || Math.abs(o.x * uy - o.y * ux) >= NODE_RADIUS + 3) continue;
        start = Math.max(start, Math.max(edges[o.ring - 1] ?? along + NODE_RADIUS, along + NODE_RADIUS + 3) + 3);
      }
      return Math.min(start, Math.max(length - NODE_RADIUS - 12, CLIENT_RADIUS + 3));
    };
    const person = fc.record({ ring: fc.integer({ min: 1, max: 3 }), angle: fc.integer({ min: 0, max: 359 }), off: fc.integer({ min: -40, max: 40 }) });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 60 }), (people) => {
        let inventory = createInventory({ clientLabel: 'Client' });
        const all = people.map(({ ring, angle, off }, i) => {
          inventory = addPerson(inventory, { id: `p${i}`, name: `P ${i}`, ring, category: 'friend' });
          const r = ring * 90 + off;
          return at(`p${i}`, ring, r * Math.sin((angle * Math.PI) / 180), -r * Math.cos((angle * Math.PI) / 180));
        });
        const snapshot = { positions: new Map(all.map((p) => [p.id, p])), ringRadii: [90, 180, 270], sectors: [], extent: 320 };
        const starts = spokeStarts(inventory, snapshot);
        for (const p of all) expect(starts.get(p.id)).toBe(startOf(p, all, bandEdges(snapshot.ringRadii)));
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });
});
