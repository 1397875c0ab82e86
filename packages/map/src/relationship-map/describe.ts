import type { Person } from '@relmap/core';
import { personLabel, type LabelMode } from '../labels.ts';
import type { MapStrings } from '../strings.ts';

/**
 * What a screen reader says for a person: who they are, their ring, conflict and support
 * ("Jonas, partner, Inner circle (ring 1), low conflict, some support"). It uses the label mode, so a presenting
 * view never speaks a name it does not show.
 */
export function describePerson(person: Person, mode: LabelMode, ringLabels: readonly string[], strings: MapStrings): string {
  const label = personLabel(person, mode, strings);
  const role = mode === 'role' ? undefined : (person.role ?? strings.category[person.category]);
  return strings.personDescription([
    label,
    role && role !== label ? role : '',
    person.kind === 'group' ? strings.group : '',
    person.status === 'deceased' ? strings.deceased : '',
    ringLabels[person.tie.ring - 1] ?? '',
    strings.conflict[person.tie.conflict],
    strings.support[person.tie.support],
  ]);
}

/**
 * The dates shown under a deceased person's label ("† 2025-01"); empty for the living. Given `now`, the date is
 * said relative to it instead ("† 4 months ago"), as a presenting view shows it.
 */
export function deathDates(person: Person, strings: MapStrings, now?: Date): string {
  if (person.status !== 'deceased') return '';
  if (!person.died) return '†';
  return strings.died(now ? strings.relativeDate(person.died, now) : person.died);
}
