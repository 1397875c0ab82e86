import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Id, Inventory, Person } from '@relmap/core';
import { sectorOf, SECTORS, type LayoutSnapshot, type Sector } from '@relmap/layout';
import { FAR_ZOOM, type ViewTransform } from '../controllers/viewport-controller.ts';
import { labelFitsInside, type LabelMode } from '../labels.ts';
import { readingOrder } from '../navigation.ts';
import type { MapStrings } from '../strings.ts';
import { formulationOf } from '../visual/formulation.ts';
import type { Gestures } from './gestures.ts';
import { renderLines, renderLiveLines } from './draw-lines.ts';
import { renderSectors } from './render-sectors.ts';
import { drawOrder, renderClient, renderLinkPreview, renderPerson, renderRings } from './render-map.ts';

/** Everything the drawing needs from the element for one render. */
export interface DrawingModel {
  readonly inventory: Inventory;
  readonly snapshot: LayoutSnapshot;
  readonly transform: ViewTransform;
  readonly text: MapStrings;
  readonly gestures: Gestures;
  readonly selected: readonly Id[];
  readonly highlight: readonly Id[];
  /** The person who holds the map's one tab stop, if chosen. */
  readonly activeId: Id | undefined;
  label(person: Person): string;
  /** The label mode, which decides whether a label fits inside its symbol. */
  readonly mode: LabelMode;
  /** A person's dates as shown and their spoken description, for the ring labels given. */
  spokenAndShown(person: Person, ringLabels: readonly string[]): { description: string; dates: string };
  onFocusIn(e: FocusEvent): void;
  /** Drawn over the people: the collapsed groups' nodes. */
  readonly overlay?: SVGTemplateResult | typeof nothing;
  /** Said after the map's description: the view chosen and whether labels are hidden. */
  readonly viewDescription?: string;
  /** Whether people carry their focus and life-events marks (rule V31); on unless `false`. */
  readonly formulation?: boolean;
  /** Whether the map is presenting: what the DOM carries for ids then is opaque (`domKey`). */
  readonly presenting?: boolean;
  /** While the first paint draws people in chunks (rule M51): those drawn so far. The drawing is `aria-busy` then. */
  readonly shown?: ReadonlySet<Id> | undefined;
}

/**
 * The map's drawing: rings, lines, the client and the people, in an SVG that is one Tab stop (a roving tabindex
 * over the people), followed by the map's spoken description. The DOM keeps one order (by id), because reordering
 * would move, and so blur, the focused person. Zoomed far out, the drawing has the class `far` from the first
 * render on, so that the browser does not lay out a large map's labels even once.
 */
export function renderDrawing(m: DrawingModel): TemplateResult {
  const { inventory: inv, snapshot: snap, transform: t, text, gestures } = m;
  const all = drawOrder(inv).flatMap((id) => {
    const at = snap.positions.get(id);
    return at ? [{ id, ring: inv.people[id]!.tie.ring, x: at.x, y: at.y }] : [];
  });
  const people = m.shown ? all.filter((p) => m.shown!.has(p.id)) : all;
  const active = m.activeId && inv.people[m.activeId] ? m.activeId : readingOrder(people)[0]?.id;
  const ringLabels = inv.settings.ringLabels.map((l, i) => text.ring(i + 1, l));
  const marks = m.formulation === false ? undefined : formulationOf(inv);
  return html`<svg
      part="map"
      class=${t.k < FAR_ZOOM ? 'map far' : 'map'}
      role="application"
      aria-roledescription="relationship map"
      aria-label=${text.mapLabel}
      aria-describedby="map-description"
      aria-busy=${m.shown ? 'true' : nothing}
      tabindex=${people.length === 0 ? 0 : -1}
      @focusin=${m.onFocusIn}
    >
      <g class="viewport" transform=${viewTransform(t)}>
        ${renderRings(snap, inv.settings.ringLabels, gestures.dragging?.ring)}
        ${renderSectors(inv, snap, text.sector)}
        ${renderLines(inv, snap, m.shown)}
        ${renderClient(inv.client.label)}
        ${all.length === 0 ? svg`<text class="empty" y=${snap.ringRadii[0]! + 24}>${text.emptyMap}</text>` : nothing}
        <g class="people" role="list">
          ${repeat(
            people,
            (p) => p.id,
            (p) => {
              const person = inv.people[p.id]!;
              const label = m.label(person);
              return renderPerson({
                person,
                x: p.x,
                y: p.y,
                label,
                inside: labelFitsInside(label, m.mode),
                ...m.spokenAndShown(person, ringLabels),
                selected: m.selected.includes(p.id),
                highlighted: m.highlight.includes(p.id),
                active: p.id === active,
                dragging: gestures.dragging?.id === p.id,
                linkSource: gestures.keyboardLinkFrom === p.id || gestures.linking?.from === p.id,
                formulation: marks?.get(p.id),
                presenting: m.presenting ?? false,
              });
            },
          )}
        </g>
        ${m.overlay ?? nothing}
        ${renderLiveLines()}
        ${gestures.linking ? renderLinkPreview(snap.positions.get(gestures.linking.from), gestures.linking) : nothing}
      </g>
    </svg>
    <p id="map-description" class="sr-only">${describeMap(text, inv, all)}${m.viewDescription ? ` ${m.viewDescription}` : ''}</p>`;
}

/**
 * Applies a view transform to the drawing as `renderDrawing` writes it (the viewport's transform and the class
 * `far`), without rendering the element: no person or line depends on the view, and rendering would compare every
 * person's bindings again. Returns `false` when there is no drawing to paint.
 */
export function paintView(root: ParentNode | undefined, t: ViewTransform): boolean {
  const map = root?.querySelector<SVGSVGElement>('svg.map');
  const viewport = map?.querySelector<SVGGElement>('g.viewport');
  if (!map || !viewport) return false;
  const transform = viewTransform(t);
  if (viewport.getAttribute('transform') !== transform) viewport.setAttribute('transform', transform);
  // Text keeps its size on screen (rule M40): the styles divide its size by the zoom.
  if (map.style.getPropertyValue('--k') !== String(t.k)) map.style.setProperty('--k', String(t.k));
  if (map.classList.contains('far') !== t.k < FAR_ZOOM) map.classList.toggle('far', t.k < FAR_ZOOM);
  return true;
}

function viewTransform(t: ViewTransform): string {
  return `translate(${t.x} ${t.y}) scale(${t.k})`;
}

// One string: Chromium joins the text nodes of an aria-describedby target without the whitespace between them,
// so two sentences in two nodes were read as "...all keys.Inner circle".
function describeMap(text: MapStrings, inv: Inventory, people: readonly { ring: number }[]): string {
  const rings = inv.settings.ringLabels.map((label, i) => ({ label, count: people.filter((p) => p.ring === i + 1).length }));
  const about = `${text.mapDescription(inv.client.label, people.length, inv.settings.rings)} ${text.ringSummary(rings)}`;
  if (!inv.settings.sectors || people.length === 0) return about;
  const counts = new Map<Sector, number>();
  for (const p of Object.values(inv.people)) counts.set(sectorOf(p.category), (counts.get(sectorOf(p.category)) ?? 0) + 1);
  return `${about} ${text.sectorSummary(SECTORS.filter((s) => counts.has(s)).map((s) => ({ label: text.sector[s], count: counts.get(s)! })))}`;
}
