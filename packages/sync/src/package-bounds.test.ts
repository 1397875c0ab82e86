import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('.', import.meta.url).pathname;

function shipped(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['testing', 'page', 'bench'].includes(entry.name) ? [] : shipped(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('@relmap/sync', () => {
  it('depends on core and on the session entry of map only, never on the elements', () => {
    const wrong = shipped(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+['"](@relmap\/[^'"]+)['"]/g)]
        .map((m) => m[1]!)
        .filter((spec) => spec !== '@relmap/core' && spec !== '@relmap/map/session')
        .map((spec) => `${relative(src, file)} imports ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it('Y1: the binding and the picture use no DOM, so they run in Node, a worker or a page alike; only the relay uses Node', () => {
    for (const file of shipped(src)) {
      // Comments may speak of a document; code may not reach for one.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(text, file).not.toMatch(/\b(document|window)\s*\.|\bHTMLElement\b/);
      if (!file.includes('/relay/')) expect(text, file).not.toMatch(/from\s+['"](node:|ws['"])/);
    }
  });
});
