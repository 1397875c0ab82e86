import type { RelationshipMap } from '../relationship-map/relationship-map.ts';

/** What `measureReadability` finds on a map as it is drawn now, in CSS pixels of the page. */
export interface Readability {
  /** People drawn. */
  readonly people: number;
  /** Person labels shown (not hidden by the map). */
  readonly labelsShown: number;
  /** Person labels the map hides at this zoom (it then says so and offers the ways through). */
  readonly labelsHidden: number;
  /** The smallest font size of a shown label (person or ring label), in CSS px on screen. */
  readonly smallestLabelPx: number;
  /** Pairs of shown labels (person and ring labels) whose boxes overlap. */
  readonly labelOverlaps: number;
  /** Pairs of a shown label and a node (person or client) that is not the label's own, overlapping. */
  readonly labelNodeOverlaps: number;
  /** Pairs of a line and a shown label the line runs through. */
  readonly lineLabelCrossings: number;
  /** Pairs of a line and a node that is not one of its ends, the line running under the node. */
  readonly occlusions: number;
  /** What overlaps or is occluded, as readable lines, for a failing test's message. */
  readonly problems: readonly string[];
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly owner: string | undefined;
  readonly text: string;
}

interface Node {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly id: string;
}

// Boxes touching by less than this (antialiasing, a glyph's side bearing) do not count as overlapping.
const SLACK = 1;

function shown(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0.05;
}

function boxOf(el: Element, owner: string | undefined): Box {
  const r = el.getBoundingClientRect();
  return { left: r.left + SLACK, top: r.top + SLACK, right: r.right - SLACK, bottom: r.bottom - SLACK, owner, text: el.textContent ?? '' };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function boxMeetsCircle(b: Box, n: Node): boolean {
  const dx = n.x - Math.max(b.left, Math.min(n.x, b.right));
  const dy = n.y - Math.max(b.top, Math.min(n.y, b.bottom));
  return dx * dx + dy * dy < (n.r - SLACK) * (n.r - SLACK);
}

function inside(b: Box, x: number, y: number): boolean {
  return x > b.left && x < b.right && y > b.top && y < b.bottom;
}

/** A label's font size on screen: its computed size in the drawing's units, times the drawing's scale. */
function screenFontPx(el: SVGGraphicsElement): number {
  const ctm = el.getScreenCTM();
  const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
  return parseFloat(getComputedStyle(el).fontSize) * scale;
}

/**
 * Measures how readable a map is as drawn: label sizes, label overlaps, lines through labels and lines under
 * nodes that are not their ends. Every figure is taken from the real drawing (its boxes on screen and its paths),
 * so it measures what a viewer sees. The readability benchmark and the browser tests both use it.
 */
export function measureReadability(map: RelationshipMap): Readability {
  const root = map.shadowRoot!;
  const inventory = map.inventory;
  const people = [...root.querySelectorAll<SVGGElement>('g.people g.person')];
  const nodes: Node[] = [];
  for (const g of people) {
    const r = g.querySelector('.symbol')!.getBoundingClientRect();
    nodes.push({ x: r.left + r.width / 2, y: r.top + r.height / 2, r: Math.min(r.width, r.height) / 2, id: g.getAttribute('data-id') ?? '' });
  }
  const client = root.querySelector('.client-symbol')?.getBoundingClientRect();
  if (client) nodes.push({ x: client.left + client.width / 2, y: client.top + client.height / 2, r: client.width / 2, id: '' });

  const personLabels = people.map((g) => g.querySelector<SVGTextElement>('text.label')!).filter(Boolean);
  const visible = personLabels.filter(shown);
  const ringLabels = [...root.querySelectorAll<SVGTextElement>('text.ring-label')].filter((el) => el.textContent !== '' && shown(el));
  const labels: Box[] = [
    ...visible.map((el) => boxOf(el, el.closest('g.person')?.getAttribute('data-id') ?? undefined)),
    ...ringLabels.map((el) => boxOf(el, undefined)),
  ];
  const sizes = [...visible, ...ringLabels].map(screenFontPx);

  const problems: string[] = [];
  let labelOverlaps = 0;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (!overlaps(labels[i]!, labels[j]!)) continue;
      labelOverlaps++;
      problems.push(`label "${labels[i]!.text}" overlaps label "${labels[j]!.text}"`);
    }
  }
  let labelNodeOverlaps = 0;
  for (const b of labels) {
    for (const n of nodes) {
      if (n.id === b.owner || !boxMeetsCircle(b, n)) continue;
      labelNodeOverlaps++;
      problems.push(`label "${b.text}" covers node "${n.id || 'client'}"`);
    }
  }

  let lineLabelCrossings = 0;
  let occlusions = 0;
  for (const path of root.querySelectorAll<SVGPathElement>('g.lines g.line path.line-stroke')) {
    if (!shown(path)) continue;
    const line = path.closest('g.line')!;
    const id = line.getAttribute('data-id') ?? '';
    const ends = line.getAttribute('data-kind') === 'client' ? ['', id] : [inventory.ties[id]?.a, inventory.ties[id]?.b];
    const ctm = path.getScreenCTM();
    if (!ctm) continue;
    const scale = Math.hypot(ctm.a, ctm.b);
    const length = path.getTotalLength();
    const step = 1.5 / scale;
    const crossed = new Set<Box>();
    const under = new Set<Node>();
    for (let at = 0; at <= length; at += step) {
      const p = path.getPointAtLength(at);
      const x = ctm.a * p.x + ctm.c * p.y + ctm.e;
      const y = ctm.b * p.x + ctm.d * p.y + ctm.f;
      for (const b of labels) if (!crossed.has(b) && inside(b, x, y)) crossed.add(b);
      for (const n of nodes) {
        if (ends.includes(n.id) || under.has(n)) continue;
        if ((x - n.x) ** 2 + (y - n.y) ** 2 < (n.r - SLACK) ** 2) under.add(n);
      }
    }
    lineLabelCrossings += crossed.size;
    occlusions += under.size;
    for (const n of under) problems.push(`line ${id} runs under node "${n.id || 'client'}"`);
    for (const b of crossed) problems.push(`line ${id} crosses label "${b.text}"`);
  }

  return {
    people: people.length,
    labelsShown: visible.length,
    labelsHidden: personLabels.length - visible.length,
    smallestLabelPx: sizes.length ? Math.min(...sizes) : 0,
    labelOverlaps,
    labelNodeOverlaps,
    lineLabelCrossings,
    occlusions,
    problems,
  };
}
