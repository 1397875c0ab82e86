import type { Draft } from 'immer';
import { RelmapError } from '../errors.ts';
import {
  CLIENT_TIE_NOTES,
  CONFLICTS,
  CONTACT_FREQUENCIES,
  SUPPORTS,
  type ClientTie,
  type ContactFrequency,
  type Conflict,
  type ExpectationsMet,
  type Inventory,
  type Note,
  type Support,
  type SupportDirection,
} from '../model.ts';
import { checkNote, checkOneOf, checkRing, describe, sameData } from './checks.ts';

/** Fields of an inventory row that `updateTie` edits; `null` removes an optional field. */
export interface TieChanges {
  readonly ring?: number;
  readonly conflict?: Conflict;
  readonly support?: Support;
  readonly supportDirection?: SupportDirection | null;
  readonly contact?: ContactFrequency | null;
  readonly contactNote?: Note | null;
  readonly satisfying?: Note | null;
  readonly unsatisfying?: Note | null;
  readonly expectationsOfOther?: Note | null;
  readonly expectationsOfClient?: Note | null;
  readonly expectationsMet?: ExpectationsMet | null;
  readonly wishedChanges?: Note | null;
  readonly knowsAboutDepression?: 'yes' | 'no' | 'unknown' | null;
  readonly ended?: boolean | null;
}

const KNOWN = new Set<string>([
  'ring',
  'conflict',
  'support',
  'supportDirection',
  'contact',
  'expectationsMet',
  'knowsAboutDepression',
  'ended',
  ...CLIENT_TIE_NOTES,
]);

/**
 * Checks every change first and then applies them all to `tie`, so a bad field never half-applies the others.
 * Unknown fields are errors, so a typo in a host's form is caught rather than silently dropped.
 */
export function applyTieChanges(draft: Draft<Inventory>, tie: Draft<ClientTie>, path: string, changes: TieChanges): void {
  if (typeof changes !== 'object' || changes === null) {
    throw new RelmapError('invalid-argument', path, `expected an object of changes, got ${describe(changes)}.`);
  }
  for (const key of Object.keys(changes)) {
    if (!KNOWN.has(key)) throw new RelmapError('invalid-argument', `${path}.${key}`, 'is not a field of an inventory row.');
  }
  const next: Record<string, unknown> = { ...tie };
  const set = (key: string, value: unknown, check: (v: unknown) => unknown): void => {
    if (value === undefined) return;
    if (value === null) delete next[key];
    else next[key] = check(value);
  };
  const c = changes as Record<string, unknown>;
  if (c.ring !== undefined) next.ring = checkRing(draft, `${path}.ring`, c.ring);
  if (c.conflict !== undefined) next.conflict = checkOneOf(`${path}.conflict`, c.conflict, CONFLICTS);
  if (c.support !== undefined) next.support = checkOneOf(`${path}.support`, c.support, SUPPORTS);
  set('supportDirection', c.supportDirection, (v) => checkOneOf(`${path}.supportDirection`, v, ['to-client', 'from-client', 'mutual']));
  set('contact', c.contact, (v) => checkOneOf(`${path}.contact`, v, CONTACT_FREQUENCIES));
  set('expectationsMet', c.expectationsMet, (v) => checkOneOf(`${path}.expectationsMet`, v, ['yes', 'partly', 'no', 'unknown']));
  set('knowsAboutDepression', c.knowsAboutDepression, (v) => checkOneOf(`${path}.knowsAboutDepression`, v, ['yes', 'no', 'unknown']));
  set('ended', c.ended, (v) => {
    if (typeof v !== 'boolean') throw new RelmapError('invalid-argument', `${path}.ended`, `expected true or false, got ${describe(v)}.`);
    return v || undefined;
  });
  if (next.ended === undefined) delete next.ended;
  for (const key of CLIENT_TIE_NOTES) set(key, c[key], (v) => checkNote(`${path}.${key}`, v));
  const target = tie as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) if (!(key in next)) delete target[key];
  for (const [key, value] of Object.entries(next)) if (!sameData(target[key], value)) target[key] = value;
}
