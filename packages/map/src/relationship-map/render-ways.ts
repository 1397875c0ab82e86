import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Inventory } from '@relmap/core';
import type { Sector } from '@relmap/layout';
import { COLLAPSED_RADIUS, round } from './render-map.ts';
import type { CollapsedGroup, WaysState } from './ways.ts';
import { groupCounts } from './ways.ts';
import type { WaysStrings } from './ways-strings.ts';

/** What the row of view controls shows and does. */
export interface WaysModel {
  readonly inventory: Inventory;
  readonly state: WaysState;
  readonly text: WaysStrings;
  readonly ringLabels: readonly string[];
  /** The hint that labels are hidden, or '' when every label fits. */
  readonly hint: string;
  readonly hasSelection: boolean;
  search(query: string): void;
  /** Enter in the search field: go to the first match. */
  goToMatch(): void;
  /** Escape in the search field: clear it and return to the map. */
  leaveSearch(): void;
  showRing(ring: number): void;
  showGroup(group: Sector | ''): void;
  toggleCollapsed(group: Sector): void;
  toggleFocus(): void;
}

/**
 * The ways through a crowded map (rules M46 to M50): find a person, show one ring, show one group, collapse a
 * group, focus on the selection; and, when labels had to be hidden, the hint that says so. Native controls, so
 * mouse, touch and keyboard all work, each with a name from `strings.ways`.
 */
export function renderWays(m: WaysModel): TemplateResult {
  const w = m.text;
  const s = m.state;
  return html`<div part="ways" class="ways">
    <div class="ways-controls" role="group" aria-label=${w.controlsLabel}>
    <input
      type="search"
      class="ways-search"
      autocomplete="off"
      aria-label=${w.searchLabel}
      aria-keyshortcuts="/"
      placeholder=${w.searchPlaceholder}
      .value=${s.query}
      @input=${(e: Event) => m.search((e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          m.goToMatch();
        }
        if (e.key === 'Escape') {
          e.preventDefault();
          m.leaveSearch();
        }
      }}
    />
    <select aria-label=${w.ringFilterLabel} @change=${(e: Event) => m.showRing(Number((e.target as HTMLSelectElement).value))}>
      <option value="0" ?selected=${s.ring === 0}>${w.allRings}</option>
      ${m.ringLabels.map((l, i) => html`<option value=${i + 1} ?selected=${s.ring === i + 1}>${l}</option>`)}
    </select>
    <select aria-label=${w.groupFilterLabel} @change=${(e: Event) => m.showGroup((e.target as HTMLSelectElement).value as Sector | '')}>
      <option value="" ?selected=${s.group === ''}>${w.allGroups}</option>
      ${groupCounts(m.inventory).map(({ group }) => html`<option value=${group} ?selected=${s.group === group}>${w.groups[group]}</option>`)}
    </select>
    <span class="ways-collapse" role="group" aria-label=${w.collapseLabel}>
      ${groupCounts(m.inventory).map(
        ({ group, count }) =>
          html`<button type="button" data-group=${group} aria-pressed=${s.collapsed.includes(group) ? 'true' : 'false'} @click=${() => m.toggleCollapsed(group)}>
            ${w.collapseButton(w.groups[group], count)}
          </button>`,
      )}
    </span>
    <button type="button" class="ways-focus" aria-pressed=${s.focus ? 'true' : 'false'} aria-keyshortcuts="F" @click=${m.toggleFocus}>${w.focusButton}</button>
    </div>
    ${m.hint ? html`<p class="ways-hint" id="ways-hint">${m.hint}</p>` : nothing}
  </div>`;
}

/** The collapsed groups as nodes: a larger circle with the count, the group's name below; a click expands one. */
export function renderCollapsedGroups(groups: readonly CollapsedGroup[], text: WaysStrings, expand: (group: Sector) => void): SVGTemplateResult {
  return svg`<g class="collapsed-groups">${groups.map(
    (g) => svg`<g class="collapsed-group" data-group=${g.group} transform=${`translate(${round(g.x)} ${round(g.y)})`}
      role="button" tabindex="-1" aria-label=${text.collapsedNode(text.groups[g.group], g.ids.length)} @pointerdown=${stopPress} @click=${() => expand(g.group)}>
      <circle class="symbol" r=${COLLAPSED_RADIUS}></circle>
      <text class="collapsed-count">${g.ids.length}</text>
      <text class="label collapsed-name" y=${COLLAPSED_RADIUS + 12}>${text.groups[g.group]}</text>
    </g>`,
  )}</g>`;
}

// A press on a group's node is a click on it, not the start of a pan: the map's pointer handling must not capture it.
const stopPress = (e: Event): void => e.stopPropagation();
