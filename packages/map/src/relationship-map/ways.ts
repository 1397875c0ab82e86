import type { Id, Inventory } from '@relmap/core';
import { SECTORS, sectorOf, type LayoutSnapshot, type Sector } from '@relmap/layout';

/** What the user chose to see of a crowded map (rules M46 to M50). Every field empty is the whole map. */
export interface WaysState {
  /** Text to find among the labels shown; '' finds no one. */
  readonly query: string;
  /** The one ring shown (1 = innermost), or 0 for all. */
  readonly ring: number;
  /** The one group shown, or '' for all. */
  readonly group: Sector | '';
  /** Groups drawn as one node each. */
  readonly collapsed: readonly Sector[];
  /** Whether everything but the selected people and their ties is faded. */
  readonly focus: boolean;
}

/** The whole map, nothing filtered. */
export const WHOLE_MAP: WaysState = { query: '', ring: 0, group: '', collapsed: [], focus: false };

/** One collapsed group as drawn: a node where its people stood, with their count. */
export interface CollapsedGroup {
  readonly group: Sector;
  readonly ids: readonly Id[];
  readonly x: number;
  readonly y: number;
}

/** What the state makes of one inventory: who is faded, who is folded into a group, who matches the search. */
export interface WaysView {
  readonly faded: ReadonlySet<Id>;
  readonly collapsed: ReadonlySet<Id>;
  readonly matches: ReadonlySet<Id>;
  readonly groups: readonly CollapsedGroup[];
  /** The people tied to the focused people, when focus is on. */
  readonly focusTies: number;
}

/** How many people each group holds, in `SECTORS` order, leaving out empty groups. */
export function groupCounts(inventory: Inventory): { group: Sector; count: number }[] {
  const counts = new Map<Sector, number>();
  for (const p of Object.values(inventory.people)) counts.set(sectorOf(p.category), (counts.get(sectorOf(p.category)) ?? 0) + 1);
  return SECTORS.filter((s) => counts.has(s)).map((group) => ({ group, count: counts.get(group)! }));
}

/** Whether a label matches a search: every word of the query starts a word of the label, ignoring case. */
export function matchesQuery(label: string, query: string): boolean {
  const words = label
    .toLocaleLowerCase()
    .split(/[\s.\-()]+/)
    .filter(Boolean);
  const wanted = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return wanted.length > 0 && wanted.every((w) => words.some((x) => x.startsWith(w)) || label.toLocaleLowerCase().startsWith(w));
}

/**
 * Applies the state to an inventory. A match is never faded; the selected people are the focus's centre, and
 * their ties' other ends stay with them. Search runs over the labels as shown, so a presenting map in initials
 * finds by initials and never by a name it does not show.
 */
export function waysView(state: WaysState, inventory: Inventory, snapshot: LayoutSnapshot, selected: readonly Id[], labelOf: (id: Id) => string): WaysView {
  const people = Object.values(inventory.people);
  const matches = new Set(state.query.trim() === '' ? [] : people.filter((p) => matchesQuery(labelOf(p.id), state.query.trim())).map((p) => p.id));
  const collapsedGroups = new Set(state.collapsed);
  const collapsed = new Set(people.filter((p) => collapsedGroups.has(sectorOf(p.category)) && !matches.has(p.id)).map((p) => p.id));
  const focusIds = new Set(state.focus ? selected : []);
  const near = new Set(focusIds);
  if (focusIds.size > 0) {
    for (const t of Object.values(inventory.ties)) {
      if (focusIds.has(t.a)) near.add(t.b);
      if (focusIds.has(t.b)) near.add(t.a);
    }
  }
  const faded = new Set<Id>();
  for (const p of people) {
    if (matches.has(p.id) || collapsed.has(p.id)) continue;
    const out =
      (state.ring !== 0 && p.tie.ring !== state.ring) || (state.group !== '' && sectorOf(p.category) !== state.group) || (focusIds.size > 0 && !near.has(p.id));
    if (out) faded.add(p.id);
  }
  const groups: CollapsedGroup[] = [];
  for (const group of SECTORS) {
    if (!collapsedGroups.has(group)) continue;
    const ids = people.filter((p) => collapsed.has(p.id) && sectorOf(p.category) === group).map((p) => p.id);
    const at = ids.map((id) => snapshot.positions.get(id)).filter((p) => p !== undefined);
    if (at.length === 0) continue;
    // Where the group's people stood: their mean direction, at their mean distance from the client.
    const sx = at.reduce((s, p) => s + p.x / (Math.hypot(p.x, p.y) || 1), 0);
    const sy = at.reduce((s, p) => s + p.y / (Math.hypot(p.x, p.y) || 1), 0);
    const d = at.reduce((s, p) => s + Math.hypot(p.x, p.y), 0) / at.length;
    const n = Math.hypot(sx, sy) || 1;
    groups.push({ group, ids, x: (sx / n) * d, y: (sy / n) * d });
  }
  return { faded, collapsed, matches, groups, focusTies: focusIds.size > 0 ? near.size - focusIds.size : 0 };
}

/** Whether the state shows the whole map. */
export function isWholeMap(state: WaysState): boolean {
  return state.query.trim() === '' && state.ring === 0 && state.group === '' && state.collapsed.length === 0 && !state.focus;
}
