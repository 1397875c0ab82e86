import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { Inventory } from '@relmap/core';
import { sectorOf, type LayoutSnapshot, type Sector, type SectorRange } from '@relmap/layout';
import { bandEdges, CLIENT_RADIUS } from './render-map.ts';

/** How far outside the outermost band the sector labels run, in layout units; fitting makes room for it. */
export const SECTOR_LABEL_GAP = 13;

/** One divider between two sectors: its piece in each band, as an angle (degrees) and inner and outer radius. */
export type SectorDivider = readonly { readonly angle: number; readonly inner: number; readonly outer: number }[];

/** An angle in degrees, taken round the circle to within half a turn of `centre`. */
function near(angle: number, centre: number): number {
  return centre + ((((angle - centre) % 360) + 540) % 360) - 180;
}

/**
 * The dividers between neighbouring sectors that have people, one piece per band. Each piece lies on the
 * boundary between the two sectors' overall shares, unless people of either sector on that ring reach over it:
 * the layout gives a crowded sector more of a ring than its share, and a divider must never cut through a person,
 * so there the piece moves into the middle of the gap between the two sectors' people.
 */
export function sectorDividers(inventory: Inventory, snapshot: LayoutSnapshot): SectorDivider[] {
  const ranges = snapshot.sectors.filter((r) => r.count > 0);
  if (ranges.length < 2) return [];
  const edges = bandEdges(snapshot.ringRadii);
  const people = [...snapshot.positions.values()].flatMap((at) => {
    const person = inventory.people[at.id];
    const r = snapshot.ringRadii[at.ring - 1] ?? 1;
    return person ? [{ ...at, sector: sectorOf(person.category), half: (Math.asin(Math.min(1, at.radius / r)) * 180) / Math.PI }] : [];
  });
  return ranges.map((s, i) => {
    const t = ranges[(i + 1) % ranges.length]!;
    const boundary = s.end;
    return edges.map((outer, ring) => {
      const on = (sector: Sector) => people.filter((p) => p.ring === ring + 1 && p.sector === sector);
      const lo = Math.max(...on(s.sector).map((p) => near(p.angle, boundary - (s.end - s.start) / 2) + p.half));
      const hi = Math.min(...on(t.sector).map((p) => near(p.angle, boundary + (t.end - t.start) / 2) - p.half));
      let angle = boundary;
      if (!(boundary > lo && boundary < hi)) angle = hi === Infinity ? lo + 4 : lo === -Infinity ? hi - 4 : (lo + hi) / 2;
      return { angle, inner: ring === 0 ? CLIENT_RADIUS + 8 : edges[ring - 1]!, outer };
    });
  });
}

function point(angle: number, r: number): string {
  const a = (angle * Math.PI) / 180;
  return `${Math.round(Math.sin(a) * r * 10) / 10} ${Math.round(-Math.cos(a) * r * 10) / 10}`;
}

/**
 * The path a sector's label is set along: an arc just outside the outermost band, centred on the sector, running
 * clockwise over the top half of the map and anticlockwise under the bottom half, so the text is never upside down.
 */
function labelArc(range: SectorRange, r: number): string {
  const centre = (range.start + range.end) / 2;
  const half = Math.min(80, (range.end - range.start) / 2);
  const norm = ((centre % 360) + 360) % 360;
  const bottom = norm > 90 && norm < 270;
  const rr = bottom ? r + 9 : r;
  const [from, to] = bottom ? [centre + half, centre - half] : [centre - half, centre + half];
  return `M${point(from, rr)}A${rr} ${rr} 0 0 ${bottom ? 0 : 1} ${point(to, rr)}`;
}

/**
 * The sectors when `settings.sectors` is on: quiet dividers between neighbouring sectors that have people (thin,
 * dashed, in the ring colour, never through a person) and each sector's name on an arc just outside the outermost
 * band, from `labels`. Hidden from assistive technology: the map's description says the same in words.
 */
export function renderSectors(inventory: Inventory, snapshot: LayoutSnapshot, labels: Readonly<Record<Sector, string>>): SVGTemplateResult | typeof nothing {
  if (!inventory.settings.sectors || snapshot.sectors.length === 0) return nothing;
  const outer = bandEdges(snapshot.ringRadii).at(-1) ?? CLIENT_RADIUS;
  const shown = snapshot.sectors.filter((r) => r.count > 0);
  return svg`<g part="sectors" class="sectors" aria-hidden="true">
    ${sectorDividers(inventory, snapshot).map(
      (d) =>
        svg`<path part="sector-divider" class="sector-divider" d=${d.map((p) => `M${point(p.angle, p.inner)}L${point(p.angle, p.outer)}`).join('')}></path>`,
    )}
    ${shown.map(
      (r) => svg`<path class="sector-arc" id=${`sector-arc-${r.sector}`} d=${labelArc(r, outer + SECTOR_LABEL_GAP - 4)}></path>
        <text part="sector-label" class="sector-label tone-${r.sector}" data-sector=${r.sector}><textPath href=${`#sector-arc-${r.sector}`} startOffset="50%">${labels[r.sector]}</textPath></text>`,
    )}
  </g>`;
}
