/**
 * Relmap teaching cases: five fictional interpersonal inventories, one per IPT problem area, each at intake and at
 * session 12. Every name and detail is invented.
 */
import { RelmapError } from '@relmap/core';
import { daniel } from './daniel-grief.ts';
import { maya } from './maya-role-transition.ts';
import { priya } from './priya-role-dispute.ts';
import { ruth } from './ruth-multiple-transitions.ts';
import { tomas } from './tomas-interpersonal-sensitivity.ts';
import type { TeachingCase } from './types.ts';

export type { TeachingCase } from './types.ts';
export type { IsoDate } from './dates.ts';
export { daniel, maya, priya, ruth, tomas };

/** Every teaching case, in the order of the case library: Maya, Daniel, Priya, Tomás, Ruth. */
export const cases: readonly TeachingCase[] = Object.freeze([maya, daniel, priya, tomas, ruth]);

/**
 * The teaching case with this id (`maya`, `daniel`, `priya`, `tomas` or `ruth`). Throws a `RelmapError` with code
 * `not-found` that lists the known ids when there is no such case.
 */
export function getCase(id: string): TeachingCase {
  const found = cases.find((c) => c.id === id);
  if (!found) {
    const known = cases.map((c) => `"${c.id}"`).join(', ');
    throw new RelmapError('not-found', 'id', `no teaching case with id ${JSON.stringify(id)}; known ids: ${known}.`);
  }
  return found;
}
