import type { Sector } from '@relmap/layout';

/**
 * The texts of the map's ways through a crowded map (search, one ring, one group, collapsing a group, focus on a
 * person) and of its hint that labels are hidden. Part of the map's `strings`, as `ways`.
 */
export interface WaysStrings {
  /** The accessible name of the row of view controls. */
  controlsLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  ringFilterLabel: string;
  allRings: string;
  groupFilterLabel: string;
  allGroups: string;
  /** The name of the set of collapse buttons. */
  collapseLabel: string;
  /** A collapse button's text: the group and how many people are in it. */
  collapseButton: (group: string, count: number) => string;
  focusButton: string;
  groups: Record<Sector, string>;
  /** What a collapsed group's node says, and its accessible name. */
  collapsedNode: (group: string, count: number) => string;
  /** The visible and spoken hint when labels had to be hidden. */
  hiddenLabels: (hidden: number, total: number) => string;
  announceMatches: (count: number, query: string) => string;
  announceRing: (ring: string | undefined) => string;
  announceGroup: (group: string | undefined) => string;
  announceCollapsed: (group: string, count: number, collapsed: boolean) => string;
  announceFocus: (name: string | undefined, ties: number) => string;
  /** Said when focus is asked for without anyone selected. */
  focusNeedsSelection: string;
  /** What the map's description adds about the current view ("Showing Inner circle only."). */
  viewSummary: (parts: {
    ring: string | undefined;
    group: string | undefined;
    collapsed: readonly string[];
    focus: string | undefined;
    matches: number | undefined;
  }) => string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The English texts of `WaysStrings`. */
export const defaultWaysStrings: WaysStrings = {
  controlsLabel: 'Ways through the map',
  searchLabel: 'Find a person',
  searchPlaceholder: 'Find a person',
  ringFilterLabel: 'Show ring',
  allRings: 'All rings',
  groupFilterLabel: 'Show group',
  allGroups: 'All groups',
  collapseLabel: 'Collapse a group',
  collapseButton: (group, count) => `${group} (${count})`,
  focusButton: 'Focus on selection',
  groups: { family: 'Family', friends: 'Friends', work: 'Work', services: 'Services' },
  collapsedNode: (group, count) => `${count} ${group}, collapsed: ${plural(count, 'person', 'people')}`,
  hiddenLabels: (hidden, total) =>
    `${hidden} of ${total} labels do not fit at this size. Zoom in, find a person, show one ring or group, collapse a group, or focus on a selection.`,
  announceMatches: (count, query) =>
    query === '' ? 'Search cleared.' : count === 0 ? `No one matches “${query}”.` : `${plural(count, 'person matches', 'people match')} “${query}”.`,
  announceRing: (ring) => (ring ? `Showing ${ring} only.` : 'Showing all rings.'),
  announceGroup: (group) => (group ? `Showing ${group} only.` : 'Showing all groups.'),
  announceCollapsed: (group, count, collapsed) => (collapsed ? `${group} collapsed: ${plural(count, 'person', 'people')}.` : `${group} expanded.`),
  announceFocus: (name, ties) => (name ? `Focus on ${name} and ${plural(ties, 'tie', 'ties')}.` : 'Focus off.'),
  focusNeedsSelection: 'Select someone first to focus on them.',
  viewSummary: ({ ring, group, collapsed, focus, matches }) =>
    [
      ring ? `Showing ${ring} only.` : '',
      group ? `Showing ${group} only.` : '',
      collapsed.length ? `Collapsed: ${collapsed.join(', ')}.` : '',
      focus ? `Focus on ${focus}.` : '',
      matches !== undefined ? `${plural(matches, 'person matches', 'people match')} the search.` : '',
    ]
      .filter(Boolean)
      .join(' '),
};
