import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addPerson, createInventory, linkPeople, type Inventory } from '@relmap/core';
import type { LayoutSnapshot, NodePosition } from '@relmap/layout';
import { bendPoint } from '../visual/index.ts';
import { bandEdges, CLIENT_RADIUS, NODE_RADIUS } from './render-map.ts';
import { pointGrid } from './point-grid.ts';
import { bendsOf, tieBends } from './routes.ts';
import { spokeStarts, startsOf } from './spokes.ts';

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

/** Everyone but a tie's ends (the client too), as the obstacles rule M44 names. */
const obstaclesOf = (t: { a: string; b: string }, positions: ReadonlyMap<string, NodePosition>): { x: number; y: number; r: number }[] => [
  { x: 0, y: 0, r: CLIENT_RADIUS + 4 },
  ...[...positions.values()].filter((p) => p.id !== t.a && p.id !== t.b).map((p) => ({ x: p.x, y: p.y, r: NODE_RADIUS + 4 })),
];

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
    const point = fc.record({ x: fc.integer({ min: -300, max: 300 }), y: fc.integer({ min: -300, max: 300 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 40 }), (points) => {
        const positions = new Map(points.map((p, i) => [`p${i}`, at(`p${i}`, 1, p.x, p.y)]));
        const ties = points.slice(1).map((_, i) => ({ id: `t${i}`, a: 'p0', b: `p${i + 1}` }));
        const bends = tieBends(ties, { positions, ringRadii: [100, 200, 300], sectors: [], extent: 320 });
        for (const t of ties) {
          const a = positions.get(t.a)!;
          const b = positions.get(t.b)!;
          expect(bends.get(t.id) ?? 0).toBe(reference(a, b, obstaclesOf(t, positions)));
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

  it('M44: long ties across a crowded band bend as the rule read literally says (the grid and the pruned samples skip no node in the way)', () => {
    // Thousands of units long and crossing dozens of people, as on a map of 1,000: hundreds of candidate bends.
    const point = fc.record({ x: fc.integer({ min: -3000, max: 3000 }), y: fc.integer({ min: -80, max: 80 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 4, maxLength: 30 }), fc.integer({ min: 0, max: 359 }), (points, turn) => {
        const [c, s] = [Math.cos((turn * Math.PI) / 180), Math.sin((turn * Math.PI) / 180)];
        const positions = new Map(points.map((p, i) => [`p${i}`, at(`p${i}`, 1, 200 + p.x * c - p.y * s, 200 + p.x * s + p.y * c)]));
        const ties = points.slice(1, 6).map((_, i) => ({ id: `t${i}`, a: `p${i}`, b: `p${points.length - 1 - i}` }));
        const bends = tieBends(ties, { positions, ringRadii: [1000, 2000, 3000], sectors: [], extent: 3200 });
        for (const t of ties) {
          if (t.a === t.b) continue;
          expect(bends.get(t.id) ?? 0).toBe(reference(positions.get(t.a)!, positions.get(t.b)!, obstaclesOf(t, positions)));
        }
      }),
      { numRuns: 40, seed: 20261203 },
    );
  });

  it('M44: the routes asked for one line at a time (as a drag draws only the lines that move) are those of every line at once', () => {
    const person = fc.record({ ring: fc.integer({ min: 1, max: 3 }), angle: fc.integer({ min: 0, max: 359 }), off: fc.integer({ min: -40, max: 40 }) });
    fc.assert(
      fc.property(fc.array(person, { minLength: 2, maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }), (people, pairs) => {
        let inventory = createInventory({ clientLabel: 'Client' });
        const all = people.map(({ ring, angle, off }, i) => {
          inventory = addPerson(inventory, { id: `p${i}`, name: `P ${i}`, ring, category: 'friend' });
          const r = ring * 90 + off;
          return at(`p${i}`, ring, r * Math.sin((angle * Math.PI) / 180), -r * Math.cos((angle * Math.PI) / 180));
        });
        for (const [x, y] of pairs) {
          const [a, b] = [`p${x % people.length}`, `p${y % people.length}`];
          if (a !== b && !Object.values(inventory.ties).some((t) => (t.a === a && t.b === b) || (t.a === b && t.b === a)))
            inventory = linkPeople(inventory, { id: `${a}-${b}`, a, b });
        }
        const snapshot = { positions: new Map(all.map((p) => [p.id, p])), ringRadii: [90, 180, 270], sectors: [], extent: 320 };
        const [bends, starts] = [bendsOf(inventory.ties, snapshot), startsOf(inventory, snapshot)];
        const [allBends, allStarts] = [tieBends(Object.values(inventory.ties), snapshot), spokeStarts(inventory, snapshot)];
        // Asked in reverse order, and twice, to show that the answers depend on nothing asked before.
        for (const t of Object.values(inventory.ties).reverse()) expect([bends.get(t.id), bends.get(t.id)]).toEqual(Array(2).fill(allBends.get(t.id) ?? 0));
        for (const p of [...all].reverse()) expect(starts.get(p.id)).toBe(allStarts.get(p.id));
        expect(starts.get('nobody')).toBeUndefined();
        expect(bends.get('no-tie')).toBe(0);
      }),
      { numRuns: 100, seed: 20261203 },
    );
  });
});

describe('the grid of points that routing asks', () => {
  it('gives every point within reach of a line, once, in the order the points were given', () => {
    // Layout units to an eighth: the grid's arithmetic is not meant for the underflow of subnormal numbers.
    const unit = fc.integer({ min: -40000, max: 40000 }).map((v) => v / 8);
    const xy = fc.record({ x: unit, y: unit });
    fc.assert(
      fc.property(
        fc.array(xy, { maxLength: 80 }),
        xy,
        xy,
        fc.integer({ min: 0, max: 3200 }).map((v) => v / 8),
        fc.integer({ min: 1, max: 200 }),
        (points, a, b, reach, least) => {
          const numbered = points.map((p, i) => ({ ...p, i }));
          const found = pointGrid(numbered, least).near(a, b, reach);
          expect(found.map((p) => p.i)).toEqual([...found.map((p) => p.i)].sort((x, y) => x - y));
          // Each at most once: a point given twice would count twice under a line.
          expect(new Set(found).size).toBe(found.length);
          const [dx, dy] = [b.x - a.x, b.y - a.y];
          for (const p of numbered) {
            const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
            if (Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy) < reach) expect(found).toContain(p);
          }
        },
      ),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
