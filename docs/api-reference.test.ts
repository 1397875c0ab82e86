import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/api/ is the API reference TypeDoc writes from the JSDoc (`pnpm docs:api`), committed so that it can be read
// without cloning. This keeps it current: every value a package exports has its entry, and every class, function
// and constant in it is still exported. After changing what a package exports, run `pnpm docs:api`.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = {
  core: () => import('../packages/core/src/index.ts'),
  layout: () => import('../packages/layout/src/index.ts'),
  cases: () => import('../packages/cases/src/index.ts'),
  map: () => import('../packages/map/src/index.ts'),
  react: () => import('../packages/react/src/index.ts'),
} as const;

/** The top-level entries of a page, by section: `### name` under `## Classes`, `## Functions`, ... */
function entries(page: string): Map<string, string> {
  const found = new Map<string, string>();
  let section = '';
  for (const line of page.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    else if (line.startsWith('### ')) found.set(line.slice(4).replace(/\(\)$/, '').replace(/\\/g, '').trim(), section);
  }
  return found;
}

describe('the committed API reference (docs/api/)', () => {
  for (const [name, load] of Object.entries(PACKAGES)) {
    it(`lists every export of @relmap/${name}, and nothing it no longer exports (else run pnpm docs:api)`, async () => {
      const page = entries(readFileSync(join(root, `docs/api/${name}/src.md`), 'utf8'));
      const exported = Object.keys(await load());
      expect(
        exported.filter((e) => !page.has(e)),
        'exports missing from the reference',
      ).toEqual([]);
      const values = [...page].filter(([, section]) => ['Classes', 'Functions', 'Variables'].includes(section)).map(([e]) => e);
      expect(
        values.filter((e) => !exported.includes(e)),
        'entries no longer exported',
      ).toEqual([]);
    });
  }

  it('is linked from the index page', () => {
    const index = readFileSync(join(root, 'docs/api/index.md'), 'utf8');
    for (const name of Object.keys(PACKAGES)) expect(index).toContain(`(${name}/src.md)`);
  });
});
