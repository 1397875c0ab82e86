import { noChange, nothing, render, svg, type SVGTemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Id, Inventory } from '@relmap/core';
import type { LayoutSnapshot } from '@relmap/layout';
import { clientLineStyle, personLineStyle, renderLine } from '../visual/index.ts';
import { CLIENT_RADIUS, NODE_RADIUS, round } from './render-map.ts';
import { startsOf } from './spokes.ts';
import { domKey, isPresentingIn } from '../presenting-policy.ts';
import { drawnIdOf } from './drawn-ids.ts';
import { bendsOf } from './routes.ts';

/**
 * The lines: ties between people first, then each person's tie to the client on top. They are drawn into their
 * own containers with Lit's `render`, not as part of the element's template, so that `paintPositions` can move
 * them on every layout tick without re-rendering the element; each line is redrawn only when its ends moved.
 *
 * There are two containers. While a person is dragged, the people who move and their lines are drawn on the
 * second, "live" one (`g.lines-live`), and the people themselves as copies on a live container of their own
 * (`g.people-live`), each container a compositing layer of its own (`will-change`), so that each frame repaints and
 * hands to the compositor only what moves, and the rest of the map, one large picture, stays as it was. The
 * people drawn live keep their place in the map, with the class `live` that makes them invisible, until the drag
 * ends. Copies, not the people themselves: moving an element of the map's own layer, even one composited apart,
 * made the browser paint part of that layer again on every frame (at 1,000 people, about 20 ms of raster a frame).
 */
export function renderLines(inventory: Inventory, snapshot: LayoutSnapshot, shown?: ReadonlySet<Id>): SVGTemplateResult {
  // A crowded map draws its client lines quieter (rule M45), so that they do not form a starburst.
  const crowded = Object.keys(inventory.people).length > CROWDED;
  return svg`<g class=${crowded ? 'lines crowded' : 'lines'} aria-hidden="true">${linesInto(inventory, snapshot, shown)}</g>`;
}

/** Above this many people, client lines are drawn quieter. */
export const CROWDED = 24;

/**
 * The live layer's container, drawn over everything else of the map: a layer of its own under other content would
 * make the browser split whatever overlaps it into further layers.
 */
export function renderLiveLines(): SVGTemplateResult {
  return svg`<g class="lines lines-live" aria-hidden="true"></g><g class="people-live" aria-hidden="true"></g>`;
}

/** What has been drawn into one shadow root: the people on the live layer, and where each person was painted. */
interface Drawn {
  readonly live: Set<Id>;
  /** The copies drawn on the live container of the people on the live layer. */
  readonly copies: Map<Id, SVGGElement>;
  readonly painted: Map<Id, { x: number; y: number }>;
  readonly people: Map<Id, SVGGElement>;
  /** While the first paint draws people in chunks: those drawn so far, whose lines alone are drawn. */
  shown?: ReadonlySet<Id> | undefined;
}

const drawn = new WeakMap<Node, Drawn>();

function drawnIn(root: Node): Drawn {
  let state = drawn.get(root);
  if (!state) drawn.set(root, (state = { live: new Set(), copies: new Map(), painted: new Map(), people: new Map() }));
  return state;
}

/**
 * The smallest move worth drawing, in layout units: half a screen pixel at the current zoom. A layout that is
 * still settling nudges everyone by less than that on most frames; skipping those moves leaves the browser only
 * the people and lines that visibly moved to restyle and repaint.
 */
function visibleStep(within: Element): number {
  const viewport = within.closest('g.viewport') ?? within.querySelector('g.viewport');
  const list = viewport instanceof SVGGraphicsElement ? viewport.transform.baseVal : undefined;
  const scale = list && list.numberOfItems > 0 ? list.consolidate()?.matrix.a : undefined;
  return scale && scale > 0 ? 0.5 / scale : 0.1;
}

/** The lines with (`live`) or without at least one end among the live people. */
function lineItems(
  inventory: Inventory,
  snapshot: LayoutSnapshot,
  step: number,
  live: ReadonlySet<Id>,
  onLive: boolean,
  presenting: boolean,
  shown: ReadonlySet<Id> | undefined,
): SVGTemplateResult {
  const pos = snapshot.positions;
  const q = (v: number): number => Math.round(v / step);
  const here = (...ids: Id[]): boolean => ids.some((id) => live.has(id)) === onLive && (!shown || ids.every((id) => shown.has(id)));
  const ties = Object.values(inventory.ties).filter((t) => here(t.a, t.b));
  const people = Object.values(inventory.people).filter((p) => here(p.id));
  // Not worked out for a container with no line to draw (the frame of a first paint draws none).
  const starts = people.length > 0 ? startsOf(inventory, snapshot) : undefined;
  const bends = ties.length > 0 ? bendsOf(inventory.ties, snapshot) : undefined;
  return svg`${repeat(
    ties,
    (t) => t.id,
    (t) => {
      const a = pos.get(t.a);
      const b = pos.get(t.b);
      if (!a || !b) return nothing;
      const muted = inventory.people[t.a]?.status === 'deceased' || inventory.people[t.b]?.status === 'deceased';
      const bend = bends?.get(t.id) ?? 0;
      const key = domKey(t.id, presenting);
      return guard([t, muted, q(a.x), q(a.y), q(b.x), q(b.y), bend, key], () =>
        renderLine(a, b, personLineStyle(t, { muted }), { trimStart: NODE_RADIUS + 3, trimEnd: NODE_RADIUS + 3, id: key, kind: 'person', bend }),
      );
    },
  )}${repeat(
    people,
    (p) => p.id,
    (p) => {
      const at = pos.get(p.id);
      if (!at) return nothing;
      const start = starts?.get(p.id) ?? CLIENT_RADIUS + 3;
      const key = domKey(p.id, presenting);
      return guard([p, q(at.x), q(at.y), q(start), key], () =>
        renderLine({ x: 0, y: 0 }, at, clientLineStyle(p), { trimStart: start, trimEnd: NODE_RADIUS + 3, id: key, kind: 'client' }),
      );
    },
  )}`;
}

/** Draws both line containers of a root: everything on the first, or the live people's lines on the second. */
function drawLines(root: ParentNode, inventory: Inventory, snapshot: LayoutSnapshot, step: number, which: 'both' | 'live'): void {
  const [lines, live] = root.querySelectorAll<SVGGElement>('g.lines');
  if (!lines) return;
  const state = drawnIn(root);
  const presenting = isPresentingIn(lines);
  if (which === 'both') render(lineItems(inventory, snapshot, step, state.live, false, presenting, state.shown), lines);
  // The first render draws the lines before the live container is in the same tree; nobody is live then.
  if (live) render(lineItems(inventory, snapshot, step, state.live, true, presenting, state.shown), live);
}

/** Renders the lines into the `<g class="lines">` that holds this directive, as the only owner of its children. */
class LinesDirective extends Directive {
  override render(_inventory: Inventory, _snapshot: LayoutSnapshot, _shown: ReadonlySet<Id> | undefined): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [inventory, snapshot, shown]: [Inventory, LayoutSnapshot, ReadonlySet<Id> | undefined]): typeof noChange {
    const container = part.parentNode;
    const root = container.getRootNode() as ParentNode;
    drawnIn(root).shown = shown;
    if (container instanceof SVGElement) drawLines(root, inventory, snapshot, visibleStep(container), 'both');
    return noChange;
  }
}

const linesInto = directive(LinesDirective);

/**
 * Moves what the map has drawn to a new layout snapshot without re-rendering the element: each person's
 * transform, and the lines whose ends moved. The layout calls it on every animation frame; everything that does
 * not depend on positions alone (labels, selection, descriptions) waits for the element's next render. Moves
 * smaller than half a screen pixel are skipped unless `exact` is set (as it is when the layout comes to rest).
 * With `live` (during a drag) the people who move go onto the live layer; without it, the live layer is emptied.
 */
export function paintPositions(root: ParentNode, inventory: Inventory, snapshot: LayoutSnapshot, exact = false, live = false): void {
  const lines = root.querySelector<SVGGElement>('g.lines');
  if (!lines) return;
  const state = drawnIn(root);
  const step = exact ? 0.05 : visibleStep(lines);
  let moved = false;
  let joined = false;
  for (const [id, at] of snapshot.positions) {
    const was = state.painted.get(id);
    if (was && Math.abs(was.x - at.x) < step && Math.abs(was.y - at.y) < step) continue;
    const el = personElement(root, state, id);
    if (!el) continue;
    const next = `translate(${round(at.x)} ${round(at.y)})`;
    state.painted.set(id, { x: at.x, y: at.y });
    // Without a record (the element rendered since), what is drawn may already be right.
    if (el.getAttribute('transform') === next && !was) continue;
    moved = true;
    if (live && !state.live.has(id)) {
      state.live.add(id);
      el.classList.add('live');
      joined = true;
    }
    if (live) liveCopy(root, state, id, el)?.setAttribute('transform', next);
    else el.setAttribute('transform', next);
  }
  const left = !live && state.live.size > 0;
  if (left) endLive(root);
  if (moved || left) drawLines(root, inventory, snapshot, step, live && !joined ? 'live' : 'both');
}

/** Takes everyone off the live layer, where their copies were (their lines are drawn on the first container again at the next draw). */
export function endLive(root: ParentNode): void {
  const state = drawnIn(root);
  for (const id of state.live) {
    const copy = state.copies.get(id);
    const transform = copy?.getAttribute('transform');
    const el = state.people.get(id);
    if (el && transform) el.setAttribute('transform', transform);
    el?.classList.remove('live');
    copy?.remove();
  }
  state.copies.clear();
  state.live.clear();
}

/**
 * The copy of a person on the live container, made when they join the live layer: out of the tab order and the
 * accessibility tree (the container is hidden from it), without ids, and without the `data-id` that finds a person,
 * so that nothing mistakes it for the person, who stays in the map, invisible, until the drag ends.
 */
function liveCopy(root: ParentNode, state: Drawn, id: Id, el: SVGGElement): SVGGElement | undefined {
  const known = state.copies.get(id);
  if (known?.isConnected) return known;
  const container = root.querySelector('g.people-live');
  if (!container) return undefined;
  const copy = el.cloneNode(true) as SVGGElement;
  for (const node of [copy, ...copy.querySelectorAll('*')])
    for (const name of ['id', 'tabindex', 'data-id', 'aria-labelledby', 'aria-describedby']) node.removeAttribute(name);
  copy.classList.remove('live');
  container.append(copy);
  state.copies.set(id, copy);
  return copy;
}

/**
 * Forgets where people were painted, because the element has rendered: its template writes a transform only
 * where its own value changed, so the next frame compares with what is drawn, once, for everyone.
 */
export function forgetPainted(root: ParentNode): void {
  const state = drawn.get(root);
  if (!state) return;
  state.painted.clear();
  // A copy shows what its person showed when it was made; the render may have changed that (a label mode switched
  // to presenting mid-drag must not leave a name on screen), so each is made again where it stands.
  for (const [id, copy] of [...state.copies]) {
    const el = personElement(root, state, id);
    state.copies.delete(id);
    copy.remove();
    if (el) liveCopy(root, state, id, el)?.setAttribute('transform', copy.getAttribute('transform') ?? '');
  }
}

/** A person's drawn group, looked up once and kept while it stays in the document. */
function personElement(root: ParentNode, state: Drawn, id: Id): SVGGElement | undefined {
  const known = state.people.get(id);
  if (known?.isConnected && drawnIdOf(known) === id) return known;
  if (state.people.size > 0 && !known) return undefined;
  state.people.clear();
  for (const el of root.querySelectorAll<SVGGElement>('g.person[data-id]')) state.people.set(drawnIdOf(el) ?? '', el);
  return state.people.get(id);
}
