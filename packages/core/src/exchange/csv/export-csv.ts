import type { Inventory } from '../../model.ts';
import { PERSON_COLUMNS, PERSON_TIE_COLUMNS, RING_RADIUS_COLUMNS, flattenPerson, flattenPersonTie, ringRadiusCells } from '../flat-records.ts';
import type { ExportOptions } from '../options.ts';
import { writeCsv } from './csv-text.ts';

/**
 * The three CSV files of one inventory, in the shape personal-network research tools such as Network Canvas
 * export: one row for the client as ego, one row per person (an alter), and one row per tie between two people
 * (an edge). Each is RFC 4180 text with CRLF line ends.
 */
export interface CsvFiles {
  /** The ego file: the client's label and the map settings (with the remembered ring radii). */
  readonly ego: string;
  /** The alter file: every person with the client's inventory row about them. */
  readonly people: string;
  /** The edge file: ties between people other than the client. */
  readonly ties: string;
}

/** The ego id written into every row, since an inventory holds one client. */
export const CSV_EGO_ID = 'ego';

/** The columns of the ego file. */
export const CSV_EGO_COLUMNS: readonly string[] = [
  'networkCanvasEgoUUID',
  'label',
  'rings',
  'ringLabel1',
  'ringLabel2',
  'ringLabel3',
  'ringLabel4',
  'ringLabel5',
  'sectors',
  ...RING_RADIUS_COLUMNS,
];

/** The columns of the people file: Network Canvas's node columns, then one per field of a person. */
export const CSV_PEOPLE_COLUMNS: readonly string[] = ['nodeID', 'networkCanvasEgoUUID', 'networkCanvasUUID', ...PERSON_COLUMNS];

/** The columns of the ties file: Network Canvas's edge columns, then one per field of a tie. */
export const CSV_TIE_COLUMNS: readonly string[] = [
  'edgeID',
  'from',
  'to',
  'networkCanvasEgoUUID',
  'networkCanvasUUID',
  'networkCanvasSourceUUID',
  'networkCanvasTargetUUID',
  ...PERSON_TIE_COLUMNS,
];

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Writes an inventory as CSV files (ego, people, ties). People are numbered `nodeID` 1, 2, ... in order of their
 * ids, and ties refer to them by those numbers (`from`, `to`) and by id. Private notes are left out unless
 * `options.includePrivateNotes` is `true`. Events and focus have no place in these files and are not written.
 */
export function exportCsv(inventory: Inventory, options: ExportOptions = {}): CsvFiles {
  const { settings } = inventory;
  const ego = writeCsv(CSV_EGO_COLUMNS, [
    [
      CSV_EGO_ID,
      inventory.client.label,
      String(settings.rings),
      ...[0, 1, 2, 3, 4].map((i) => settings.ringLabels[i] ?? ''),
      String(settings.sectors),
      ...ringRadiusCells(settings),
    ],
  ]);
  const ids = Object.keys(inventory.people).sort(byId);
  const nodeIds = new Map(ids.map((id, i) => [id, String(i + 1)]));
  const people = writeCsv(
    CSV_PEOPLE_COLUMNS,
    ids.map((id) => {
      const flat = flattenPerson(inventory.people[id]!, options);
      return [nodeIds.get(id)!, CSV_EGO_ID, id, ...PERSON_COLUMNS.map((c) => flat[c] ?? '')];
    }),
  );
  const tieIds = Object.keys(inventory.ties).sort(byId);
  const ties = writeCsv(
    CSV_TIE_COLUMNS,
    tieIds.map((id, i) => {
      const tie = inventory.ties[id]!;
      const flat = flattenPersonTie(tie, options);
      return [String(i + 1), nodeIds.get(tie.a) ?? '', nodeIds.get(tie.b) ?? '', CSV_EGO_ID, id, tie.a, tie.b, ...PERSON_TIE_COLUMNS.map((c) => flat[c] ?? '')];
    }),
  );
  return { ego, people, ties };
}
