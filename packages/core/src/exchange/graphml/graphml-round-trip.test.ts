import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../commands/index.ts';
import { arbitraryInventory } from '../../document/testing/arbitrary-inventory.ts';
import { sampleInventory } from '../../document/testing/sample-inventory.ts';
import { peopleAndTies, privateTexts, withoutPrivateNotes } from '../testing/expected.ts';
import { readXml } from './xml-text.ts';
import { exportGraphml } from './export-graphml.ts';
import { importGraphml } from './import-graphml.ts';

// XML 1.0 cannot hold most control characters; the writer replaces them, so the round trip is exact without them.
// eslint-disable-next-line no-control-regex
const NON_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const hasNonXml = (value: unknown): boolean =>
  typeof value === 'string' ? NON_XML.test(value) : typeof value === 'object' && value !== null && Object.values(value).some(hasNonXml);

describe('GraphML export and import', () => {
  it('gives back the client, settings, people and ties of any inventory when private notes are included', () => {
    fc.assert(
      fc.property(arbitraryInventory, (inventory) => {
        const text = exportGraphml(inventory, { includePrivateNotes: true });
        fc.pre(!hasNonXml(inventory));
        expect(importGraphml(text)).toEqual({ ok: true, inventory: peopleAndTies(inventory) });
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('includes the client as the ego node, joined to every person by an edge with the inventory row', () => {
    const read = readXml(exportGraphml(sampleInventory()));
    if (!read.ok) throw new Error(read.message);
    const graph = read.root.children.find((c) => c.name === 'graph')!;
    const ego = graph.children.find((c) => c.name === 'node' && c.attributes['id'] === 'client')!;
    expect(ego.children.map((d) => [d.attributes['key'], d.text])).toEqual([
      ['n.relmapKind', 'ego'],
      ['n.name', 'Maya'],
    ]);
    const egoEdges = graph.children.filter((c) => c.name === 'edge' && c.attributes['source'] === 'client');
    expect(egoEdges.map((e) => e.attributes['target'])).toEqual(['choir', 'henrik', 'jonas', 'ruth']);
    const jonas = egoEdges.find((e) => e.attributes['target'] === 'jonas')!;
    expect(jonas.children.find((d) => d.attributes['key'] === 'e.ring')?.text).toBe('1');
  });

  it('gives the ego another id when a person is already called "client"', () => {
    const inventory = addPerson(sampleInventory(), { id: 'client', name: 'Cleo', category: 'friend' });
    const result = importGraphml(exportGraphml(inventory, { includePrivateNotes: true }));
    expect(result).toEqual({ ok: true, inventory: peopleAndTies(inventory) });
  });

  it('leaves private notes out by default', () => {
    const inventory = sampleInventory();
    const text = exportGraphml(inventory);
    for (const note of privateTexts(inventory)) expect(text).not.toContain(note);
    expect(importGraphml(text)).toEqual({ ok: true, inventory: peopleAndTies(withoutPrivateNotes(inventory)) });
  });

  it('reads a plain GraphML file from another tool, with names by attribute name and defaults for the rest', () => {
    const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="category" attr.type="string"><default>friend</default></key>
  <graph edgedefault="undirected">
    <node id="a"><data key="d0">Ana</data></node>
    <node id="b"><data key="d0">Bo</data></node>
    <edge source="a" target="b"/>
  </graph>
</graphml>`;
    const result = importGraphml(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.inventory.people['a']).toMatchObject({ name: 'Ana', category: 'friend', tie: { ring: 3 } });
    expect(result.inventory.ties['e1']).toMatchObject({ a: 'a', b: 'b' });
  });

  it('returns problems and no inventory for broken XML, duplicate nodes or invalid values', () => {
    expect(importGraphml('<graphml><graph><node id="a">')).toMatchObject({ ok: false });
    expect(importGraphml('<graphml><graph><node id="a"/><node id="a"/></graph></graphml>')).toMatchObject({
      ok: false,
      errors: [{ path: 'graphml.node.1' }],
    });
    const bad = exportGraphml(sampleInventory()).replace('<data key="e.ring">1</data>', '<data key="e.ring">9</data>');
    const result = importGraphml(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('people.jonas.tie.ring');
  });
});
