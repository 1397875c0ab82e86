/** What a key does in the list of events. */
export type ListKeyAction = { readonly move: number } | { readonly toggle: true } | { readonly clear: true };

/**
 * The list's keys: arrows move to the next or previous event (left and right too, as along the axis), Home and End
 * to the first and last, Enter or Space select the event or unselect it, Escape unselects. `index` is the active
 * event's place among `count`; the move is to a place in range. `undefined` for a key the list leaves alone.
 */
export function listKeyAction(key: string, index: number, count: number): ListKeyAction | undefined {
  const to = (i: number): ListKeyAction => ({ move: Math.max(0, Math.min(count - 1, i)) });
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return to(index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return to(index - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(count - 1);
    case 'Enter':
    case ' ':
      return { toggle: true };
    case 'Escape':
      return { clear: true };
    default:
      return undefined;
  }
}
