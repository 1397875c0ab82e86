import { drain } from '../drain.ts';
import type { Id, Inventory } from '@relmap/core';
import type { LayoutSnapshot } from '@relmap/layout';
import { labelPlacer, placeRingLabel, type LabelBox, type LabelLine, type LabelNode, type LabelRequest } from './label-placement.ts';
import { bandEdges, CLIENT_RADIUS, NODE_RADIUS } from './render-map.ts';
import { startsOf } from './spokes.ts';
import { markCircles, markScale, personFormulation } from '../visual/formulation.ts';
import { drawnIdOf } from './drawn-ids.ts';
import { bendsOf, bentPieces } from './routes.ts';

/** What `paintLabels` found: how many labels it had to hide. */
export interface LabelsPainted {
  readonly shown: number;
  readonly hidden: number;
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** Measures a text in a font, in CSS pixels of that font's size (layout units, since the font is sized in them). */
function measure(text: string, font: string, fallbackSize: number): number {
  if (canvas === undefined) canvas = globalThis.document?.createElement('canvas').getContext('2d') ?? null;
  if (!canvas) return text.length * fallbackSize * 0.6;
  canvas.font = font;
  return canvas.measureText(text).width;
}

function fontOf(el: Element): { font: string; size: number } {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize) || 13;
  return { font: `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`, size };
}

/** The smallest text, in CSS pixels on screen, that a label may be drawn at (rule M40). */
const SMALLEST_LABEL_PX = 11;

/**
 * Whether the labels inside people's symbols are at least `SMALLEST_LABEL_PX` on screen at the zoom `k`. They share
 * one font size (the styles and the `person-inside-label` part set it for all), so it is read once per paint: a
 * computed style per person cost tens of milliseconds at 300 people.
 */
function insideReads(groups: readonly Element[], k: number): boolean {
  const inside = groups.find((g) => g.classList.contains('label-inside'))?.querySelector('text.inside-label');
  return inside !== null && inside !== undefined && fontOf(inside).size * k >= SMALLEST_LABEL_PX;
}

/** The drawn segments of every line, as `draw-lines.ts` draws them (client lines from where they start). */
function drawnLines(inventory: Inventory, snapshot: LayoutSnapshot, skip: ReadonlySet<Id>): LabelLine[] {
  const pos = snapshot.positions;
  const lines: LabelLine[] = [];
  const starts = startsOf(inventory, snapshot);
  for (const [id, p] of pos) {
    const d = Math.hypot(p.x, p.y);
    if (d < 1e-6 || skip.has(id)) continue;
    const s = starts.get(id) ?? CLIENT_RADIUS;
    lines.push({ ax: (p.x / d) * s, ay: (p.y / d) * s, bx: p.x - (p.x / d) * NODE_RADIUS, by: p.y - (p.y / d) * NODE_RADIUS });
  }
  const bends = bendsOf(inventory.ties, snapshot);
  for (const t of Object.values(inventory.ties)) {
    const a = pos.get(t.a);
    const b = pos.get(t.b);
    if (!a || !b || skip.has(t.a) || skip.has(t.b)) continue;
    const d = Math.hypot(b.x - a.x, b.y - a.y);
    if (d < 2 * NODE_RADIUS) continue;
    const ux = (b.x - a.x) / d;
    const uy = (b.y - a.y) / d;
    const from = { x: a.x + ux * NODE_RADIUS, y: a.y + uy * NODE_RADIUS };
    const to = { x: b.x - ux * NODE_RADIUS, y: b.y - uy * NODE_RADIUS };
    const bend = bends.get(t.id) ?? 0;
    if (bend === 0) lines.push({ ax: from.x, ay: from.y, bx: to.x, by: to.y });
    else for (const [p, q] of bentPieces(a, b, bend)) lines.push({ ax: p.x, ay: p.y, bx: q.x, by: q.y });
  }
  return lines;
}

/**
 * The focus and life-events marks drawn on people's rims, as circles no label may cover, its own person's label
 * included (rule V33): they reach beyond the symbol, which is all the placement knew of a person before.
 */
function markObstacles(groups: readonly SVGGElement[], inventory: Inventory, snapshot: LayoutSnapshot, skip: ReadonlySet<Id>, scale: number): LabelNode[] {
  const out: LabelNode[] = [];
  for (const g of groups) {
    if (!g.querySelector(':scope > g.marks')) continue;
    const id = drawnIdOf(g);
    const at = id === undefined ? undefined : snapshot.positions.get(id);
    if (!at || id === undefined || skip.has(id)) continue;
    markCircles(personFormulation(inventory, id), scale).forEach((c, i) => out.push({ id: `${id}\u0000mark ${i}`, x: at.x + c.x, y: at.y + c.y, r: c.r + 1 }));
  }
  return out;
}

/** Who is left out of the placement, who must be labelled, and what else is drawn. */
export interface LabelContext {
  /** Labelled whatever they cover: the selected, focused, highlighted and found people. */
  readonly required: ReadonlySet<Id>;
  /** Not labelled, and neither obstacles nor counted as hidden: faded and collapsed people. */
  readonly skip: ReadonlySet<Id>;
  /** The part of the drawing in view, in layout units; labels stay inside it. */
  readonly bounds?: LabelBox;
  /** Collapsed groups' nodes, obstacles like people. */
  readonly groups: readonly { readonly x: number; readonly y: number; readonly r: number }[];
}

/**
 * Places every person's label (and dates) where it hides nothing, at the zoom `k`, and writes the places onto the
 * drawing without rendering the element: the labels' `x` and `y`, and the class `label-hidden` on a label that has
 * no free side (rules M40 to M43). Labels keep one size on screen whatever the zoom, so their size in layout
 * units, and so their places, depend on the zoom; ring labels move with them to stay inside their band.
 */
export function paintLabels(root: ParentNode, inventory: Inventory, snapshot: LayoutSnapshot, k: number, context: LabelContext): LabelsPainted {
  return drain(labelPainter(root, inventory, snapshot, k, context));
}

/** `paintLabels` in steps, pausing before each label measured and each placed (see `labelPlacer`). */
export function* labelPainter(
  root: ParentNode,
  inventory: Inventory,
  snapshot: LayoutSnapshot,
  k: number,
  context: LabelContext,
): Generator<void, LabelsPainted> {
  const { required, skip } = context;
  const groups = [...root.querySelectorAll<SVGGElement>('g.people g.person[data-id]')];
  const first = groups[0]?.querySelector('text.label');
  const unit = 1 / Math.min(k, 1);
  const fixed: LabelBox[] = [];
  const nodes: LabelNode[] = [
    { id: '', x: 0, y: 0, r: CLIENT_RADIUS + 2 },
    ...context.groups.map((g, i) => ({ id: `group ${i}`, x: g.x, y: g.y, r: g.r + 2 })),
  ];
  for (const [id, at] of snapshot.positions) if (!skip.has(id)) nodes.push({ id, x: at.x, y: at.y, r: NODE_RADIUS + 2 });
  nodes.push(...markObstacles(groups, inventory, snapshot, skip, markScale(k)));
  yield;
  const lines = drawnLines(inventory, snapshot, skip);
  yield;
  const ringLabels = [...root.querySelectorAll<SVGTextElement>('g.rings text.ring-label')];
  const edges = bandEdges(snapshot.ringRadii);
  if (ringLabels[0]) {
    const { font, size } = fontOf(ringLabels[0]);
    for (const [i, el] of ringLabels.entries()) {
      // Upper-case with letter spacing: wider than the canvas measures.
      const w = measure((el.textContent ?? '').toUpperCase(), font, size) * 1.15 + 4 * unit;
      if (w <= 4 * unit) continue;
      const at = placeRingLabel(edges[i] ?? 0, w, size * 1.3, { nodes, lines }, fixed);
      el.setAttribute('x', String(Math.round(at.x * 10) / 10));
      el.setAttribute('y', String(Math.round(at.y * 10) / 10));
      yield;
    }
  }
  const clientLabel = root.querySelector<SVGTextElement>('text.client-label');
  if (clientLabel) {
    const { font, size } = fontOf(clientLabel);
    const w = measure(clientLabel.textContent ?? '', font, size);
    fixed.push({ left: -w / 2, right: w / 2, top: -size * 0.7, bottom: size * 0.7 });
  }
  for (const el of root.querySelectorAll<SVGTextElement>('g.collapsed-group text.label')) {
    const g = el.closest('g.collapsed-group')!;
    const { font, size } = fontOf(el);
    const w = measure(el.textContent ?? '', font, size);
    const r = context.groups[0]?.r ?? NODE_RADIUS;
    const y = r + 3 * unit + size * 0.6;
    el.setAttribute('y', String(Math.round(y * 10) / 10));
    const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
    const gx = Number(m?.[1] ?? 0);
    const gy = Number(m?.[2] ?? 0);
    fixed.push({ left: gx - w / 2, right: gx + w / 2, top: gy + y - size * 0.6, bottom: gy + y + size * 0.6 });
  }
  if (!first) return { shown: 0, hidden: 0 };
  const { font, size } = fontOf(first);
  // The box of a line of text as the browser draws it: most sans-serif fonts reach 1.35 em from ascent to descent.
  const line = size * 1.4;
  const reads = insideReads(groups, k);
  const requests: LabelRequest[] = [];
  const texts = new Map<Id, { label: SVGTextElement; dates: SVGTextElement | null }>();
  for (const g of groups) {
    yield;
    const id = drawnIdOf(g)!;
    const at = snapshot.positions.get(id);
    // A label drawn inside the symbol needs no place beside it (a deceased person's dates still do), unless the
    // zoom makes the symbol too small to read it there (rule M40's 11 px): then it goes beside, as any label.
    const inside = g.classList.contains('label-inside') && reads && g.querySelector('text.inside-label') !== null;
    g.classList.toggle('label-beside', g.classList.contains('label-inside') && !inside);
    const label = g.querySelector<SVGTextElement>(inside ? 'text.dates' : 'text.label');
    if (!at || !label) continue;
    if (skip.has(id)) {
      label.classList.add('label-hidden');
      g.querySelector('text.dates')?.classList.add('label-hidden');
      continue;
    }
    const dates = inside ? null : g.querySelector<SVGTextElement>('text.dates');
    texts.set(id, { label, dates });
    const width = Math.max(measure(label.textContent ?? '', font, size), dates ? measure(dates.textContent ?? '', font, size) * 0.85 : 0);
    requests.push({ id, width: width + 4 * unit, height: dates ? 2 * line : line, required: required.has(id) });
  }
  const placed = yield* labelPlacer(requests, { nodes, lines, fixed, gap: 3 * unit, ...(context.bounds ? { bounds: context.bounds } : {}) });
  let hidden = 0;
  for (const [id, { label, dates }] of texts) {
    const p = placed.get(id);
    const off = !p || 'hidden' in p;
    label.classList.toggle('label-hidden', off);
    dates?.classList.toggle('label-hidden', off);
    if (!p || 'hidden' in p) {
      hidden++;
      continue;
    }
    const y = dates ? p.dy - line / 2 : p.dy;
    label.setAttribute('x', String(Math.round(p.dx * 10) / 10));
    label.setAttribute('y', String(Math.round(y * 10) / 10));
    if (dates) {
      dates.setAttribute('x', String(Math.round(p.dx * 10) / 10));
      dates.setAttribute('y', String(Math.round((p.dy + line / 2) * 10) / 10));
    }
  }
  return { shown: texts.size - hidden, hidden };
}
