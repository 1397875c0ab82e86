/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { cases, daniel, maya, tomas } from '@relmap/cases';
import { PROBLEM_AREAS, type Inventory } from '@relmap/core';
import { formulationOf } from '../visual/formulation.ts';
import { legendKeysFor } from '../visual/legend.ts';
import { cleanup, mountMap, nextFrame, personNode } from '../testing/mount.ts';
import { exposedText, privateTexts } from '../testing/private-texts.ts';
import { accessibilityTree, findOne } from '../testing/accessibility-tree.ts';
import type { RelationshipMap } from './relationship-map.ts';

afterEach(async () => {
  cleanup();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const SHARED_SCREEN = { width: 1280, height: 720 };

async function settled(map: RelationshipMap): Promise<void> {
  await map.updateComplete;
  await nextFrame();
  await nextFrame();
  await map.updateComplete;
}

/** The focus marks drawn on a person: their areas, `*` after a primary one. */
function marksOf(map: RelationshipMap, id: string): string[] {
  return [...personNode(map, id).querySelectorAll('.focus-mark')].map((m) => `${m.getAttribute('data-area')}${m.classList.contains('primary') ? '*' : ''}`);
}

/** What each person of an inventory should carry, from the focus entries themselves. */
function expectedMarks(inv: Inventory): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of Object.keys(inv.people)) {
    const areas = new Map<string, boolean>();
    for (const f of Object.values(inv.focus)) if (f.people.includes(id)) areas.set(f.area, (areas.get(f.area) ?? false) || f.primary);
    const list = [...areas].map(([a, p]) => `${a}${p ? '*' : ''}`);
    out.set(
      id,
      list.sort(
        (a, b) =>
          Number(b.endsWith('*')) - Number(a.endsWith('*')) ||
          PROBLEM_AREAS.indexOf(a.replace('*', '') as never) - PROBLEM_AREAS.indexOf(b.replace('*', '') as never),
      ),
    );
  }
  return out;
}

const legendKeys = (map: RelationshipMap): string[] => [...map.shadowRoot!.querySelectorAll('[part="legend-entry"]')].map((e) => e.getAttribute('data-key')!);
const overlap = (a: DOMRect, b: DOMRect): boolean => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('<relationship-map>: the formulation on the map', () => {
  it('V31: every person in a focus carries a mark of each of its problem areas, the primary focus marked as such; no one else does', async () => {
    const seen = new Set<string>();
    for (const c of cases) {
      const inv = c.session12;
      const map = await mountMap(inv, SHARED_SCREEN);
      for (const [id, marks] of expectedMarks(inv)) {
        expect(marksOf(map, id), `${c.id}: ${id}`).toEqual(marks);
        for (const m of marks) seen.add(m.replace('*', ''));
      }
      // A person named by a life event carries the calendar, and only they do.
      const named = new Set(Object.values(inv.events).flatMap((e) => e.people));
      for (const id of Object.keys(inv.people)) expect(personNode(map, id).querySelector('.events-mark') !== null, `${c.id}: ${id}`).toBe(named.has(id));
      map.remove();
    }
    // The five cases between them show every problem area.
    expect([...seen].sort()).toEqual([...PROBLEM_AREAS].sort());
  });

  it('V31: a deceased person in the grief focus keeps the X and muted look, and carries the grief mark', async () => {
    const map = await mountMap(daniel.session12, SHARED_SCREEN);
    const helen = personNode(map, 'helen');
    expect(helen.classList.contains('deceased')).toBe(true);
    expect(helen.querySelector('.cross')).not.toBeNull();
    expect(marksOf(map, 'helen')).toEqual(['grief*']);
  });

  it('V32: the primary focus stands out without colour: a filled, larger plate against an outlined one, in the light, dark and forced-colours themes', async () => {
    const map = await mountMap(maya.session12, SHARED_SCREEN);
    const look = (): { primary: string[]; other: string[]; sizes: number[] } => {
      const jonas = personNode(map, 'jonas');
      const primary = jonas.querySelector('.focus-mark.primary')!;
      const other = jonas.querySelector('.focus-mark:not(.primary)')!;
      const paint = (m: Element): string[] => [getComputedStyle(m.querySelector('.plate')!).fill, getComputedStyle(m.querySelector('.mark-glyph')!).fill];
      return { primary: paint(primary), other: paint(other), sizes: [primary, other].map((m) => m.querySelector('.plate')!.getBoundingClientRect().width) };
    };
    const themes: (() => Promise<void>)[] = [
      async () => {},
      async () => {
        map.theme = 'dark';
        await settled(map);
      },
      async () => {
        map.presenting = true;
        await settled(map);
      },
      async () => {
        await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
        await settled(map);
      },
    ];
    for (const theme of themes) {
      await theme();
      const { primary, other, sizes } = look();
      // Filled: the plate is in the glyph colour of the other and the other way round.
      expect(primary[0]).toBe(other[1]);
      expect(primary[1]).toBe(other[0]);
      expect(primary[0]).not.toBe(primary[1]);
      expect(sizes[0]!).toBeGreaterThan(sizes[1]! + 1);
    }
  });

  it('V33: the marks read at Fit on a 1280 x 720 map of every teaching case, and no shown label covers a mark', async () => {
    for (const c of cases) {
      const map = await mountMap(c.session12, SHARED_SCREEN);
      map.fit();
      await settled(map);
      const root = map.shadowRoot!;
      const marks = [...root.querySelectorAll('g.people .focus-mark .plate, g.people .events-mark .page')];
      expect(marks.length, c.id).toBeGreaterThan(0);
      // 11 px and more for the primary focus, 10 for another (a category badge is about 8 at Fit).
      for (const m of root.querySelectorAll('g.people .focus-mark.primary .plate')) expect(m.getBoundingClientRect().width, c.id).toBeGreaterThanOrEqual(11);
      for (const m of root.querySelectorAll('g.people .focus-mark .plate')) expect(m.getBoundingClientRect().width, c.id).toBeGreaterThanOrEqual(10);
      for (const m of root.querySelectorAll('g.people .events-mark .page')) expect(m.getBoundingClientRect().width, c.id).toBeGreaterThanOrEqual(7);
      const labels = [...root.querySelectorAll<SVGTextElement>('g.person text.label, g.person text.dates')].filter(
        (t) => !t.classList.contains('label-hidden') && getComputedStyle(t).display !== 'none' && t.textContent.trim(),
      );
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        for (const m of marks) expect(overlap(box, m.getBoundingClientRect()), `${c.id}: "${label.textContent}" covers a mark`).toBe(false);
      }
      map.remove();
    }
  });

  it('V9 V31: the legend lists each mark shown, in words that say "interpersonal sensitivity"; formulation="off" hides the marks and their entries', async () => {
    const map = await mountMap(tomas.session12, SHARED_SCREEN);
    const keys = legendKeys(map);
    expect(keys).toEqual(legendKeysFor(tomas.session12));
    expect(keys).toContain('focus-primary-interpersonal-deficits');
    expect(keys).toContain('life-events');
    const legend = map.shadowRoot!.querySelector('[part="legend"]')!.textContent;
    expect(legend).toContain('Primary focus: interpersonal sensitivity');
    expect(legend).not.toMatch(/deficit/i);
    // Every entry's sample is the mark as drawn on the map.
    const sample = map.shadowRoot!.querySelector('[data-key="focus-primary-interpersonal-deficits"] .focus-mark.primary');
    expect(sample?.getAttribute('data-area')).toBe('interpersonal-deficits');

    map.setAttribute('formulation', 'off');
    await settled(map);
    expect(map.formulation).toBe('off');
    expect(map.shadowRoot!.querySelectorAll('.marks, .focus-mark, .events-mark')).toHaveLength(0);
    expect(legendKeys(map).filter((k) => k.startsWith('focus-') || k === 'life-events')).toEqual([]);
    expect(legendKeys(map).length).toBeGreaterThan(0);

    map.formulation = 'on';
    await settled(map);
    expect(legendKeys(map)).toEqual(keys);
  });

  it('V34: a person’s spoken description names their focus areas, the primary one as such, and their life events; without the marks it does not', async () => {
    const map = await mountMap(maya.session12, SHARED_SCREEN);
    const jonasName = async (): Promise<string> => {
      const root = await accessibilityTree();
      return findOne(root, (n) => n.role === 'button' && n.name.startsWith('Jonas,'), 'Jonas').name;
    };
    expect(await jonasName()).toContain('primary focus: role transition, focus: role dispute');
    const leo = personNode(map, 'leo').getAttribute('aria-label')!;
    expect(leo).toContain('primary focus: role transition');
    expect(leo).toContain('1 life event');
    map.formulation = 'off';
    await settled(map);
    expect(await jonasName()).not.toContain('focus');
  });

  it('V35: presenting shows the marks and says the areas, but no focus note, transition role, event label or private text', async () => {
    for (const c of cases) {
      const inv = c.session12;
      const map = await mountMap(inv, SHARED_SCREEN);
      map.presenting = true;
      await settled(map);
      const text = `${exposedText(map.shadowRoot!)}\n${await map.toSVG()}`;
      const marks = [...formulationOf(inv).values()].reduce((n, f) => n + f.marks.length, 0);
      expect(map.shadowRoot!.querySelectorAll('g.people .focus-mark').length, c.id).toBe(marks);
      const never = [
        ...privateTexts(inv),
        ...Object.values(inv.focus).flatMap((f) => [f.note?.text, f.transitionFrom, f.transitionTo]),
        ...Object.values(inv.events).map((e) => e.label?.text),
      ].filter((t): t is string => typeof t === 'string' && t.trim().length > 3);
      expect(never.length, c.id).toBeGreaterThan(0);
      for (const secret of never) expect(text, c.id).not.toContain(secret);
      for (const person of Object.values(inv.people)) if (person.name.length > 2) expect(text, `${c.id}: ${person.name}`).not.toContain(person.name);
      map.remove();
    }
  });
});
