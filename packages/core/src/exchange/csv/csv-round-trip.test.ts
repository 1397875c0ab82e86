import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryInventory } from '../../document/testing/arbitrary-inventory.ts';
import { sampleInventory } from '../../document/testing/sample-inventory.ts';
import { peopleAndTies, privateTexts, withoutPrivateNotes } from '../testing/expected.ts';
import { exportCsv } from './export-csv.ts';
import { importCsv } from './import-csv.ts';
import { readCsv } from './csv-text.ts';

describe('CSV export and import', () => {
  it('gives back the client, settings, people and ties of any inventory when private notes are included', () => {
    fc.assert(
      fc.property(arbitraryInventory, (inventory) => {
        const result = importCsv(exportCsv(inventory, { includePrivateNotes: true }));
        expect(result).toEqual({ ok: true, inventory: peopleAndTies(inventory) });
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('leaves private notes out by default, and the import then lacks exactly those', () => {
    const inventory = sampleInventory();
    const files = exportCsv(inventory);
    const all = files.ego + files.people + files.ties;
    expect(privateTexts(inventory).length).toBeGreaterThan(0);
    for (const text of privateTexts(inventory)) expect(all).not.toContain(text);
    expect(importCsv(files)).toEqual({ ok: true, inventory: peopleAndTies(withoutPrivateNotes(inventory)) });
  });

  it('writes Network Canvas node and edge columns, ties referring to people by nodeID', () => {
    const files = exportCsv(sampleInventory());
    const people = readCsv(files.people);
    const ties = readCsv(files.ties);
    if (!people.ok || !ties.ok) throw new Error('unreadable export');
    expect(people.table.header.slice(0, 4)).toEqual(['nodeID', 'networkCanvasEgoUUID', 'networkCanvasUUID', 'name']);
    expect(ties.table.header.slice(0, 3)).toEqual(['edgeID', 'from', 'to']);
    const nodeOf = new Map(people.table.rows.map((r) => [r[2], r[0]]));
    const [tie] = ties.table.rows;
    expect([tie![1], tie![2]]).toEqual([nodeOf.get('ruth'), nodeOf.get('henrik')]);
  });

  it('reads a personal-network tool export with only names and node ids, filling neutral defaults', () => {
    const result = importCsv({
      people: 'nodeID,networkCanvasEgoUUID,name,closeFriend\r\n1,e-1,Ana,true\r\n2,e-1,Bo,false\r\n',
      ties: 'edgeID,from,to,networkCanvasEgoUUID\r\n1,1,2,e-1\r\n',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.inventory.people['n1']).toMatchObject({ name: 'Ana', category: 'other', tie: { ring: 3, conflict: 'none' } });
    expect(Object.values(result.inventory.ties)).toMatchObject([{ a: 'n1', b: 'n2', closeness: 'normal' }]);
  });

  it('returns every problem and no inventory when a row is invalid', () => {
    const files = exportCsv(sampleInventory());
    const broken = files.people.replace(',partner,', ',spouse,');
    const result = importCsv({ ...files, people: broken });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ path: 'people.jonas.category', message: expect.stringContaining('"partner"') });
  });

  it('refuses duplicate ids and ties to unknown people, naming the file and row', () => {
    const dup = importCsv({ people: 'networkCanvasUUID,name\r\na,Ana\r\na,Ann\r\n' });
    expect(dup).toMatchObject({ ok: false, errors: [{ path: 'people.2.networkCanvasUUID' }] });
    const stray = importCsv({ people: 'nodeID,name\r\n1,Ana\r\n', ties: 'edgeID,from,to\r\n1,1,9\r\n' });
    expect(stray).toMatchObject({ ok: false, errors: [{ path: 'ties.1.from' }] });
  });
});
