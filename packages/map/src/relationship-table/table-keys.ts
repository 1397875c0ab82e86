/** What the table's undo keys need from the map it is bound to. */
export interface UndoTarget {
  undo(): boolean;
  redo(): boolean;
}

/**
 * Ctrl+Z (Cmd+Z) undoes and Ctrl+Shift+Z or Ctrl+Y redoes with the map's history, from anywhere in the table
 * except a text field, where those keys belong to the field's own typing. So a keyboard user who changed a
 * select, a checkbox or removed a row can take it back without leaving the table. Returns whether it acted.
 */
export function handleTableKey(map: UndoTarget, e: KeyboardEvent): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
  const key = e.key.toLowerCase();
  if (key !== 'z' && key !== 'y') return false;
  const target = e.composedPath()[0] as Element | undefined;
  // The table's only inputs are text fields and checkboxes.
  if (target?.matches?.('textarea, input:not([type=checkbox])')) return false;
  e.preventDefault();
  if (key === 'y' || e.shiftKey) map.redo();
  else map.undo();
  return true;
}
