import { describe, expect, it } from 'vitest';

declare global {
  interface ImportMeta {
    /** Vite's import of many files at once, resolved when the test is transformed. */
    glob(pattern: string, options: { eager: true; query: '?raw'; import: 'default' }): Record<string, string>;
  }
}

// The element's source, whose JSDoc feeds custom-elements.json, and the guides that promise to list all of it.
const SOURCE = import.meta.glob('./relationship-map/relationship-map.ts', { eager: true, query: '?raw', import: 'default' });
const DOCS = import.meta.glob('../../../docs/*.md', { eager: true, query: '?raw', import: 'default' });

const source = Object.values(SOURCE)[0] ?? '';
const doc = (name: string) => DOCS[`../../../docs/${name}`] ?? '';
const tagged = (tag: string) => [...source.matchAll(new RegExp(`@${tag} (\\S+) - `, 'g'))].map((m) => m[1]!);

describe('the guides list the whole API of <relationship-map>', () => {
  it('finds the tags in the source', () => {
    expect(tagged('cssproperty').length).toBeGreaterThan(10);
    expect(tagged('csspart').length).toBeGreaterThan(5);
    expect(tagged('event').length).toBeGreaterThan(3);
  });

  it('theming.md lists every CSS custom property and every part', () => {
    const theming = doc('theming.md');
    for (const name of [...tagged('cssproperty'), ...tagged('csspart')]) expect(theming, name).toContain(`| \`${name}\` |`);
  });

  it('events-and-methods.md lists every event', () => {
    const events = doc('events-and-methods.md');
    for (const name of tagged('event')) expect(events, name).toContain(`| \`${name}\` |`);
  });
});
