// Run by the packaging test in the consumer project: imports every packed package in Node as an application
// would, with Lit's own DOM shim standing in for the browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const core = await import('@relmap/core');
let inventory = core.createInventory({ clientLabel: 'Maya' });
inventory = core.addPerson(inventory, { id: 'jonas', name: 'Jonas', category: 'partner', ring: 1 });
inventory = core.addPerson(inventory, { id: 'ruth', name: 'Ruth', category: 'parent', ring: 2 });
inventory = core.linkPeople(inventory, { id: 'jonas-ruth', a: 'jonas', b: 'ruth', closeness: 'distant', conflict: 'high' });
assert.deepEqual(core.importCsv(core.exportCsv(inventory)), { ok: true, inventory });
assert.deepEqual(core.importGraphml(core.exportGraphml(inventory)), { ok: true, inventory });
assert.equal(core.importFhir(core.exportFhir(inventory)).ok, true);

const layout = await import('@relmap/layout');
assert.equal(typeof layout.computeLayout, 'function');

const mapOnly = await import('@relmap/map/relationship-map');
assert.equal(customElements.get('relationship-map'), mapOnly.RelationshipMap, 'importing @relmap/map/relationship-map defines <relationship-map>');
assert.equal(customElements.get('relationship-table'), undefined, '@relmap/map/relationship-map defines no other element');
assert.equal(typeof mapOnly.defaultStrings, 'object', '@relmap/map/relationship-map exports what its API names');

const map = await import('@relmap/map');
assert.equal(map.RelationshipMap, mapOnly.RelationshipMap, 'the sub-entry and @relmap/map share one element class');
for (const tag of ['relationship-map', 'relationship-table', 'relationship-detail', 'relationship-compare']) {
  assert.ok(customElements.get(tag), `importing @relmap/map after a sub-entry defines <${tag}> without throwing`);
}
const compare = await import('@relmap/map/relationship-compare');
assert.equal(customElements.get('relationship-compare'), compare.RelationshipCompare, 'importing a sub-entry again is harmless');

const manifestPath = fileURLToPath(import.meta.resolve('@relmap/map/custom-elements.json'));
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'relationship-map');
assert.ok(element, 'custom-elements.json describes <relationship-map>');
assert.ok(
  element.events?.some((e) => e.name === 'relmap-change'),
  'the manifest lists the events',
);
assert.ok(element.cssParts?.length > 0 && element.cssProperties?.length > 0, 'the manifest lists parts and CSS properties');
assert.ok(
  element.members?.some((m) => m.name === 'inventory'),
  'the manifest lists the properties',
);

const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const { RelationshipMap } = await import('@relmap/react');
const html = renderToString(createElement(RelationshipMap, { readonly: true }));
assert.match(html, /<relationship-map/);

console.log('pack smoke: core, layout, map (index and sub-entries), react and custom-elements.json work from the tarballs');
