import type { ValidationIssue } from '../../errors.ts';
import { defaultRingLabels } from '../../model.ts';
import { parseInventory } from '../../document/parse-inventory.ts';
import { SCHEMA, CURRENT_VERSION } from '../../model.ts';
import { outermostRing, readRingRadii, unflattenPerson, unflattenPersonTie } from '../flat-records.ts';
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

function table(part: Part, text: string, errors: ValidationIssue[]): CsvTable | undefined {
  const read = readCsv(text);
  if (read.ok) return read.table;
  errors.push({ path: `${part}.line${read.line}`, message: read.message });
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
  const errors: ValidationIssue[] = [];
  const egoTable = input.ego === undefined ? undefined : table('ego', input.ego, errors);
  const peopleTable = table('people', input.people, errors);
  const tiesTable = input.ties === undefined ? undefined : table('ties', input.ties, errors);
  if (errors.length > 0 || !peopleTable) return { ok: false, errors };

  const ego = egoTable?.rows[0] ? cells(egoTable, egoTable.rows[0]) : () => '';
  const ringsCell = ego('rings');
  const people = new Map<string, Record<string, unknown>>();
  const byNodeId = new Map<string, string>();
  peopleTable.rows.forEach((row, r) => {
    const cell = cells(peopleTable, row);
    const id = cell('networkCanvasUUID') || cell('id') || (cell('nodeID') ? `n${cell('nodeID')}` : '');
    if (id === '') {
      errors.push({ path: `people.${r + 1}.networkCanvasUUID`, message: 'expected an id for this person, got an empty cell.' });
    } else if (people.has(id)) {
      errors.push({ path: `people.${r + 1}.networkCanvasUUID`, message: `expected a unique id, but "${id.slice(0, 64)}" is used by an earlier row.` });
    } else {
      people.set(id, unflattenPerson(id, cell, { ring: 0 }));
      if (cell('nodeID') !== '') byNodeId.set(cell('nodeID'), id);
    }
  });

  const ties = new Map<string, Record<string, unknown>>();
  tiesTable?.rows.forEach((row, r) => {
    const cell = cells(tiesTable, row);
    const a = cell('networkCanvasSourceUUID') || byNodeId.get(cell('from')) || '';
    const b = cell('networkCanvasTargetUUID') || byNodeId.get(cell('to')) || '';
    const id = cell('networkCanvasUUID') || cell('id') || `t${cell('edgeID') || r + 1}`;
    if (a === '' || b === '') {
      errors.push({ path: `ties.${r + 1}.from`, message: 'expected both ends of the tie to name a person of the people file.' });
    } else if (ties.has(id)) {
      errors.push({ path: `ties.${r + 1}.networkCanvasUUID`, message: `expected a unique id, but "${id.slice(0, 64)}" is used by an earlier row.` });
    } else {
      ties.set(id, unflattenPersonTie(id, a, b, cell));
    }
  });
  if (errors.length > 0) return { ok: false, errors };

  // A file from another tool carries no rings: such people go on the outermost ring of the map.
  const rings = ringsCell !== '' ? Number(ringsCell) : outermostRing(people.values(), 3);
  for (const person of people.values()) {
    const tie = person['tie'] as Record<string, unknown>;
    if (tie['ring'] === 0) tie['ring'] = rings;
  }
  const labels = [1, 2, 3, 4, 5].map((n) => ego(`ringLabel${n}`)).slice(0, Number.isInteger(rings) ? rings : 0);
  const sectors = ego('sectors');
  return parseInventory({
    schema: SCHEMA,
    version: CURRENT_VERSION,
    client: { label: ego('label') || 'Client' },
    settings: {
      rings,
      ringLabels: labels.every((l) => l !== '') ? labels : defaultRingLabels(rings),
      sectors: sectors === 'true' ? true : sectors === '' || sectors === 'false' ? false : sectors,
      ...readRingRadii(ego, rings),
    },
    people: Object.fromEntries(people),
    ties: Object.fromEntries(ties),
    events: {},
    focus: {},
    goals: {},
  });
}
