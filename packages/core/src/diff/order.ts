import { CONFLICTS, SUPPORTS, type Conflict, type Id, type Support } from '../model.ts';
import type { ConflictChange } from './inventory-diff.ts';

/**
 * Orders records by id, by UTF-16 code units rather than `localeCompare`, so that a diff comes out the same
 * whatever the locale of the machine that made it.
 */
export function byId(x: { readonly id: Id }, y: { readonly id: Id }): number {
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/** How a conflict changed in the severity order of `CONFLICTS`, or `undefined` when it did not change. */
export function compareConflict(from: Conflict, to: Conflict): ConflictChange | undefined {
  if (from === to) return undefined;
  return { from, to, direction: CONFLICTS.indexOf(to) < CONFLICTS.indexOf(from) ? 'eased' : 'worsened' };
}

/** Whether support went up or down in the order of `SUPPORTS`, or `undefined` when it did not change. */
export function supportDirection(from: Support, to: Support): 'increased' | 'decreased' | undefined {
  if (from === to) return undefined;
  return SUPPORTS.indexOf(to) > SUPPORTS.indexOf(from) ? 'increased' : 'decreased';
}
