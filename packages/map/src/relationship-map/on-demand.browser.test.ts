import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya } from '@relmap/cases';
import { command } from '@relmap/core';
import { groupedInventory } from '../../../layout/src/testing/inventories.ts';
import { cleanup, mountMap, nextFrame } from '../testing/mount.ts';
import { announcePart, exportPart, helpPart, legendPart, waysPart } from './on-demand-parts.ts';
import type { RelationshipMap } from './relationship-map.ts';

// The tests of this file run in order in one page, so each part's first use is the first test that needs it; each
// checks that its part had not loaded before.
afterEach(cleanup);

const live = (map: RelationshipMap): string => map.shadowRoot!.querySelector('[role="status"]')!.textContent.replace(/\u200b/g, '');
const parse = (text: string): Document => new DOMParser().parseFromString(text, 'image/svg+xml');

async function press(map: RelationshipMap, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await map.updateComplete;
  await nextFrame();
}

describe('<relationship-map> loads rarely used parts of its code on demand', () => {
  it('M53: a narrow map, its legend collapsed, loads no legend code until the legend is opened, then shows it styled', async () => {
    const map = await mountMap(maya.intake, { width: 500, height: 600 });
    const root = map.shadowRoot!;
    expect(legendPart.loaded).toBeUndefined();
    expect(root.querySelector('[part="legend"]')).toBeNull();
    await userEvent.click(root.querySelector<HTMLButtonElement>('.legend-toggle')!);
    await map.updateComplete;
    expect(legendPart.loaded).toBeDefined();
    const entries = [...root.querySelectorAll('[part="legend"] .legend-entry')].map((e) => e.textContent.trim());
    expect(entries).toContain('Partner');
    expect(entries).toContain('Primary focus: role transition');
    // Its styles came with it (legend-styles.ts): the entries are a column without list bullets.
    expect(getComputedStyle(root.querySelector('.legend-list')!).listStyleType).toBe('none');
    expect(getComputedStyle(root.querySelector('.legend-entry')!).display).toBe('flex');
  });

  it('M53: a small map loads none of them, and draws everything it shows', async () => {
    const map = await mountMap(maya.intake);
    const root = map.shadowRoot!;
    expect(root.querySelectorAll('g.people g.person')).toHaveLength(Object.keys(maya.intake.people).length);
    expect(root.querySelector('.toolbar .help-button')).not.toBeNull();
    expect(root.querySelector('dialog.help')).toBeNull();
    expect(root.querySelector('.ways')).toBeNull();
    expect([exportPart, helpPart, announcePart, waysPart].map((p) => p.loaded)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('M53: toSVG() and toPNG() work at their first use, and give the same picture every time', async () => {
    const map = await mountMap(maya.intake);
    expect(exportPart.loaded).toBeUndefined();
    const first = await map.toSVG({ legend: true, title: 'Maya' });
    const doc = parse(first);
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Maya');
    expect(texts).toContain(maya.intake.people['jonas']!.name);
    expect(await map.toSVG({ legend: true, title: 'Maya' })).toBe(first);
    const png = await map.toPNG(1);
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(1000);
  });

  it('M53: ? opens the keyboard help at its first use, styled and modal with focus in it; Escape returns focus to the person', async () => {
    const map = await mountMap(maya.intake);
    expect(helpPart.loaded).toBeUndefined();
    const person = map.shadowRoot!.querySelector<SVGGElement>('g.person[tabindex="0"]')!;
    person.focus();
    await press(map, '?');
    const dialog = map.shadowRoot!.querySelector<HTMLDialogElement>('dialog.help')!;
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog.contains(map.shadowRoot!.activeElement)).toBe(true);
    expect(dialog.textContent).toContain('Ctrl+Z');
    // Its styles came with it (help-styles.ts).
    expect(getComputedStyle(dialog).borderTopLeftRadius).toBe('8px');
    await press(map, '{Escape}');
    expect(dialog.open).toBe(false);
    expect(map.shadowRoot!.activeElement).toBe(person);
    // Opened again, by the toolbar's button and by the method, it is the same dialog.
    await userEvent.click(map.shadowRoot!.querySelector<HTMLButtonElement>('.help-button')!);
    await map.updateComplete;
    expect(dialog.open).toBe(true);
    dialog.close();
    await map.openHelp();
    expect(map.shadowRoot!.querySelector('dialog.help')).toBe(dialog);
    expect(dialog.open).toBe(true);
  });

  it('M54: the first change is said once its words have loaded, and a message asked for meanwhile is said after it', async () => {
    const map = await mountMap(maya.intake);
    expect(announcePart.loaded).toBeUndefined();
    map.dispatch(command('setConflict', { id: 'jonas', conflict: 'hostile' }));
    // F without a selection says at once that someone must be selected first: here it must wait for the change.
    map.shadowRoot!.querySelector('svg.map')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', bubbles: true, composed: true }));
    expect(live(map)).toBe('');
    await map.updateComplete;
    expect(announcePart.loaded).toBeDefined();
    expect(live(map)).toBe('Select someone first to focus on them.');
    // Loaded, the words are said with the change.
    map.dispatch(command('setConflict', { id: 'jonas', conflict: 'none' }));
    await map.updateComplete;
    expect(live(map)).toMatch(/^Jonas/);
  });

  it('M53: a large map shows its view controls with its first update, styled, and they work at their first use', async () => {
    expect(waysPart.loaded).toBeUndefined();
    const map = await mountMap(groupedInventory({ people: 30 }), { width: 1280, height: 720 });
    const root = map.shadowRoot!;
    const search = root.querySelector<HTMLInputElement>('.ways input.ways-search')!;
    expect(search).not.toBeNull();
    expect(getComputedStyle(root.querySelector('.ways-controls')!).display).toBe('flex');
    await userEvent.click(search);
    await userEvent.keyboard('Ada');
    await map.updateComplete;
    const matches = root.querySelectorAll('g.person.match');
    expect(matches.length).toBeGreaterThan(0);
    expect(live(map)).toMatch(/matche?s? “Ada”\.$/);
    await userEvent.click(root.querySelector<HTMLButtonElement>('.ways-collapse button[data-group="friends"]')!);
    await map.updateComplete;
    expect(root.querySelector('g.collapsed-group[data-group="friends"]')).not.toBeNull();
  });
});
