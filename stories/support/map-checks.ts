import { expect } from 'storybook/test';
import type { Inventory } from '@relmap/core';
import type { RelationshipMap } from '@relmap/map';

interface Box {
  readonly id: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function boxOf(id: string, el: Element): Box {
  const r = el.getBoundingClientRect();
  return { id, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

// One pixel of slack: anti-aliased edges of neighbours may touch without the picture reading badly.
function overlap(a: Box, b: Box): boolean {
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

function overlappingPairs(boxes: readonly Box[], others: readonly Box[] = boxes): string[] {
  const pairs: string[] = [];
  for (const a of boxes) {
    for (const b of others) {
      if (a.id !== b.id && (boxes !== others || a.id < b.id) && overlap(a, b)) pairs.push(`${a.id} / ${b.id}`);
    }
  }
  return pairs;
}

/** The smallest on-screen height of a label box that still reads (about 7px type). */
const MIN_LABEL_HEIGHT = 8;

/**
 * Checks that a map draws its inventory legibly: one symbol per person, every label shown at a readable size, every
 * symbol inside the drawing, and no symbol or label on top of another person's symbol or label. A story that fails this renders badly.
 */
export async function expectLegible(map: RelationshipMap, inventory: Inventory): Promise<void> {
  const root = map.shadowRoot!;
  const people = [...root.querySelectorAll<SVGGElement>('g.person')];
  // While presenting, `data-id` holds an opaque key per person rather than the id: one distinct key per person.
  const drawn = people.map((g) => g.dataset.id);
  if (map.presenting) await expect(new Set(drawn).size).toBe(Object.keys(inventory.people).length);
  else await expect(drawn.sort()).toEqual(Object.keys(inventory.people).sort());
  const frame = root.querySelector('svg.map')!.getBoundingClientRect();
  const symbols = people.map((g) => boxOf(g.dataset.id!, g.querySelector('.symbol')!));
  // A label that fits inside its symbol is drawn there, and not beside it.
  const shownLabel = (g: SVGGElement): Element => {
    const beside = g.querySelector('.label')!;
    return beside.getBoundingClientRect().height > 0 ? beside : (g.querySelector('.inside-label') ?? beside);
  };
  const labels = people.map((g) => boxOf(g.dataset.id!, shownLabel(g)));
  const hidden = labels.filter((l) => l.bottom - l.top < MIN_LABEL_HEIGHT);
  await expect(
    hidden.map((l) => l.id),
    `labels hidden or under ${MIN_LABEL_HEIGHT}px tall`,
  ).toEqual([]);
  const outside = symbols.filter((s) => s.left < frame.left || s.top < frame.top || s.right > frame.right || s.bottom > frame.bottom);
  await expect(
    outside.map((s) => s.id),
    'people drawn outside the map',
  ).toEqual([]);
  await expect(overlappingPairs(symbols), 'symbols on top of each other').toEqual([]);
  await expect(overlappingPairs(labels), 'labels on top of each other').toEqual([]);
  await expect(overlappingPairs(labels, symbols), 'labels on top of symbols').toEqual([]);
}
