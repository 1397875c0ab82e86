import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { Id, Inventory, Person } from '@relmap/core';
import type { LayoutSnapshot } from '@relmap/layout';
import { categoryGlyph, categoryTone, deceasedCross, groupShape } from '../visual/index.ts';
import { domKey, idOfDomKey } from '../presenting-policy.ts';
import { personElement } from './drawn-ids.ts';
import type { Category } from '@relmap/core';
import type { PersonFormulation } from '../visual/formulation.ts';
import { renderMarks } from '../visual/render-marks.ts';

/** Radius of a person's symbol, in layout units. */
export const NODE_RADIUS = 18;

/** The radius of a collapsed group's node (rule M49). */
export const COLLAPSED_RADIUS = NODE_RADIUS * 1.5;
/** Radius of the client's symbol at the centre. */
export const CLIENT_RADIUS = 30;

/** Where a person's category badge sits, from the centre of their symbol (on the rim, at half past one). */
export const BADGE = { x: 13, y: -13, radius: 8, glyph: 5.2 } as const;

const PERSON_SYMBOL = `M${-NODE_RADIUS} 0A${NODE_RADIUS} ${NODE_RADIUS} 0 1 1 ${NODE_RADIUS} 0A${NODE_RADIUS} ${NODE_RADIUS} 0 1 1 ${-NODE_RADIUS} 0Z`;
const GROUP_SYMBOL = groupShape({ x: 0, y: 0 }, NODE_RADIUS);

const glyphs = new Map<Category, string>();

/** The glyph of a category as drawn on a person's badge; the same few strings for every person. */
function badgeGlyph(category: Category): string {
  let d = glyphs.get(category);
  if (d === undefined) glyphs.set(category, (d = categoryGlyph(category, { x: BADGE.x, y: BADGE.y }, BADGE.glyph)));
  return d;
}

/** What the map's people need to know to draw one person. */
export interface PersonView {
  readonly person: Person;
  readonly label: string;
  /** Whether the label is drawn inside the symbol (it fits) instead of beside it. */
  readonly inside: boolean;
  readonly description: string;
  readonly dates: string;
  readonly x: number;
  readonly y: number;
  readonly selected: boolean;
  /** Marked with a halo by the element's `highlight` property. */
  readonly highlighted?: boolean;
  readonly active: boolean;
  readonly dragging: boolean;
  readonly linkSource: boolean;
  /** The person's focus areas and life events, drawn as marks on the rim; none when the formulation is not shown. */
  readonly formulation?: PersonFormulation | undefined;
  /** While presenting, `data-id` carries an opaque key instead of the id (the presenting policy's `domKey`). */
  readonly presenting?: boolean;
}

/**
 * The outer edge of each closeness band. People sit on their ring's radius, the middle of a band; the drawn
 * circles are the edges between bands, halfway between neighbouring rings, so "inside the inner circle" reads
 * literally and a drop anywhere in a band lands on that ring.
 */
export function bandEdges(ringRadii: readonly number[]): number[] {
  return ringRadii.map((r, i) => {
    const next = ringRadii[i + 1];
    if (next !== undefined) return (r + next) / 2;
    const prev = ringRadii[i - 1] ?? CLIENT_RADIUS;
    return r + (r - prev) / 2;
  });
}

/**
 * How far the drawing reaches from the centre: the people and their labels, or the outer band's edge and its
 * label (and the sector labels outside it, when sectors are on), whichever is further. Fitting and exporting use it, so an empty map still shows its rings whole.
 */
export function drawingExtent(snapshot: LayoutSnapshot): number {
  const edge = bandEdges(snapshot.ringRadii).at(-1) ?? CLIENT_RADIUS;
  // Sector labels run on an arc just outside the outermost band.
  return Math.max(snapshot.extent, edge + (snapshot.sectors.some((r) => r.count > 0) ? 24 : 6));
}

/** The closeness bands, outermost first so that inner ones paint over them; the drop target highlighted. */
export function renderRings(snapshot: LayoutSnapshot, labels: readonly string[], target: number | undefined): SVGTemplateResult {
  const edges = bandEdges(snapshot.ringRadii);
  return svg`<g class="rings" aria-hidden="true">
    ${[...edges.keys()].reverse().map((i) => {
      const hit = target === i + 1;
      return svg`<circle part=${hit ? 'ring ring-target' : 'ring'} class="ring ring-${i + 1}${hit ? ' target' : ''}" r=${edges[i]!}></circle>`;
    })}
    ${edges.map((r, i) => svg`<text part="ring-label" class="ring-label" x="0" y=${-r + 15}>${labels[i] ?? ''}</text>`)}
  </g>`;
}

/**
 * Marks the drop-target ring during a drag without rendering the element, as `renderRings` would draw it. A
 * drag that crosses bands would otherwise render every person again at each crossing.
 */
export function paintRingTarget(root: ParentNode, target: number | undefined): void {
  for (const el of root.querySelectorAll<SVGCircleElement>('g.rings circle.ring')) {
    const hit = el.classList.contains(`ring-${target}`);
    if (el.classList.contains('target') === hit) continue;
    el.classList.toggle('target', hit);
    el.setAttribute('part', hit ? 'ring ring-target' : 'ring');
  }
}

/**
 * Marks the dragged person (the `dragging` class, as `renderPerson` would set it) without rendering the element;
 * `undefined` clears the mark.
 */
export function paintDragging(root: ParentNode, id: string | undefined): void {
  for (const el of root.querySelectorAll<SVGGElement>('g.person.dragging'))
    if (idOfDomKey(el.getAttribute('data-id') ?? '') !== id) el.classList.remove('dragging');
  if (id !== undefined) personElement(root, id)?.classList.add('dragging');
}

/** The client at the centre. */
export function renderClient(label: string): SVGTemplateResult {
  return svg`<g part="client" class="client" aria-hidden="true">
    <circle class="client-symbol" r=${CLIENT_RADIUS}></circle>
    <text class="client-label">${label}</text>
  </g>`;
}

/**
 * One person, as an item of the map's list of people: a symbol (circle, or rounded square for a group) filled and
 * edged in the colour of their category's tone, their label inside it when it fits (else beside it), a badge on its rim with their category's
 * glyph, an X when deceased, and dates; with the formulation shown, a mark per focus area and one for life events. Focusable, with a spoken description that names the category, so
 * the badge is heard as well as seen. One template for people and groups alike (the symbol is path data), so that
 * drawing a large map creates one template instance per person.
 */
export function renderPerson(view: PersonView): SVGTemplateResult {
  const { person, x, y } = view;
  const tone = categoryTone(person.category);
  const classes = [
    'person',
    `tone-${tone}`,
    person.kind === 'group' ? 'group' : '',
    person.status === 'deceased' ? 'deceased' : '',
    view.selected ? 'selected' : '',
    view.highlighted ? 'highlighted' : '',
    view.dragging ? 'dragging' : '',
    view.linkSource ? 'link-source' : '',
    view.inside ? 'label-inside' : '',
    view.formulation?.marks.length ? 'in-focus' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const parts = `person${view.selected ? ' person-selected' : ''}${person.status === 'deceased' ? ' person-deceased' : ''}${view.highlighted ? ' person-highlighted' : ''}`;
  const transform = `translate(${round(x)} ${round(y)})`;
  const halo = view.highlighted ? svg`<circle class="halo" part="person-halo" r=${NODE_RADIUS + 9}></circle>` : nothing;
  const selection = view.selected ? svg`<circle class="selection" part="person-selection" r=${NODE_RADIUS + 4.5}></circle>` : nothing;
  const cross = person.status === 'deceased' ? svg`<path class="cross" d=${deceasedCross({ x: 0, y: 0 }, NODE_RADIUS)}></path>` : nothing;
  const dates = view.dates ? svg`<text class="dates">${view.dates}</text>` : nothing;
  return svg`<g role="listitem"><g part=${parts} class=${classes} data-id=${domKey(person.id, view.presenting ?? false)} data-category=${person.category} transform=${transform}
      role="button" aria-roledescription="person" aria-label=${view.description} aria-pressed=${view.selected ? 'true' : 'false'}
      tabindex=${view.active ? 0 : -1}>
    <circle class="focus-ring" r=${NODE_RADIUS + 6}></circle>
    ${halo}${selection}<path class="symbol" part="person-symbol" d=${person.kind === 'group' ? GROUP_SYMBOL : PERSON_SYMBOL}></path>${cross}
    <text part="person-inside-label" class="inside-label" dy="0.35em">${view.inside ? view.label : ''}</text>
    <g part="person-badge" class="badge"><circle cx=${BADGE.x} cy=${BADGE.y} r=${BADGE.radius}></circle><path class="glyph" d=${badgeGlyph(person.category)}></path></g>
    ${renderMarks(view.formulation)}
    <text part="person-label" class="label">${view.label}</text>
    ${dates}
  </g></g>`;
}

/** The rubber band from a person while the user drags to link them to another. */
export function renderLinkPreview(from: { x: number; y: number } | undefined, to: { x: number; y: number } | undefined): SVGTemplateResult | typeof nothing {
  if (!from || !to) return nothing;
  return svg`<line class="link-preview" x1=${from.x} y1=${from.y} x2=${to.x} y2=${to.y}></line>`;
}

/** Ids in the order the people are drawn. */
export function drawOrder(inventory: Inventory): Id[] {
  return Object.keys(inventory.people).sort();
}

/** A coordinate as written into a transform: rounded to a tenth of a unit. */
export function round(v: number): number {
  return Math.round(v * 10) / 10;
}
