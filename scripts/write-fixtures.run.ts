/**
 * Writes the schema fixtures of the current version: every teaching case, at intake and at session 12, as
 * `serializeInventory` writes it, to `packages/core/fixtures/v<version>/<case>-<when>.json`. Fixtures already
 * there are never overwritten: they are the record of what that version wrote, and the migration tests load
 * every one of them. Run it with `pnpm fixtures` after raising `CURRENT_VERSION`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases } from '../packages/cases/src/index.ts';
import { CURRENT_VERSION, serializeInventory, type Inventory } from '../packages/core/src/index.ts';
import { sampleInventory } from '../packages/core/src/document/testing/sample-inventory.ts';

const root = process.env['RELMAP_ROOT'] ?? process.cwd();
const dir = join(root, 'packages/core/fixtures', `v${CURRENT_VERSION}`);
mkdirSync(dir, { recursive: true });
// The teaching cases, and the test sample that sets every field of the model at least once.
const documents: [string, Inventory][] = [['every-field', sampleInventory()]];
for (const c of cases) for (const when of ['intake', 'session12'] as const) documents.push([`${c.id}-${when}`, c[when]]);
for (const [name, inventory] of documents) {
  const file = join(dir, `${name}.json`);
  if (existsSync(file)) {
    console.log(`kept    ${file}`);
    continue;
  }
  writeFileSync(file, serializeInventory(inventory));
  console.log(`written ${file}`);
}
