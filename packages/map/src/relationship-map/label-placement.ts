import { drain } from '../drain.ts';
import { BoxGrid } from './box-grid.ts';

/**
 * Where each person's label goes (rules M40 to M43 of the visual SPEC): around its node, on the side that hides
 * nothing. Pure geometry in layout units, so it can be tested without a browser; `paint-labels.ts` measures the
 * labels and applies the result to the drawing.
 */

/** A circle that labels must not cover: a person's symbol or the client's. */
export interface LabelNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** A label to place next to its node, with its size in layout units at the current zoom. */
export interface LabelRequest {
  /** The person's id (the node the label belongs to). */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Shown whatever it covers (the selected, focused or highlighted person). */
  readonly required?: boolean;
}

/** A line as drawn, between two points, with the ids of the nodes it joins ('' is the client). */
export interface LabelLine {
  readonly ax: number;
  readonly ay: number;
  readonly bx: number;
  readonly by: number;
}

/** An axis-aligned box, in layout units. */
export interface LabelBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** One label's place: its box's centre relative to its node, or `hidden`. */
export type Placement = { readonly dx: number; readonly dy: number; readonly box: LabelBox; readonly crossings: number } | { readonly hidden: true };

/** What `placeLabels` needs besides the labels. */
export interface PlacementInput {
  readonly nodes: readonly LabelNode[];
  readonly lines: readonly LabelLine[];
  /** Boxes already taken (ring labels, the client's label). */
  readonly fixed: readonly LabelBox[];
  /** The gap between a node's edge and its label, in layout units. */
  readonly gap: number;
  /** The part of the drawing in view: a label reaching outside it counts as blocked. */
  readonly bounds?: LabelBox;
}

const BLOCKED = 1000;
const CROSSING = 10;
// The eight sides, clockwise from below; a diagonal sits at the node's 45° point.
const SIDES: readonly (readonly [number, number])[] = [
  [0, 1],
  [-1, 1],
  [-1, 0],
  [-1, -1],
  [0, -1],
  [1, -1],
  [1, 0],
  [1, 1],
];

/** The boxes of a line's pieces of about `size` each: a long diagonal line's own box holds thousands of cells. */
function pieceBoxes(l: LabelLine, size: number): LabelBox[] {
  const n = Math.max(1, Math.ceil(Math.hypot(l.bx - l.ax, l.by - l.ay) / size));
  const at = (i: number): [number, number] => [l.ax + ((l.bx - l.ax) * i) / n, l.ay + ((l.by - l.ay) * i) / n];
  return Array.from({ length: n }, (_, i) => {
    const [x0, y0] = at(i);
    const [x1, y1] = at(i + 1);
    return { left: Math.min(x0, x1), top: Math.min(y0, y1), right: Math.max(x0, x1), bottom: Math.max(y0, y1) };
  });
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function meetsCircle(b: LabelBox, n: LabelNode): boolean {
  const dx = n.x - Math.max(b.left, Math.min(n.x, b.right));
  const dy = n.y - Math.max(b.top, Math.min(n.y, b.bottom));
  return dx * dx + dy * dy < n.r * n.r;
}

function within(a: LabelBox, b: LabelBox): boolean {
  return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
}

/** Whether a segment passes through a box (Liang-Barsky clipping). */
export function segmentMeetsBox(l: LabelLine, b: LabelBox): boolean {
  // Most lines a grid cell holds pass beside the box: their own boxes tell at once.
  if (Math.max(l.ax, l.bx) < b.left || Math.min(l.ax, l.bx) > b.right || Math.max(l.ay, l.by) < b.top || Math.min(l.ay, l.by) > b.bottom) return false;
  const dx = l.bx - l.ax;
  const dy = l.by - l.ay;
  let t0 = 0;
  let t1 = 1;
  // The four edges as (p, q) pairs, unrolled: this runs for every line near every candidate place of every label.
  const ps = [-dx, dx, -dy, dy];
  const qs = [l.ax - b.left, b.right - l.ax, l.ay - b.top, b.bottom - l.ay];
  for (let i = 0; i < 4; i++) {
    const p = ps[i]!;
    const q = qs[i]!;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function boxAt(node: LabelNode, side: readonly [number, number], w: number, h: number, gap: number): { dx: number; dy: number; box: LabelBox } {
  const [sx, sy] = side;
  const diagonal = sx !== 0 && sy !== 0;
  const reach = diagonal ? node.r * Math.SQRT1_2 : node.r;
  const dx = sx === 0 ? 0 : sx * (reach + gap + w / 2);
  const dy = sy === 0 ? 0 : sy * (reach + gap + h / 2);
  const cx = node.x + dx;
  const cy = node.y + dy;
  return { dx, dy, box: { left: cx - w / 2, top: cy - h / 2, right: cx + w / 2, bottom: cy + h / 2 } };
}

/**
 * Places labels one by one, the required ones first, then from the innermost people outward. Each label tries
 * the eight sides of its node, the side facing away from the client first (the client's line comes from the
 * other side), and takes the side that covers no label and no other node and crosses the fewest lines. A label
 * that would cover a label or a node on every side is hidden (unless required), never drawn over them.
 */
export function placeLabels(requests: readonly LabelRequest[], input: PlacementInput): Map<string, Placement> {
  return drain(labelPlacer(requests, input));
}

/** `placeLabels` a label at a time, pausing before each, so that a large map's first paint can share the thread. */
export function* labelPlacer(requests: readonly LabelRequest[], input: PlacementInput): Generator<void, Map<string, Placement>> {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  // Cells the height of the tallest label: a candidate place then looks at a few cells, not at every line and node.
  const size = Math.max(8, ...requests.map((r) => r.height));
  const grid = new BoxGrid<{ box?: LabelBox; node?: LabelNode; line?: LabelLine }>(size);
  const take = (box: LabelBox): void => grid.add({ box }, box);
  input.fixed.forEach(take);
  for (const node of input.nodes) grid.add({ node }, { left: node.x - node.r, top: node.y - node.r, right: node.x + node.r, bottom: node.y + node.r });
  for (const line of input.lines) {
    grid.add({ line }, pieceBoxes(line, size), (cell) => segmentMeetsBox(line, cell));
    yield;
  }
  const result = new Map<string, Placement>();
  const distance = (id: string): number => {
    const n = byId.get(id);
    return n ? Math.hypot(n.x, n.y) : Infinity;
  };
  const order = [...requests].sort(
    (a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)) || distance(a.id) - distance(b.id) || (a.id < b.id ? -1 : 1),
  );
  for (const req of order) {
    yield;
    const node = byId.get(req.id);
    if (!node) continue;
    const out = Math.hypot(node.x, node.y) < 1e-6 ? { x: 0, y: 1 } : { x: node.x / Math.hypot(node.x, node.y), y: node.y / Math.hypot(node.x, node.y) };
    let best: { dx: number; dy: number; box: LabelBox; cost: number; crossings: number; blocked: boolean } | undefined;
    // Next to the node first; a little further out only when that frees the label from a line.
    for (const [far, side] of [...SIDES.map((s) => [0, s] as const), ...SIDES.map((s) => [1, s] as const)]) {
      const at = boxAt(node, side, req.width, req.height, input.gap + far * req.height * 0.6);
      const norm = Math.hypot(side[0], side[1]);
      // Outward first; below is the usual place of a label, so it wins a tie.
      let cost = 1 - (side[0] * out.x + side[1] * out.y) / norm + (side[0] === 0 && side[1] === 1 ? -0.05 : 0) + far * 3;
      if (input.bounds && !within(at.box, input.bounds)) cost += BLOCKED;
      let crossings = 0;
      // Widened by the gap: a zigzag's teeth and a thick stroke reach beyond the line's centre.
      const wide = { left: at.box.left - input.gap, top: at.box.top - input.gap, right: at.box.right + input.gap, bottom: at.box.bottom + input.gap };
      grid.near(wide, ({ box, node, line }) => {
        if (box && overlaps(at.box, box)) cost += BLOCKED;
        else if (node && node.id !== req.id && meetsCircle(at.box, node)) cost += BLOCKED;
        else if (line && segmentMeetsBox(line, wide)) crossings++;
      });
      cost += crossings * CROSSING;
      if (!best || cost < best.cost) best = { ...at, cost, crossings, blocked: cost >= BLOCKED / 2 };
    }
    if (!best || (best.blocked && !req.required)) {
      result.set(req.id, { hidden: true });
      continue;
    }
    take(best.box);
    result.set(req.id, { dx: best.dx, dy: best.dy, box: best.box, crossings: best.crossings });
  }
  return result;
}

/**
 * Where a ring's label goes: just inside the band's outer edge, at the top if nothing is there, otherwise at the
 * nearest angle (in steps of 15°) where it covers no node and no label and crosses the fewest lines. Returns the
 * centre of its box, which is also added to `taken`.
 */
export function placeRingLabel(
  edge: number,
  width: number,
  height: number,
  input: Omit<PlacementInput, 'gap' | 'fixed'>,
  taken: LabelBox[],
): { x: number; y: number } {
  let best: { x: number; y: number; box: LabelBox; cost: number } | undefined;
  const radius = edge - height * 0.75;
  for (let step = 0; step <= 12; step++) {
    for (const sign of step === 0 || step === 12 ? [1] : [-1, 1]) {
      const angle = (sign * step * 15 * Math.PI) / 180;
      const x = radius * Math.sin(angle);
      const y = -radius * Math.cos(angle);
      const box = { left: x - width / 2, right: x + width / 2, top: y - height / 2, bottom: y + height / 2 };
      let cost = step / 12;
      for (const t of taken) if (overlaps(box, t)) cost += BLOCKED;
      for (const n of input.nodes) if (meetsCircle(box, n)) cost += BLOCKED;
      for (const l of input.lines) if (segmentMeetsBox(l, box)) cost += CROSSING;
      if (!best || cost < best.cost) best = { x, y, box, cost };
    }
  }
  taken.push(best!.box);
  return { x: best!.x, y: best!.y };
}
