import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, placeRingLabel, segmentMeetsBox, type LabelBox, type LabelLine, type LabelNode, type LabelRequest } from './label-placement.ts';

const overlap = (a: LabelBox, b: LabelBox): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const meets = (b: LabelBox, n: LabelNode): boolean => {
  const dx = n.x - Math.max(b.left, Math.min(n.x, b.right));
  const dy = n.y - Math.max(b.top, Math.min(n.y, b.bottom));
  return dx * dx + dy * dy < n.r * n.r;
};

/** M42 read literally: every candidate place of every label priced against every line, node and label. */
function everyPlaceTried(requests: readonly LabelRequest[], nodes: readonly LabelNode[], lines: readonly LabelLine[], gap: number): Map<string, string> {
  const sides = [
    [0, 1],
    [-1, 1],
    [-1, 0],
    [-1, -1],
    [0, -1],
    [1, -1],
    [1, 0],
    [1, 1],
  ] as const;
  const taken: LabelBox[] = [];
  const out = new Map<string, string>();
  const distance = (id: string): number => Math.hypot(nodes.find((n) => n.id === id)!.x, nodes.find((n) => n.id === id)!.y);
  for (const req of [...requests].sort((a, b) => distance(a.id) - distance(b.id) || (a.id < b.id ? -1 : 1))) {
    const node = nodes.find((n) => n.id === req.id)!;
    const length = Math.hypot(node.x, node.y);
    const outward = length < 1e-6 ? { x: 0, y: 1 } : { x: node.x / length, y: node.y / length };
    let best: { box: LabelBox; cost: number } | undefined;
    for (const far of [0, 1]) {
      for (const [sx, sy] of sides) {
        const reach = sx !== 0 && sy !== 0 ? node.r * Math.SQRT1_2 : node.r;
        const g = gap + far * req.height * 0.6;
        const cx = node.x + (sx === 0 ? 0 : sx * (reach + g + req.width / 2));
        const cy = node.y + (sy === 0 ? 0 : sy * (reach + g + req.height / 2));
        const box = { left: cx - req.width / 2, top: cy - req.height / 2, right: cx + req.width / 2, bottom: cy + req.height / 2 };
        let cost = 1 - (sx * outward.x + sy * outward.y) / Math.hypot(sx, sy) + (sx === 0 && sy === 1 ? -0.05 : 0) + far * 3;
        cost += 1000 * (taken.filter((t) => overlap(box, t)).length + nodes.filter((n) => n.id !== req.id && meets(box, n)).length);
        const wide = { left: box.left - gap, top: box.top - gap, right: box.right + gap, bottom: box.bottom + gap };
        cost += 10 * lines.filter((l) => segmentMeetsBox(l, wide)).length;
        if (!best || cost < best.cost) best = { box, cost };
      }
    }
    if (best!.cost >= 500) out.set(req.id, 'hidden');
    else {
      taken.push(best!.box);
      out.set(req.id, JSON.stringify(best!.box));
    }
  }
  return out;
}

describe('label placement', () => {
  it('M42: each label takes the same place as when every line, node and label is priced for each of its sixteen places', () => {
    const point = fc.record({ x: fc.integer({ min: -300, max: 300 }), y: fc.integer({ min: -300, max: 300 }) });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 50 }),
        fc.array(fc.tuple(point, point), { maxLength: 60 }),
        fc.integer({ min: 20, max: 120 }),
        (points, segments, width) => {
          const nodes = points.map((p, i) => ({ id: `p${i}`, x: p.x, y: p.y, r: 20 }));
          const lines = segments.map(([a, b]) => ({ ax: a.x, ay: a.y, bx: b.x, by: b.y }));
          const requests = nodes.map((n, i) => ({ id: n.id, width: width + (i % 3) * 10, height: 18 }));
          const placed = placeLabels(requests, { nodes, lines, fixed: [], gap: 3 });
          const shown = new Map([...placed].map(([id, p]) => [id, 'hidden' in p ? 'hidden' : JSON.stringify(p.box)]));
          expect(shown).toEqual(everyPlaceTried(requests, nodes, lines, 3));
        },
      ),
      { numRuns: 80, seed: 20261202 },
    );
  });

  it('M41: a shown label never covers another label or a node other than its own, on any map', () => {
    const node = fc.record({ x: fc.integer({ min: -400, max: 400 }), y: fc.integer({ min: -400, max: 400 }) });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 60 }), fc.integer({ min: 20, max: 120 }), (points, width) => {
        const nodes = points.map((p, i) => ({ id: `p${i}`, x: p.x, y: p.y, r: 20 }));
        const placed = placeLabels(
          nodes.map((n) => ({ id: n.id, width, height: 18 })),
          { nodes, lines: [], fixed: [], gap: 3 },
        );
        const boxes = [...placed].flatMap(([id, p]) => ('hidden' in p ? [] : [{ id, box: p.box }]));
        for (const a of boxes) {
          for (const b of boxes) if (a !== b) expect(overlap(a.box, b.box)).toBe(false);
          for (const n of nodes) if (n.id !== a.id) expect(meets(a.box, n)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('M41: puts a label on the side facing away from the client when that side is free', () => {
    const nodes = [{ id: 'a', x: 0, y: -200, r: 20 }];
    const placed = placeLabels([{ id: 'a', width: 60, height: 18 }], { nodes, lines: [], fixed: [], gap: 3 });
    const p = placed.get('a')!;
    expect('hidden' in p).toBe(false);
    if (!('hidden' in p)) expect(p.dy).toBeLessThan(0);
  });

  it('M42: takes a side that no line crosses when there is one', () => {
    const nodes = [{ id: 'a', x: 0, y: 200, r: 20 }];
    // Lines leave below and to the right: the label goes elsewhere.
    const lines = [
      { ax: 0, ay: 220, bx: 0, by: 400 },
      { ax: 20, ay: 200, bx: 300, by: 200 },
    ];
    const placed = placeLabels([{ id: 'a', width: 60, height: 18 }], { nodes, lines, fixed: [], gap: 3 });
    const p = placed.get('a')!;
    if ('hidden' in p) throw new Error('hidden');
    expect(p.crossings).toBe(0);
    for (const l of lines) expect(segmentMeetsBox(l, p.box)).toBe(false);
  });

  it('M43: hides a label that has no free side, but never a required one', () => {
    const nodes = [
      { id: 'a', x: 0, y: 0, r: 20 },
      ...[0, 45, 90, 135, 180, 225, 270, 315].map((deg, i) => ({
        id: `n${i}`,
        x: 45 * Math.sin((deg * Math.PI) / 180),
        y: 45 * Math.cos((deg * Math.PI) / 180),
        r: 20,
      })),
    ];
    const hidden = placeLabels([{ id: 'a', width: 60, height: 18 }], { nodes, lines: [], fixed: [], gap: 3 });
    expect(hidden.get('a')).toEqual({ hidden: true });
    const required = placeLabels([{ id: 'a', width: 60, height: 18, required: true }], { nodes, lines: [], fixed: [], gap: 3 });
    expect('hidden' in required.get('a')!).toBe(false);
  });

  it('M42: moves a ring label along its band away from a line through the top', () => {
    const taken: LabelBox[] = [];
    const at = placeRingLabel(200, 80, 14, { nodes: [], lines: [{ ax: 0, ay: 0, bx: 0, by: -300 }] }, taken);
    expect(Math.abs(at.x)).toBeGreaterThan(40);
    expect(Math.hypot(at.x, at.y)).toBeLessThan(200);
    expect(taken).toHaveLength(1);
  });
});
