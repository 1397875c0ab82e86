import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The parts of a custom-elements manifest this test reads. */
interface Named {
  readonly name: string;
  readonly description?: string;
}
interface Declaration {
  readonly tagName?: string;
  readonly summary?: string;
  readonly attributes?: readonly Named[];
  readonly events?: readonly Named[];
  readonly cssParts?: readonly Named[];
  readonly cssProperties?: readonly Named[];
}
interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[] }[];
}

const root = dirname(fileURLToPath(import.meta.url));
const analyzer = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const elementSource = join(root, 'src/relationship-map/relationship-map.ts');
const baseSource = join(root, 'src/relationship-map/session-backed-element.ts');

async function readManifest(path: string): Promise<Manifest> {
  return JSON.parse(await readFile(path, 'utf8')) as Manifest;
}

function element(manifest: Manifest): Declaration {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'relationship-map');
  if (!found) throw new Error('The manifest declares no <relationship-map>.');
  return found;
}

/** The names the element's source documents or declares, read from its JSDoc tags and `@property` decorators. */
function documented(source: string): Record<'attributes' | 'events' | 'cssParts' | 'cssProperties', string[]> {
  const tag = (name: string): string[] => [...source.matchAll(new RegExp(`@${name}\\s+([\\w-]+)`, 'g'))].map((m) => m[1]!);
  const attributes = [...source.matchAll(/@property\((\{[^)]*\})?\)\s*(?:(?:get|override|declare)\s+)*(\w+)/g)].flatMap((m) => {
    const options = m[1] ?? '';
    if (/attribute:\s*false/.test(options)) return [];
    return [/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? m[2]!.toLowerCase()];
  });
  return { attributes, events: tag('event'), cssParts: tag('csspart'), cssProperties: tag('cssproperty') };
}

describe('custom-elements.json', () => {
  let outDir = '';
  let fresh: Manifest;
  let committed: Manifest;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'relmap-cem-'));
    // The analyzer joins --outdir to its working directory, so it is given relative to the package.
    await promisify(execFile)(
      process.execPath,
      [analyzer, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, outDir), '--quiet'],
      { cwd: root },
    );
    fresh = await readManifest(join(outDir, 'custom-elements.json'));
    committed = await readManifest(join(root, 'custom-elements.json'));
  }, 60_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('is up to date with the source (regenerate with `pnpm --filter @relmap/map run manifest`)', () => {
    expect(committed).toEqual(fresh);
  });

  it('lists every attribute, event, part and CSS property of RelationshipMap, each with a description', async () => {
    // The element's own source and its base class's, whose session-backed properties it inherits.
    const source = documented((await Promise.all([elementSource, baseSource].map((f) => readFile(f, 'utf8')))).join('\n'));
    const el = element(committed);
    expect(el.summary).toBeTruthy();
    for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties'] as const) {
      const listed = el[kind] ?? [];
      expect(listed.map((x) => x.name).sort(), kind).toEqual([...new Set(source[kind])].sort());
      expect(
        listed.filter((x) => !x.description).map((x) => x.name),
        `${kind} without a description`,
      ).toEqual([]);
    }
  });
});
