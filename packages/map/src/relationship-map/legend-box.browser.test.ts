import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import type { RelationshipMap } from './relationship-map.ts';
import { cleanup, mountMap, nextFrame } from '../testing/mount.ts';
import { accessibilityTree, findAll, findOne } from '../testing/accessibility-tree.ts';

afterEach(cleanup);

const toggleOf = (map: RelationshipMap): HTMLButtonElement => map.shadowRoot!.querySelector('button.legend-toggle')!;
const expanded = (map: RelationshipMap): string | null => toggleOf(map).getAttribute('aria-expanded');
const legendShown = (map: RelationshipMap): boolean => (map.shadowRoot!.querySelector('[part="legend"]')?.getBoundingClientRect().height ?? 0) > 0;

async function resize(map: RelationshipMap, width: number): Promise<void> {
  map.style.width = `${width}px`;
  // The resize is reported after layout, then the map renders.
  await nextFrame();
  await nextFrame();
  await map.updateComplete;
}

describe('the legend box', () => {
  it('is open on a wide map and collapsed on a map narrower than 760 px, following the width until the user chooses', async () => {
    const wide = await mountMap(maya.intake, { width: 900, height: 600 });
    expect(expanded(wide)).toBe('true');
    expect(legendShown(wide)).toBe(true);
    const narrow = await mountMap(maya.intake, { width: 500, height: 600 });
    expect(expanded(narrow)).toBe('false');
    expect(legendShown(narrow)).toBe(false);
    await resize(narrow, 800);
    expect(expanded(narrow)).toBe('true');
    await resize(narrow, 700);
    expect(expanded(narrow)).toBe('false');
    await userEvent.click(toggleOf(narrow));
    await narrow.updateComplete;
    expect(expanded(narrow)).toBe('true');
    await resize(narrow, 600);
    expect(expanded(narrow), "the user's choice holds").toBe('true');
  });

  it('collapsed, takes no width from the drawing', async () => {
    const map = await mountMap(maya.intake, { width: 900, height: 600 });
    const svg = map.shadowRoot!.querySelector('svg.map')!;
    const open = svg.getBoundingClientRect().width;
    await userEvent.click(toggleOf(map));
    await map.updateComplete;
    expect(svg.getBoundingClientRect().width).toBeGreaterThan(open + 100);
    expect(svg.getBoundingClientRect().width).toBeCloseTo(map.getBoundingClientRect().width, -1);
  });

  it('follows the legend attribute, which overrides an earlier choice of the user', async () => {
    const map = await mountMap(maya.intake, { width: 900, height: 600 });
    map.setAttribute('legend', 'closed');
    await map.updateComplete;
    expect(expanded(map)).toBe('false');
    await userEvent.click(toggleOf(map));
    await map.updateComplete;
    expect(expanded(map)).toBe('true');
    map.legend = 'auto';
    await map.updateComplete;
    expect(expanded(map)).toBe('true');
    map.legend = 'closed';
    await map.updateComplete;
    expect(expanded(map)).toBe('false');
    const narrow = await mountMap(maya.intake, { width: 400, height: 600 });
    narrow.legend = 'open';
    await narrow.updateComplete;
    expect(expanded(narrow)).toBe('true');
  });

  it('is a button named Legend whose expanded state assistive technology receives, and the legend leaves the tree when collapsed', async () => {
    const map = await mountMap(maya.intake, { width: 900, height: 600 });
    map.strings = { legendTitle: 'Legende' };
    await map.updateComplete;
    let tree = await accessibilityTree();
    expect(findOne(tree, (n) => n.role === 'button' && n.name === 'Legende', 'legend button').properties.expanded).toBe(true);
    const legend = findOne(tree, (n) => n.role === 'region' && n.name === 'Legende', 'legend');
    expect(findAll(legend, (n) => n.role === 'listitem').length).toBeGreaterThan(3);
    toggleOf(map).focus();
    await userEvent.keyboard('{Enter}');
    await map.updateComplete;
    await nextFrame();
    tree = await accessibilityTree();
    expect(findOne(tree, (n) => n.role === 'button' && n.name === 'Legende', 'legend button').properties.expanded).toBe(false);
    expect(findAll(tree, (n) => n.role === 'region' && n.name === 'Legende')).toHaveLength(0);
    expect(map.shadowRoot!.activeElement).toBe(toggleOf(map));
  });
});
