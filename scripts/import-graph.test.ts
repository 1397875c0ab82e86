import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['core', 'layout', 'map', 'cases', 'react', 'sync'];
/** Which packages each may import: dependencies run one way. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  layout: ['core'],
  map: ['core', 'layout'],
  cases: ['core'],
  react: ['core', 'map'],
  sync: ['core', 'map'],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // Test support (testing/ folders, the security test page) may use the teaching cases; shipped code may not.
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'testing' || entry.name === 'page' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative import and every `@relmap/*` import of a file, type-only imports included. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return {
    local: specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s)),
    packages: specifiers.filter((s) => s.startsWith('@relmap/')).map((s) => s.split('/')[1]!),
  };
}

/** The cycles of a graph, each as the list of files around it (one per strongly connected component). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.map((f) => relative(root, f)).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph', () => {
  for (const pkg of PACKAGES) {
    const files = sources(join(root, 'packages', pkg, 'src'));
    const graph = new Map(files.map((f) => [f, importsOf(f).local] as const));

    it(`${pkg}: no import cycles, type-only imports included`, () => {
      expect(cycles(graph)).toEqual([]);
    });

    it(`${pkg}: imports only the packages before it (${ALLOWED[pkg]!.join(', ') || 'none'})`, () => {
      const wrong = files.flatMap((f) =>
        importsOf(f)
          .packages.filter((p) => p !== pkg && !ALLOWED[pkg]!.includes(p))
          .map((p) => `${relative(root, f)} imports @relmap/${p}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it("map: no element's private member is read from outside as obj['name']", () => {
    // TypeScript lets bracket access reach private members; the elements' adapters once did so nine times.
    const reads = sources(join(root, 'packages', 'map', 'src')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\b(map|host|element|table|detail|compare|timeline|el)\['[A-Za-z_]+'\]/g)].map(
        (m) => `${relative(root, f)}: ${m[0]}`,
      ),
    );
    expect(reads).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    const graph = new Map([
      ['/a', ['/b']],
      ['/b', ['/c']],
      ['/c', ['/a']],
      ['/d', ['/a']],
    ]);
    expect(cycles(graph)).toHaveLength(1);
  });
});
