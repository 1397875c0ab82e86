// Run by the packaging test in the consumer project: imports every packed package in Node as an application
// would, with Lit's own DOM shim standing in for the browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const core = await import('@relmap/core');
let inventory = core.createInventory({ clientLabel: 'Maya' });
inventory = core.addPerson(inventory, { name: 'Jonas', category: 'partner', ring: 1 });
inventory = core.addPerson(inventory, { name: 'Ruth', category: 'parent', ring: 2 });
inventory = core.linkPeople(inventory, { a: 'jonas', b: 'ruth', closeness: 'distant', conflict: 'high' });
assert.deepEqual(core.importCsv(core.exportCsv(inventory)), { ok: true, inventory });
assert.deepEqual(core.importGraphml(core.exportGraphml(inventory)), { ok: true, inventory });
assert.equal(core.importFhir(core.exportFhir(inventory)).ok, true);

const layout = await import('@relmap/layout');
assert.equal(typeof layout.computeLayout, 'function');

const map = await import('@relmap/map');
assert.equal(customElements.get('relationship-map'), map.RelationshipMap, 'importing @relmap/map defines <relationship-map>');

const manifestPath = fileURLToPath(import.meta.resolve('@relmap/map/custom-elements.json'));
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean);
assert.ok(tags.includes('relationship-map'), 'custom-elements.json describes <relationship-map>');

const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const { RelationshipMap } = await import('@relmap/react');
const html = renderToString(createElement(RelationshipMap, { readonly: true }));
assert.match(html, /<relationship-map/);

console.log('pack smoke: core, layout, map, react and custom-elements.json work from the tarballs');
