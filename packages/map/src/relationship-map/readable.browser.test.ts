import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cases, maya } from '@relmap/cases';
import { groupedInventory } from '../../../layout/src/testing/inventories.ts';
import { axeViolations } from '../testing/axe.ts';
import { cleanup, mountMap, nextFrame, personNode } from '../testing/mount.ts';
import { exposedText } from '../testing/private-texts.ts';
import { measureReadability } from '../testing/readability.ts';
import type { RelationshipMap } from './relationship-map.ts';

afterEach(cleanup);

const SHARED_SCREEN = { width: 1280, height: 720 };
const live = (map: RelationshipMap): string => map.shadowRoot!.querySelector('[role="status"]')!.textContent.replace(/\u200b/g, '');
const settled = async (map: RelationshipMap): Promise<void> => {
  await map.updateComplete;
  await nextFrame();
  await nextFrame();
  await map.updateComplete;
};

describe('<relationship-map> readable at scale', () => {
  it('M40 M41 M44: every teaching case at Fit on a shared screen: labels of 11 px or more, none overlapping, no line under a node', async () => {
    for (const c of cases) {
      const map = await mountMap(c.session12, SHARED_SCREEN);
      await settled(map);
      const r = measureReadability(map);
      expect(r.smallestLabelPx, c.id).toBeGreaterThanOrEqual(11);
      expect(r.labelsHidden, c.id).toBe(0);
      expect(
        r.problems.filter((p) => !p.includes('crosses')),
        c.id,
      ).toEqual([]);
      map.remove();
    }
  });

  it('M40 M41 M43: 60 people at Fit: labels of 11 px or more, none overlapping; a label that does not fit is hidden and the map says so', async () => {
    const map = await mountMap(groupedInventory({ people: 60 }), SHARED_SCREEN);
    await settled(map);
    const r = measureReadability(map);
    expect(r.smallestLabelPx).toBeGreaterThanOrEqual(11);
    expect(r.labelOverlaps + r.labelNodeOverlaps).toBe(0);
    expect(r.labelsShown).toBeGreaterThan(40);
    const hint = map.shadowRoot!.querySelector('.ways-hint');
    if (r.labelsHidden > 0) {
      expect(hint?.textContent).toContain(`${r.labelsHidden} of 60 labels`);
      expect(map.shadowRoot!.querySelector('#map-description')!.textContent).toContain(`${r.labelsHidden} of 60 labels`);
    }
  });

  it('M40: labels keep their size on screen when the map is zoomed out', async () => {
    const map = await mountMap(maya.session12, SHARED_SCREEN);
    const size = (): number => {
      const label = personNode(map, 'jonas').querySelector<SVGTextElement>('.label')!;
      return parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM()!.a;
    };
    const before = size();
    map.zoom(0.5);
    await settled(map);
    expect(size()).toBeCloseTo(before, 0);
  });

  it('M46: finding a person marks and labels the matches, says how many, and Enter goes to the first', async () => {
    const map = await mountMap(groupedInventory({ people: 150 }), SHARED_SCREEN);
    await settled(map);
    const root = map.shadowRoot!;
    const search = root.querySelector<HTMLInputElement>('input.ways-search')!;
    await userEvent.click(search);
    await userEvent.keyboard('Ada');
    await settled(map);
    const matches = [...root.querySelectorAll('g.person.match')];
    expect(matches.length).toBeGreaterThan(0);
    for (const g of matches) {
      expect(g.querySelector('.label')!.textContent).toMatch(/^Ada /);
      expect(g.querySelector('.label')!.classList.contains('label-hidden')).toBe(false);
    }
    expect(live(map)).toBe(`${matches.length} people match “Ada”.`);
    await userEvent.keyboard('{Enter}');
    await settled(map);
    expect(map.selection).toHaveLength(1);
    expect(matches.map((g) => g.getAttribute('data-id'))).toContain(map.selection[0]);
    expect(root.activeElement?.getAttribute('data-id')).toBe(map.selection[0]);
  });

  it('M47 M48: showing one ring or one group fades everyone else and their lines, and says so', async () => {
    const map = await mountMap(groupedInventory({ people: 60 }), SHARED_SCREEN);
    await settled(map);
    const root = map.shadowRoot!;
    const [ringSelect, groupSelect] = root.querySelectorAll<HTMLSelectElement>('.ways select');
    await userEvent.selectOptions(ringSelect!, '1');
    await settled(map);
    const inv = map.inventory;
    for (const g of root.querySelectorAll('g.people g.person')) {
      expect(g.classList.contains('faded'), g.getAttribute('data-id')!).toBe(inv.people[g.getAttribute('data-id')!]!.tie.ring !== 1);
    }
    expect(live(map)).toBe('Showing Inner circle (ring 1) only.');
    expect(root.querySelector('#map-description')!.textContent).toContain('Showing Inner circle (ring 1) only.');
    await userEvent.selectOptions(ringSelect!, '0');
    await userEvent.selectOptions(groupSelect!, 'work');
    await settled(map);
    expect(live(map)).toBe('Showing Work only.');
    for (const g of root.querySelectorAll('g.people g.person')) {
      expect(g.classList.contains('faded')).toBe(inv.people[g.getAttribute('data-id')!]!.category !== 'colleague');
    }
  });

  it('M49: a group collapses to one node and expands again, by its button or by the node', async () => {
    const map = await mountMap(groupedInventory({ people: 60 }), SHARED_SCREEN);
    await settled(map);
    const root = map.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('.ways-collapse button[data-group="friends"]')!;
    await userEvent.click(button);
    await settled(map);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const node = root.querySelector<SVGGElement>('g.collapsed-group[data-group="friends"]')!;
    expect(node.getAttribute('aria-label')).toBe('24 Friends, collapsed: 24 people');
    expect(live(map)).toBe('Friends collapsed: 24 people.');
    const hidden = [...root.querySelectorAll<SVGGElement>('g.people g.person.collapsed')];
    expect(hidden).toHaveLength(24);
    for (const g of hidden) expect(getComputedStyle(g).display).toBe('none');
    await userEvent.click(node);
    await settled(map);
    expect(root.querySelector('g.collapsed-group')).toBeNull();
    expect(root.querySelectorAll('g.person.collapsed')).toHaveLength(0);
    expect(live(map)).toBe('Friends expanded.');
  });

  it('M50: F fades all but the selected person and their ties; without a selection it says what to do', async () => {
    const map = await mountMap(maya.session12, SHARED_SCREEN);
    const root = map.shadowRoot!;
    personNode(map, 'jonas').focus();
    await userEvent.keyboard('f');
    await settled(map);
    expect(live(map)).toBe('Select someone first to focus on them.');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('f');
    await settled(map);
    const tied = new Set(['jonas']);
    for (const t of Object.values(map.inventory.ties)) {
      if (t.a === 'jonas') tied.add(t.b);
      if (t.b === 'jonas') tied.add(t.a);
    }
    for (const g of root.querySelectorAll('g.people g.person')) expect(g.classList.contains('faded')).toBe(!tied.has(g.getAttribute('data-id')!));
    expect(live(map)).toMatch(/^Focus on Jonas and \d+ ties?\.$/);
    await userEvent.keyboard('f');
    await settled(map);
    expect(root.querySelectorAll('g.person.faded')).toHaveLength(0);
    expect(live(map)).toBe('Focus off.');
  });

  it('M46: / goes to the search field and Escape clears it and returns to the map', async () => {
    const map = await mountMap(groupedInventory({ people: 60 }), SHARED_SCREEN);
    await settled(map);
    const root = map.shadowRoot!;
    root.querySelector<SVGGElement>('g.person')!.focus();
    await userEvent.keyboard('/');
    await settled(map);
    expect(root.activeElement?.classList.contains('ways-search')).toBe(true);
    await userEvent.keyboard('Ni{Escape}');
    await settled(map);
    expect(root.querySelectorAll('g.person.match')).toHaveLength(0);
    expect(root.activeElement?.matches('svg.map')).toBe(true);
  });

  it('M46: presenting in initials, the search finds by initials only and no name reaches the DOM', async () => {
    const map = await mountMap(groupedInventory({ people: 60 }), SHARED_SCREEN);
    map.presenting = true;
    await settled(map);
    const root = map.shadowRoot!;
    await userEvent.click(root.querySelector<HTMLInputElement>('input.ways-search')!);
    await userEvent.keyboard('Nils');
    await settled(map);
    expect(root.querySelectorAll('g.person.match')).toHaveLength(0);
    const names = Object.values(map.inventory.people).map((p) => p.name);
    const exposed = exposedText(root).replace('Nils', '');
    for (const name of names) expect(exposed).not.toContain(name);
  });

  it('the ways through and the hint are axe-clean', async () => {
    const map = await mountMap(groupedInventory({ people: 150 }), SHARED_SCREEN);
    await settled(map);
    await userEvent.click(map.shadowRoot!.querySelector<HTMLButtonElement>('.ways-collapse button')!);
    await settled(map);
    expect(await axeViolations(map)).toEqual([]);
  });
});
