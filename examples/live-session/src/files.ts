import type { AppWindow } from './app-window.ts';
import { parseInventoryJson, type Inventory } from '@relmap/core';

/** Offers text or a blob as a file download in `win`. */
export function download(win: AppWindow, name: string, content: string | Blob, type = 'application/octet-stream'): void {
  const doc = win.document;
  const a = doc.createElement('a');
  a.href = win.URL.createObjectURL(typeof content === 'string' ? new win.Blob([content], { type }) : content);
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  win.setTimeout(() => win.URL.revokeObjectURL(a.href), 0);
}

/** The outcome of reading an inventory file: the inventory, or a message that says what was wrong and where. */
export type ImportResult = { readonly ok: true; readonly inventory: Inventory } | { readonly ok: false; readonly message: string };

/**
 * Reads an inventory from a file's text. A file that is not a valid inventory gives a message naming the file,
 * the first problem and where it is, and how many more there are; nothing is changed by reading.
 */
export function readInventoryFile(name: string, text: string): ImportResult {
  const result = parseInventoryJson(text);
  if (result.ok) return { ok: true, inventory: result.inventory };
  const [first, ...rest] = result.errors;
  const where = first?.path ? `at ${first.path}: ` : '';
  const more = rest.length ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
  const what = (first?.message ?? 'it is not an inventory').replace(/\.$/, '');
  return { ok: false, message: `"${name}" was not opened: ${where}${what}${more}. The current inventory is unchanged.` };
}
