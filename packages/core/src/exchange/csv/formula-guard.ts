// Spreadsheet programs run a cell that starts with one of these as a formula (CSV or formula injection), so a name
// such as `=HYPERLINK(...)` in an exported file could act when a colleague opens it.
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

function guarded(value: string): boolean {
  const first = value[0];
  if (first === undefined) return false;
  if (TRIGGERS.has(first)) return true;
  // A leading quote before a trigger or another quote is escaped too, so that reading gives back exactly the text.
  return first === "'" && value.length > 1 && (TRIGGERS.has(value[1]!) || value[1] === "'");
}

/**
 * A cell that a spreadsheet shows as text: a value that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading `'`, which spreadsheets read as "this is text" and do not display. `unguardFormula` undoes it
 * exactly, for every string.
 */
export function guardFormula(value: string): string {
  return guarded(value) ? `'${value}` : value;
}

/** Undoes `guardFormula`: drops the `'` it added. A foreign file's `'Tis` (no trigger after the quote) stays. */
export function unguardFormula(cell: string): string {
  return cell[0] === "'" && guarded(cell.slice(1)) ? cell.slice(1) : cell;
}
