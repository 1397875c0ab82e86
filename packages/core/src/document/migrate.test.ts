import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, SCHEMA } from '../model.ts';
import { MIGRATIONS, migrateInventory, migrateWith, type Migration } from './migrate.ts';
import { parseInventory } from './parse-inventory.ts';
import { plainCopy, sampleInventory } from './testing/sample-inventory.ts';

// A made-up history: version 1 called the client "patient", version 2 had no settings.sectors.
const TABLE: Record<number, Migration> = {
  1: (doc) => {
    const { patient, ...rest } = doc;
    return { ...rest, client: patient };
  },
  2: (doc) => ({ ...doc, settings: { ...(doc['settings'] as object), sectors: false } }),
};

function v1(): Record<string, unknown> {
  const { client, settings, ...rest } = plainCopy(sampleInventory());
  const { sectors: _, ...oldSettings } = settings;
  return { ...rest, version: 1, patient: client, settings: oldSettings };
}

describe('migrateInventory', () => {
  it('G1: a document of the current version passes through unchanged, as a fresh copy', () => {
    const input = plainCopy(sampleInventory());
    const result = migrateInventory(input);
    expect(result).toEqual({ ok: true, document: input });
    if (result.ok) expect(result.document).not.toBe(input);
  });

  it('G1, G4, G5: version 1 migrates through 2 to 3, keeping every field, adding no hint and no goal', () => {
    expect(CURRENT_VERSION).toBe(3);
    expect(Object.keys(MIGRATIONS)).toEqual(['1', '2']);
    const { settings, people, goals: _goals, ...rest } = plainCopy(sampleInventory());
    const { ringRadii: _, ...v1Settings } = settings;
    const v1People = Object.fromEntries(Object.entries(people as Record<string, Record<string, unknown>>).map(([id, { hint: __, ...p }]) => [id, p]));
    const input = { ...rest, version: 1, settings: v1Settings, people: v1People };
    const result = migrateInventory(input);
    expect(result).toEqual({ ok: true, document: { ...input, goals: {}, version: 3 } });
    expect(JSON.stringify(result)).not.toContain('"hint"');
  });

  it('G5: version 2 migrates to 3 with an empty goals collection, every other field kept', () => {
    const { goals: _, ...v2 } = { ...plainCopy(sampleInventory()), version: 2 };
    const result = migrateInventory(v2);
    expect(result).toEqual({ ok: true, document: { ...v2, goals: {}, version: 3 } });
    const parsed = parseInventory(v2);
    expect(parsed.ok && parsed.inventory.goals).toEqual({});
  });

  it('G5: a goals field in a version-2 document is left for the reader to judge, not replaced', () => {
    const doc = { ...plainCopy(sampleInventory()), version: 2 };
    const result = migrateInventory(doc);
    expect(result.ok && result.document['goals']).toEqual(doc.goals);
  });

  it('G1: runs every step from the document version up, keeping every field no step rewrites', () => {
    const result = migrateWith(TABLE, 3, v1());
    const expected = { ...plainCopy(sampleInventory()), version: 3 };
    expect(result).toEqual({ ok: true, document: expected });
  });

  it('G1: starts from the document version, not from the first', () => {
    const { patient, ...rest } = v1();
    const v2: Record<string, unknown> = { ...rest, client: patient, version: 2 };
    const result = migrateWith(TABLE, 3, v2);
    expect(result.ok && result.document['settings']).toEqual({ ...(v2['settings'] as object), sectors: false });
  });

  it('G1: never changes the input, even when a step mutates the document it is given', () => {
    const input = v1();
    const before = JSON.stringify(input);
    const mutating: Record<number, Migration> = { 1: (doc) => ((doc['client'] = 'changed'), delete doc['ties'], doc) };
    expect(migrateWith(mutating, 2, input).ok).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('G2: refuses a newer version with a message saying a newer Relmap wrote it', () => {
    const result = migrateWith(TABLE, 3, { ...v1(), version: 4 });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          message: 'expected a schema version from 1 to 3, got 4: the document was written by a newer Relmap, so update the library to read it.',
        },
      ],
    });
  });

  it('G1: a missing step is an error at version, not a guess', () => {
    const result = migrateWith({ 2: TABLE[2]! }, 3, v1());
    expect(result).toEqual({ ok: false, errors: [{ path: 'version', message: expect.stringContaining('no upgrade from version 1') }] });
  });

  it('G1: a step that throws or returns no object is reported, never thrown', () => {
    const throwing: Record<number, Migration> = {
      1: () => {
        throw new Error('bug');
      },
    };
    const empty: Record<number, Migration> = { 1: () => null as unknown as Record<string, never> };
    for (const table of [throwing, empty]) {
      expect(migrateWith(table, 2, v1())).toEqual({
        ok: false,
        errors: [{ path: '', message: 'expected a document that can be upgraded from version 1, but the upgrade failed.' }],
      });
    }
  });

  it('G1: a step may return a frozen object; the chain still writes the new version', () => {
    const frozen: Record<number, Migration> = { 1: (doc) => Object.freeze({ ...doc }) };
    const result = migrateWith(frozen, 2, v1());
    expect(result.ok && result.document.version).toBe(2);
  });

  it('a missing or wrong schema is an error at schema, and a bad version at version', () => {
    const { schema: _, version: __, ...rest } = plainCopy(sampleInventory());
    expect(migrateInventory(rest)).toEqual({
      ok: false,
      errors: [
        { path: 'schema', message: `expected "${SCHEMA}", but the field is missing.` },
        { path: 'version', message: 'expected a schema version from 1 to 3, a whole number, but the field is missing.' },
      ],
    });
    const wrong = migrateInventory({ ...rest, schema: 'other/format', version: '1' });
    expect(wrong.ok ? [] : wrong.errors).toEqual([
      { path: 'schema', message: `expected "${SCHEMA}", got "other/format".` },
      { path: 'version', message: 'expected a schema version from 1 to 3, a whole number, got "1".' },
    ]);
    for (const version of [0, 1.5, -3]) {
      const result = migrateInventory({ ...rest, schema: SCHEMA, version });
      expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['version']);
    }
  });

  it('V6: fails when the reader had to leave a value out, since the upgrade would lose it', () => {
    const input = { ...plainCopy(sampleInventory()), extra: () => 1 };
    const result = migrateInventory(input);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['extra']);
  });

  it('V1: never throws, whatever the input', () => {
    const cyclic: Record<string, unknown> = { schema: SCHEMA, version: 1 };
    cyclic['self'] = cyclic;
    for (const input of [
      undefined,
      null,
      3,
      'x',
      [],
      cyclic,
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('x');
          },
        },
      ),
    ]) {
      expect(migrateInventory(input).ok).toBe(false);
    }
  });
});
