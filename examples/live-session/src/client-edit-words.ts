import type { Inventory } from '@relmap/core';
import type { ClientEdit } from '@relmap/sync';

/**
 * What the client changed, in words for the therapist's page: with the label the client sees for the person (the
 * shared picture's, never a name the picture does not show) and the ring's own label.
 */
export function clientEditWords(edit: ClientEdit, picture: Inventory): string {
  const ring = (n: number): string => (picture.settings.ringLabels[n - 1] ?? `ring ${n}`).toLowerCase();
  if (edit.kind === 'add') return `The client added ${edit.label} in the ${ring(edit.ring)}.`;
  if (edit.from === edit.ring) return `The client moved ${edit.label} within the ${ring(edit.ring)}.`;
  return `The client moved ${edit.label} to the ${ring(edit.ring)}.`;
}
