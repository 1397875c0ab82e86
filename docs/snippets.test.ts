import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script with no declarations.
import { writeSnippets } from '../scripts/doc-snippets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('the code samples of README.md, docs/ and the package READMEs', () => {
  it('all type-check under strict settings (noUncheckedIndexedAccess, exactOptionalPropertyTypes, checkJs)', () => {
    const dir = join(root, '.doc-snippets/types');
    const files = (writeSnippets as (dir: string) => { source: string }[])(dir);
    // The guides that must have samples to check: a parser that finds none would pass vacuously.
    const sources = new Set(files.map((f) => f.source));
    for (const guide of ['README.md', 'docs/commands.md', 'docs/getting-started.md', 'docs/embedding.md', 'docs/data-model.md']) {
      expect(sources, guide).toContain(guide);
    }
    let output = '';
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 120_000);
});
