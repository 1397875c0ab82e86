import { addPerson, createInventory, linkPeople } from '@relmap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mountMap, personNode } from '../testing/mount.ts';

afterEach(cleanup);

const inventory = linkPeople(
  addPerson(addPerson(createInventory({ clientLabel: 'Maya' }), { id: 'jonas', name: 'Jonas', category: 'partner', ring: 1, tie: { support: 'strong' } }), {
    name: 'דנה 2',
    id: 'dana',
    category: 'friend',
    ring: 2,
    tie: { conflict: 'high' },
  }),
  { id: 'jonas-dana', a: 'jonas', b: 'dana', closeness: 'close', conflict: 'none' },
);

describe('localisation of <relationship-map>', () => {
  it('replaces legend entries through strings.legend and keeps English for the rest', async () => {
    const map = await mountMap(inventory);
    map.strings = { legendTitle: 'Legende', legend: { strong: 'Nah / starke Unterstützung' } };
    await map.updateComplete;
    const legend = map.shadowRoot!.querySelector('[part="legend"]')!;
    expect(legend.getAttribute('aria-label')).toBe('Legende');
    const texts = [...legend.querySelectorAll('[part="legend-text"]')].map((t) => t.textContent?.trim());
    expect(texts).toContain('Nah / starke Unterstützung');
    expect(texts).toContain('Conflict');
    expect(texts).not.toContain('Close / strong support');
  });

  it('lays out a right-to-left name from right to left, trailing digits included', async () => {
    const map = await mountMap(inventory);
    const label = personNode(map, 'dana').querySelector<SVGTextElement>('.label')!;
    expect(label.textContent).toBe('דנה 2');
    // In a left-to-right run the digit would follow the Hebrew on the right; read right to left it comes first,
    // on the left.
    const first = label.getStartPositionOfChar(0).x;
    const digit = label.getStartPositionOfChar(4).x;
    expect(digit).toBeLessThan(first);
  });
});
