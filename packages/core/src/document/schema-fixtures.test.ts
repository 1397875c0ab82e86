import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../model.ts';
import { migrateInventory, migrateWith, type Migration, type MigrationResult } from './migrate.ts';
import type { PlainObject } from './read-plain.ts';
import { parseInventory } from './parse-inventory.ts';
import { serializeInventory } from './serialize-inventory.ts';

declare global {
  interface ImportMeta {
    /** Vite's import of many files at once, resolved when the test is transformed. */
    glob(pattern: string, options: { eager: true; query: '?raw'; import: 'default' }): Record<string, string>;
  }
}

// The text of every committed fixture, keyed by its path, such as `../../fixtures/v1/maya-intake.json`.
const FIXTURES = import.meta.glob('../../fixtures/v*/*.json', { eager: true, query: '?raw', import: 'default' });

/**
 * Fields that a migration moved, by the version it moved them from: old dotted path to new. Empty: the
 * steps to versions 2 and 3 only added fields (see fixtures/README.md).
 */
const MOVED: Readonly<Record<number, Readonly<Record<string, string>>>> = {};

type Leaf = readonly [path: string, value: unknown];

/** Every leaf value of a JSON document with its dotted path; an empty array or object counts as a leaf. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  const entries = Object.entries(value);
  if (entries.length === 0) return [[path, value]];
  return entries.flatMap(([key, child]) => leaves(child, path === '' ? key : `${path}.${key}`));
}

/** The leaves of `original` that `migrated` lost or changed, following moved fields; `version` is left out. */
function lostFields(original: unknown, result: MigrationResult, moved: Readonly<Record<string, string>> = {}): string[] {
  if (!result.ok) return result.errors.map((e) => `${e.path}: ${e.message}`);
  const kept = new Map(leaves(result.document).map(([p, v]) => [p, JSON.stringify(v)]));
  return leaves(original)
    .filter(([path]) => path !== 'version')
    .filter(([path, value]) => kept.get(moved[path] ?? path) !== JSON.stringify(value))
    .map(([path]) => path);
}

function versionOf(file: string): number {
  return Number(/\/v(\d+)\//.exec(file)?.[1]);
}

describe('schema fixtures', () => {
  const files = Object.keys(FIXTURES).sort();

  it('G3: every schema version up to the current one has its committed fixtures', () => {
    const versions = new Set(files.map(versionOf));
    for (let v = 1; v <= CURRENT_VERSION; v++) expect(versions.has(v), `fixtures/v${v}`).toBe(true);
    expect(files.filter((f) => versionOf(f) === CURRENT_VERSION).length).toBeGreaterThanOrEqual(11);
  });

  for (const file of files) {
    const name = file.replace(/^.*fixtures\//, '');
    it(`G1, G3: ${name} migrates and parses, keeping every field`, () => {
      const text = FIXTURES[file]!;
      const original: unknown = JSON.parse(text);
      const migrated = migrateInventory(original);
      expect(lostFields(original, migrated, MOVED[versionOf(file)])).toEqual([]);
      const parsed = parseInventory(original);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      if (versionOf(file) === CURRENT_VERSION) expect(serializeInventory(parsed.inventory)).toBe(text);
    });
  }

  it('G3: the check names a field that a migration step drops', () => {
    const text = FIXTURES[files.find((f) => f.endsWith('/every-field.json'))!]!;
    const original = JSON.parse(text) as { people: Record<string, { notes?: unknown }> };
    const dropNotes: Record<number, Migration> = {
      1: (doc) => {
        for (const person of Object.values(doc['people'] as Record<string, PlainObject>)) delete person['notes'];
        return doc;
      },
    };
    const lost = lostFields(original, migrateWith(dropNotes, 2, original));
    expect(lost).toContain('people.jonas.notes.text');
    expect(lost).not.toContain('people.jonas.name');
  });
});
