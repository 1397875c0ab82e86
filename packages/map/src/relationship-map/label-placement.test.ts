import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, placeRingLabel, segmentMeetsBox, type LabelBox, type LabelNode } from './label-placement.ts';

const overlap = (a: LabelBox, b: LabelBox): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const meets = (b: LabelBox, n: LabelNode): boolean => {
  const dx = n.x - Math.max(b.left, Math.min(n.x, b.right));
  const dy = n.y - Math.max(b.top, Math.min(n.y, b.bottom));
  return dx * dx + dy * dy < n.r * n.r;
};

describe('label placement', () => {
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
