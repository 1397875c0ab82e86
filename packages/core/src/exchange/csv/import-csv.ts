import { InventoryAssembly, ringLabelCells, sectorsCell } from '../assemble-inventory.ts';
import { readRingRadii } from '../flat-records.ts';
import type { ImportResult } from '../options.ts';
import { readCsv, type CsvTable } from './csv-text.ts';

/** The CSV files `importCsv` reads. Only the people file is required. */
export interface CsvInput {
  /** The ego file; without it the client is "Client" and the settings are the defaults. */
  readonly ego?: string;
  /** The people (alter) file. */
  readonly people: string;
  /** The ties (edge) file; without it there are no ties between people. */
  readonly ties?: string;
}

type Part = 'ego' | 'people' | 'ties';

function table(part: Part, text: string, assembly: InventoryAssembly): CsvTable | undefined {
  const read = readCsv(text);
  if (read.ok) return read.table;
  assembly.fail(`${part}.line${read.line}`, read.message);
  return undefined;
}

function cells(t: CsvTable, row: readonly string[]): (name: string) => string {
  const index = new Map(t.header.map((name, i) => [name.trim(), i]));
  return (name) => {
    const at = index.get(name);
    return at === undefined ? '' : (row[at] ?? '');
  };
}

/**
 * Reads an inventory from CSV files written by `exportCsv`, or by a personal-network tool in the same shape (a
 * people file with `networkCanvasUUID` or `nodeID` per row; a ties file with `networkCanvasSourceUUID` and
 * `networkCanvasTargetUUID`, or `from` and `to` as node ids). Columns it does not know are ignored; fields of the
 * model that are missing take neutral defaults (see `unflattenPerson`). The result is checked by
 * `parseInventory`, and nothing is returned unless all of it is valid. Paths of CSV problems name the file and
 * the row (`people.3.networkCanvasUUID`, rows counted from 1 after the header).
 */
export function importCsv(input: CsvInput): ImportResult {
  const doc = new InventoryAssembly();
  const egoTable = input.ego === undefined ? undefined : table('ego', input.ego, doc);
  const peopleTable = table('people', input.people, doc);
  const tiesTable = input.ties === undefined ? undefined : table('ties', input.ties, doc);
  if (doc.errors.length > 0 || !peopleTable) return { ok: false, errors: doc.errors };

  const ego = egoTable?.rows[0] ? cells(egoTable, egoTable.rows[0]) : () => '';
  peopleTable.rows.forEach((row, r) => {
    const cell = cells(peopleTable, row);
    const id = cell('networkCanvasUUID') || cell('id') || (cell('nodeID') ? `n${cell('nodeID')}` : '');
    if (id === '') {
      doc.fail(`people.${r + 1}.networkCanvasUUID`, 'expected an id for this person, got an empty cell.');
    } else if (doc.people.has(id)) {
      doc.fail(`people.${r + 1}.networkCanvasUUID`, `expected a unique id, but "${id.slice(0, 64)}" is used by an earlier row.`);
    } else {
      doc.addPerson(id, cell);
      if (cell('nodeID') !== '') doc.refer(cell('nodeID'), id);
    }
  });

  tiesTable?.rows.forEach((row, r) => {
    const cell = cells(tiesTable, row);
    const a = cell('networkCanvasSourceUUID') || doc.resolve(cell('from')) || '';
    const b = cell('networkCanvasTargetUUID') || doc.resolve(cell('to')) || '';
    const id = cell('networkCanvasUUID') || cell('id') || `t${cell('edgeID') || r + 1}`;
    if (a === '' || b === '') {
      doc.fail(`ties.${r + 1}.from`, 'expected both ends of the tie to name a person of the people file.');
    } else if (doc.ties.has(id)) {
      doc.fail(`ties.${r + 1}.networkCanvasUUID`, `expected a unique id, but "${id.slice(0, 64)}" is used by an earlier row.`);
    } else {
      doc.addTie(id, a, b, cell);
    }
  });

  const ringsCell = ego('rings');
  return doc.finish({
    clientLabel: ego('label'),
    rings: ringsCell !== '' ? Number(ringsCell) : undefined,
    ringLabels: (rings) => {
      const labels = ringLabelCells(ego, rings);
      return labels.every((l) => l !== '') ? labels : undefined;
    },
    sectors: sectorsCell(ego('sectors')),
    ringRadii: (rings) => readRingRadii(ego, rings),
  });
}
