/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { maya } from '@relmap/cases';
import { addPerson, CATEGORIES, createInventory, linkPeople, markDeceased, type Focus, type Inventory, type ProblemArea } from '@relmap/core';
import { CATEGORY_PALETTE, categoryGlyph, categoryTone } from '../visual/categories.ts';
import { LEGEND_ORDER } from '../visual/legend.ts';
import { cleanup, mountMap, nextFrame, personNode } from '../testing/mount.ts';
import type { RelationshipMap } from './relationship-map.ts';
import { BADGE } from './render-map.ts';

afterEach(async () => {
  cleanup();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

/** A colour as the browser computes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** One person of every category, every client line and tie style, a death, a group, sectors on. */
function everything(): Inventory {
  let inv = createInventory({ clientLabel: 'Sam', sectors: true });
  const ties = [
    { support: 'strong', supportDirection: 'mutual' },
    { support: 'some', supportDirection: 'to-client' },
    { support: 'none' },
    { support: 'none' },
    { conflict: 'low' },
    { conflict: 'high', support: 'some', supportDirection: 'from-client' },
    { conflict: 'hostile' },
    { conflict: 'cutoff' },
    { support: 'some', ended: true },
    { support: 'some' },
    { support: 'some' },
  ] as const;
  CATEGORIES.forEach((category, i) => {
    inv = addPerson(inv, {
      id: category,
      name: `Person ${category}`,
      category,
      ring: i === 2 ? 1 : i === 3 ? 3 : 2,
      tie: ties[i]!,
      kind: category === 'community' ? 'group' : 'person',
    });
  });
  inv = markDeceased(inv, { id: 'other', died: '2024' });
  inv = linkPeople(inv, { id: 'partner-parent', a: 'partner', b: 'parent', closeness: 'close' });
  inv = linkPeople(inv, { id: 'parent-child', a: 'parent', b: 'child', closeness: 'normal' });
  inv = linkPeople(inv, { id: 'friend-neighbour', a: 'friend', b: 'neighbour', closeness: 'distant' });
  // Every focus mark (one focus can be primary) and the life-events mark.
  const focus = (id: string, area: ProblemArea, people: string[], primary = false): Focus => ({ id, area, primary, people, events: [] });
  return {
    ...inv,
    focus: {
      a: focus('a', 'grief', ['partner'], true),
      b: focus('b', 'grief', ['parent']),
      c: focus('c', 'role-dispute', ['child']),
      d: focus('d', 'role-transition', ['sibling']),
      e: focus('e', 'interpersonal-deficits', ['friend']),
    },
    events: { move: { id: 'move', kind: 'move', label: { text: 'Moved', sensitivity: 'shareable' }, people: ['neighbour'] } },
  };
}

/** What a legend sample looks like: each element's shape and computed paint. */
function sampleLook(entry: Element): string {
  return [...entry.querySelectorAll('svg *')]
    .map((el) => {
      const cs = getComputedStyle(el);
      const shape = ['d', 'cx', 'cy', 'r'].map((a) => el.getAttribute(a) ?? '').join(',');
      return `${el.tagName}[${shape}] ${cs.fill} ${cs.stroke} ${cs.strokeWidth} ${cs.strokeDasharray} ${cs.opacity}`;
    })
    .join('; ');
}

function badgeOf(map: RelationshipMap, id: string): { disc: SVGCircleElement; glyph: SVGPathElement } {
  const node = personNode(map, id);
  return { disc: node.querySelector('.badge circle')!, glyph: node.querySelector('.badge .glyph')! };
}

describe('<relationship-map>: a person shows their category by colour and by glyph', () => {
  it('V16: every person carries their category’s glyph on a badge, and the symbol, badge and glyph are painted in their tone', async () => {
    const map = await mountMap(maya.session12);
    const people = Object.values(maya.session12.people);
    for (const person of people) {
      const node = personNode(map, person.id);
      const tone = categoryTone(person.category);
      const colours = CATEGORY_PALETTE.light[tone];
      expect(node.getAttribute('data-category'), person.id).toBe(person.category);
      const { disc, glyph } = badgeOf(map, person.id);
      expect(glyph.getAttribute('d'), person.id).toBe(categoryGlyph(person.category, BADGE, BADGE.glyph));
      const symbol = getComputedStyle(node.querySelector('.symbol')!);
      expect(symbol.stroke, person.id).toBe(rgb(colours.strong));
      if (person.status !== 'deceased') expect(symbol.fill, person.id).toBe(rgb(colours.fill));
      expect(getComputedStyle(disc).fill, person.id).toBe(rgb(colours.strong));
      expect(getComputedStyle(glyph).fill, person.id).toBe('rgb(255, 255, 255)');
    }
    // Different tones are different colours on screen, not only different classes.
    const strokes = new Set(people.map((p) => getComputedStyle(personNode(map, p.id).querySelector('.symbol')!).stroke));
    expect(strokes.size).toBe(new Set(people.map((p) => categoryTone(p.category))).size);
  });

  it('V16: the dark theme paints the tones in its own palette', async () => {
    const map = await mountMap(maya.session12);
    map.theme = 'dark';
    await map.updateComplete;
    const jonas = maya.session12.people['jonas']!;
    const symbol = getComputedStyle(personNode(map, 'jonas').querySelector('.symbol')!);
    expect(symbol.stroke).toBe(rgb(CATEGORY_PALETTE.dark[categoryTone(jonas.category)].strong));
    expect(symbol.fill).toBe(rgb(CATEGORY_PALETTE.dark[categoryTone(jonas.category)].fill));
  });

  it('V16: in forced colours the tones give way to system colours, and every glyph is still drawn, in a colour apart from its badge', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    const map = await mountMap(maya.session12);
    const text = systemColour('CanvasText');
    const canvas = systemColour('Canvas');
    for (const id of Object.keys(maya.session12.people)) {
      const { disc, glyph } = badgeOf(map, id);
      expect(glyph.getAttribute('d')?.length, id).toBeGreaterThan(10);
      expect(getComputedStyle(disc).fill, id).toBe(text);
      expect(getComputedStyle(glyph).fill, id).toBe(canvas);
      expect(getComputedStyle(glyph).display, id).not.toBe('none');
      expect(getComputedStyle(personNode(map, id).querySelector('.symbol')!).stroke, id).toBe(text);
    }
  });

  it('V17, M40: draws a label inside its symbol when it fits and reads at 11 px, beside it otherwise, never both', async () => {
    const map = await mountMap(maya.session12);
    const shown = (id: string) => {
      const node = personNode(map, id);
      const visible = (sel: string) => (getComputedStyle(node.querySelector(sel)!).display === 'none' ? '' : node.querySelector(sel)!.textContent);
      return { inside: visible('.inside-label'), beside: visible('.label') };
    };
    map.zoom(4);
    await nextFrame();
    await map.updateComplete;
    expect(shown('jonas')).toEqual({ inside: '', beside: 'Jonas' });
    expect(shown('leo')).toEqual({ inside: 'Leo', beside: '' });
    expect(parseFloat(getComputedStyle(personNode(map, 'leo').querySelector('.inside-label')!).fontSize) * screenScale(map)).toBeGreaterThanOrEqual(11);
    // Zoomed out until text inside the symbol would be under 11 px on screen, "Leo" goes beside it.
    map.zoom(1 / 8);
    await nextFrame();
    await map.updateComplete;
    expect(screenScale(map) * 12).toBeLessThan(11);
    expect(shown('leo')).toEqual({ inside: '', beside: 'Leo' });
    map.labelMode = 'role';
    await map.updateComplete;
    expect(shown('leo').inside).toBe('');
  });

  it('V17: presenting (initials) draws every label inside its symbol, and no full name anywhere in the drawing', async () => {
    const map = await mountMap(maya.session12);
    map.presenting = true;
    await map.updateComplete;
    map.zoom(4);
    await nextFrame();
    await map.updateComplete;
    const drawing = map.shadowRoot!.querySelector('svg.map')!;
    for (const person of Object.values(maya.session12.people)) {
      const node = personNode(map, person.id);
      const inside = node.querySelector('.inside-label')!;
      expect(inside.textContent.length, person.id).toBeGreaterThan(0);
      expect(inside.textContent.length, person.id).toBeLessThanOrEqual(4);
      expect(inside.getBoundingClientRect().height, person.id).toBeGreaterThan(8);
      expect(getComputedStyle(node.querySelector('.label')!).display, person.id).toBe('none');
      expect(drawing.textContent, person.name).not.toContain(person.name);
    }
  });

  it('V17: a person’s spoken description names their category', async () => {
    const map = await mountMap(maya.session12);
    map.labelMode = 'initials';
    await map.updateComplete;
    for (const person of Object.values(maya.session12.people)) {
      const description = personNode(map, person.id).getAttribute('aria-label')!;
      const category = { 'other-family': 'family', community: 'group' }[person.category as string] ?? person.category;
      expect(description, person.id).toContain(category);
    }
  });
});

describe('<relationship-map>: the legend', () => {
  it('V9, V18: lists every category, the sectors, every focus mark and every line and symbol, and no two samples look alike', async () => {
    const map = await mountMap(everything());
    const entries = [...map.shadowRoot!.querySelectorAll('[part~="legend-entry"]')];
    // One focus is primary, so of the primary marks only grief's is shown.
    expect(entries.map((e) => e.getAttribute('data-key'))).toEqual(LEGEND_ORDER.filter((k) => !k.startsWith('focus-primary-') || k === 'focus-primary-grief'));
    const looks = new Map<string, string>();
    for (const entry of entries) {
      const look = sampleLook(entry);
      const key = entry.getAttribute('data-key')!;
      expect(looks.get(look), `${key} looks like ${looks.get(look)}`).toBeUndefined();
      looks.set(look, key);
    }
  });

  it('V18: "some support" and "tie between two people" differ on screen: the client line starts at a filled disc', async () => {
    const map = await mountMap(everything());
    const ends = (key: string) => [...map.shadowRoot!.querySelectorAll(`[data-key="${key}"] .legend-end`)].map((el) => getComputedStyle(el).fill);
    const some = ends('some');
    const tie = ends('tie-normal');
    expect(some).toHaveLength(2);
    expect(tie).toHaveLength(2);
    expect(some[0]).not.toBe(tie[0]);
    expect(tie[0]).toBe(tie[1]);
  });

  it('V18: a category sample has the same tone and glyph as the people of that category', async () => {
    const map = await mountMap(everything());
    for (const category of CATEGORIES) {
      const sample = map.shadowRoot!.querySelector(`[data-key="category-${category}"]`)!;
      const sampleDisc = getComputedStyle(sample.querySelector('.badge circle')!).fill;
      expect(sampleDisc, category).toBe(getComputedStyle(badgeOf(map, category).disc).fill);
      expect(sample.querySelector('.glyph')!.getAttribute('d'), category).toBe(categoryGlyph(category, { x: 18.5, y: 6.5 }, 4.4));
    }
  });
});

describe('<relationship-map>: sectors', () => {
  it('V19: with sectors on, draws a labelled arc per sector that has people and dividers that cut through no one', async () => {
    const inv = everything();
    const map = await mountMap(inv);
    const root = map.shadowRoot!;
    expect([...root.querySelectorAll('.sector-label')].map((t) => t.textContent?.trim())).toEqual(['Family', 'Friends', 'Work', 'Services']);
    const dividers = [...root.querySelectorAll<SVGPathElement>('.sector-divider:not(.legend-divider)')];
    expect(dividers).toHaveLength(4);
    const centres = [...root.querySelectorAll('g.person')].map((g) => {
      const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform')!)!;
      return { id: g.getAttribute('data-id'), x: Number(x), y: Number(y) };
    });
    expect(centres).toHaveLength(CATEGORIES.length);
    for (const divider of dividers) {
      const length = divider.getTotalLength();
      for (let s = 0; s <= length; s += 2) {
        const p = divider.getPointAtLength(s);
        for (const { id, ...at } of centres) {
          expect(Math.hypot(p.x - at.x, p.y - at.y), `a divider through ${id}`).toBeGreaterThan(18);
        }
      }
    }
    expect(root.querySelector('#map-description')?.textContent).toContain('Grouped in sectors: Family, 5 people');
    map.inventory = { ...inv, settings: { ...inv.settings, sectors: false } };
    await map.updateComplete;
    expect(root.querySelectorAll('.sector-label, svg.map .sector-divider')).toHaveLength(0);
  });

  it('V19: sector labels come from strings', async () => {
    const map = await mountMap(everything());
    map.strings = { sector: { family: 'Familie', friends: 'Freunde', work: 'Arbeit', services: 'Dienste' } };
    await map.updateComplete;
    expect([...map.shadowRoot!.querySelectorAll('.sector-label')].map((t) => t.textContent?.trim())).toEqual(['Familie', 'Freunde', 'Arbeit', 'Dienste']);
  });
});

/** Screen pixels per layout unit: how large the drawing is drawn now. */
function screenScale(map: RelationshipMap): number {
  const ctm = map.shadowRoot!.querySelector<SVGGraphicsElement>('g.people')!.getScreenCTM()!;
  return Math.hypot(ctm.a, ctm.b);
}
