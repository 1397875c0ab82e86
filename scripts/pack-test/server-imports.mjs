// Run by the packaging test in the consumer project, once plainly and once with `--conditions=browser` (as edge
// and worker runtimes resolve packages): every entry point imports without throwing, and leaves no stand-in for a
// browser global behind.
import assert from 'node:assert/strict';

const entries = [
  '@relmap/core',
  '@relmap/layout',
  '@relmap/cases',
  '@relmap/map',
  '@relmap/map/relationship-map',
  '@relmap/map/relationship-table',
  '@relmap/map/relationship-detail',
  '@relmap/map/relationship-compare',
  '@relmap/map/session',
  '@relmap/react',
];
const browser = process.execArgv.some((a) => a.includes('conditions=browser')) || process.argv.includes('--browser');
for (const entry of entries) {
  const module = await import(entry);
  assert.ok(Object.keys(module).length > 0, `${entry} exports something`);
}
const map = await import('@relmap/map');
assert.equal(typeof map.RelationshipMap, 'function');
assert.equal(typeof globalThis.document, 'undefined', 'no stand-in document is left on the server');
if (browser) assert.equal(typeof globalThis.HTMLElement, 'undefined', 'no stand-in HTMLElement is left on the server');
console.log(`server imports${browser ? ' (browser condition)' : ''}: ${entries.length} entry points import without throwing`);
