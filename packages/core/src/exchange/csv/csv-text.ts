import { guardFormula, unguardFormula } from './formula-guard.ts';

/** One parsed CSV table: the header row and the data rows, each a list of cells. */
export interface CsvTable {
  /** The names in the first row. */
  readonly header: readonly string[];
  /** The rows after the header. */
  readonly rows: readonly (readonly string[])[];
}

/** What `readCsv` returns: the table, or where and why the text is not CSV. */
export type CsvReadResult = { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly line: number; readonly message: string };

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, a quote or a line break; and
 * guarded against spreadsheet formulas (`guardFormula`).
 */
export function csvCell(value: string): string {
  const text = guardFormula(value);
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as RFC 4180 CSV text: CRLF line ends, a header row, every row as wide as the header. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Reads RFC 4180 CSV text: quoted cells with doubled quotes and line breaks inside, CRLF or LF line ends, an
 * optional byte-order mark and an optional final line end. Every row must be as wide as the header; a blank last
 * line is ignored. The `'` that `csvCell` puts before a formula-like cell is dropped again.
 */
export function readCsv(text: string): CsvReadResult {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    row.push(unguardFormula(cell));
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
    rowLine = line;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (cell !== '' || wasQuoted)
        return { ok: false, line, message: 'a quote in the middle of an unquoted cell; quote the whole cell and double the quote.' };
      quoted = true;
      wasQuoted = true;
      i++;
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      endRow();
    } else {
      if (wasQuoted) return { ok: false, line, message: 'text after the closing quote of a cell.' };
      cell += c;
      i++;
    }
  }
  if (quoted) return { ok: false, line: rowLine, message: 'a quoted cell is never closed.' };
  if (cell !== '' || wasQuoted || row.length > 0) endRow();
  const [header, ...data] = rows;
  if (!header || (header.length === 1 && header[0] === '')) return { ok: false, line: 1, message: 'no header row.' };
  for (let r = 0; r < data.length; r++) {
    const width = data[r]!.length;
    if (width === 1 && data[r]![0] === '') {
      data.splice(r, 1);
      r--;
      continue;
    }
    if (width !== header.length) {
      return { ok: false, line: r + 2, message: `row ${r + 1} has ${width} cells, but the header has ${header.length}.` };
    }
  }
  return { ok: true, table: { header, rows: data } };
}
