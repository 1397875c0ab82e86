import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script with no declarations.
import { writeSnippets } from '../scripts/doc-snippets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
type Written = { source: string; line: number; code: string; file: string };
const recipes = (writeSnippets as (dir: string) => Written[])(join(root, '.doc-snippets/node')).filter(
  (s) => s.source === 'docs/commands.md' && s.code.includes("from 'node:assert/strict'"),
);

describe('docs/commands.md: the recipes that run in Node', () => {
  it('has the recipes for building, changing, undo, transactions and many commands at once', () => {
    const text = readFileSync(join(root, 'docs/commands.md'), 'utf8');
    for (const heading of [
      '## Build an inventory',
      '## Change it',
      '## Undo and redo with a store',
      '## Several commands as one step',
      '## Many commands at once',
    ]) {
      expect(text).toContain(heading);
    }
    expect(recipes.length).toBe(5);
  });

  // Each recipe asserts what its steps give; importing it runs it, and a failed assert fails the test.
  for (const recipe of recipes) {
    it(`runs the recipe at docs/commands.md:${recipe.line}`, async () => {
      await expect(import(/* @vite-ignore */ pathToFileURL(recipe.file).href)).resolves.toBeDefined();
    });
  }
});
