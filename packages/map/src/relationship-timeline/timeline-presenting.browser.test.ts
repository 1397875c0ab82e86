import { afterEach, describe, expect, it } from 'vitest';
import { cases, ruth } from '@relmap/cases';
import { recordEvent, type Inventory, type Note } from '@relmap/core';
import { accessibilityTree, findAll, spokenText, type AxNode } from '../testing/accessibility-tree.ts';
import { privateTexts } from '../testing/private-texts.ts';
import { defaultTimelineStrings as t } from './timeline-strings.ts';
import { cleanupTimeline, mark, mountTimeline, option, settled } from './testing/mount-timeline.ts';
import type { RelationshipTimeline } from './relationship-timeline.ts';

afterEach(cleanupTimeline);

const SECRET = 'Secret: the affair with the neighbour';

/** A case with one more event whose label is private, concerning the first two people. */
function withPrivateEvent(inventory: Inventory): Inventory {
  const people = Object.keys(inventory.people).slice(0, 2);
  return recordEvent(inventory, { id: 'private-one', kind: 'conflict', date: '2025-09-12', people, label: { text: SECRET, sensitivity: 'private' } });
}

/** The timeline's nodes in the page's accessibility tree: its picture of the axis and its list of events. */
async function timelineNodes(): Promise<AxNode[]> {
  const tree = await accessibilityTree();
  return findAll(tree, (n) => (n.role === 'listbox' && n.name === t.title) || (['img', 'image'].includes(n.role) && n.name.startsWith('Time axis')));
}

/**
 * Full names that the label mode in force (initials) does not show: every name longer than initials, except where
 * the clinician wrote it into a shareable text ("Judith's death"), which may be shown.
 */
function fullNames(inventory: Inventory): string[] {
  const shared: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const note = value as Partial<Note>;
    if (typeof note.text === 'string' && note.sensitivity === 'shareable') shared.push(note.text);
    else Object.values(value).forEach(walk);
  };
  walk(inventory);
  return Object.values(inventory.people)
    .map((p) => p.name)
    .filter((n) => n.length > 3 && !shared.some((text) => text.includes(n)));
}

function expectNothingPrivate(timeline: RelationshipTimeline, inventory: Inventory, spoken: string): void {
  const dom = timeline.shadowRoot!.innerHTML;
  for (const text of [...privateTexts(inventory), ...fullNames(inventory)]) {
    expect(dom, `"${text}" in the DOM`).not.toContain(text);
    expect(spoken, `"${text}" in the accessibility tree`).not.toContain(text);
  }
}

describe('<relationship-timeline> presenting', () => {
  it('T10: leaves private labels and full names out of the DOM and the accessibility tree, in every teaching case', async () => {
    for (const c of cases) {
      const inventory = withPrivateEvent(c.session12);
      const { map, timeline } = await mountTimeline(inventory);
      // Not presenting, the clinician sees the label.
      expect(option(timeline, 'private-one').textContent).toContain(SECRET);
      map.presenting = true;
      await settled(map, timeline);
      const nodes = await timelineNodes();
      expect(nodes.map((n) => n.role === 'listbox')).toEqual([false, true]);
      expectNothingPrivate(timeline, inventory, nodes.map(spokenText).join('\n'));
      // The event is still there, by its kind, and its people by their initials.
      const said = nodes[1]!.children.map((n) => n.name);
      expect(said).toContainEqual(expect.stringMatching(/ago ?\. Conflict ?\. Concerns [A-Z]{1,3}( \d)?, [A-Z]{1,3}/));
      cleanupTimeline();
    }
  });

  it("T10: the timeline's own presenting attribute is enough, whatever the map does", async () => {
    const inventory = withPrivateEvent(ruth.session12);
    const { timeline } = await mountTimeline(inventory, { attributes: { presenting: '' } });
    const nodes = await timelineNodes();
    expectNothingPrivate(timeline, inventory, nodes.map(spokenText).join('\n'));
  });

  it("T10: presenting says dates relative to the map's today, on the axis and in the list", async () => {
    const { map, timeline } = await mountTimeline(ruth.session12, { width: 1000 });
    map.now = new Date(Date.UTC(2026, 6, 6));
    map.presenting = true;
    await settled(map, timeline);
    expect(option(timeline, 'retirement').querySelector('.date')!.textContent).toBe('1 year ago');
    expect(option(timeline, 'judith-death').querySelector('.date')!.textContent).toBe('4 months ago');
    const ticks = [...timeline.shadowRoot!.querySelectorAll('.tick')].map((el) => el.textContent.trim());
    expect(ticks).toContain('10 years ago');
    expect(ticks).toContain('this year');
    expect(ticks.some((x) => /^\d{4}$/.test(x))).toBe(false);
    expect(timeline.shadowRoot!.innerHTML).not.toContain('2025');
    // Labels of people in the mode the host chose.
    map.labelMode = 'role';
    await settled(map, timeline);
    expect(option(timeline, 'retirement').querySelector('.people')!.textContent).not.toContain('Margaret');
    expect(mark(timeline, 'bill-death')).toBeTruthy();
  });
});
