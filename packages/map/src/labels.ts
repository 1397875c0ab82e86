import type { Person } from '@relmap/core';
import type { MapStrings } from './strings.ts';

/** What a person's label shows: their name, initials, an alias, or their role. */
export type LabelMode = 'name' | 'initials' | 'alias' | 'role';

/** Initials from a name: the first letter of up to three words ("Dr. Osei" gives "DO"). */
export function initialsOf(name: string): string {
  const words = name.replace(/["“”'’()]/g, ' ').split(/[\s.\-]+/).filter(Boolean);
  const letters = words.slice(0, 3).map((w) => [...w][0]!.toLocaleUpperCase());
  return letters.join('') || '?';
}

/**
 * The label to show for a person in a mode. Each mode falls back towards something that still does not reveal
 * the name: an alias falls back to the role, a role to the category, initials are derived when absent.
 */
export function personLabel(person: Person, mode: LabelMode, strings: MapStrings): string {
  switch (mode) {
    case 'name':
      return person.name;
    case 'initials':
      return person.initials ?? initialsOf(person.name);
    case 'alias':
      return person.alias ?? person.role ?? strings.category[person.category];
    case 'role':
      return person.role ?? strings.category[person.category];
  }
}

/** The most characters of a label, other than initials, that fit inside a person's symbol. */
const INSIDE_MAX = 3;

/**
 * Whether a person's label is drawn inside their symbol rather than beside it: always in `initials` mode (at
 * most four characters), otherwise when the label is three characters or fewer ("Leo", "Mum"). A label is shown
 * once, inside or beside, so what is seen is what is heard.
 */
export function labelFitsInside(label: string, mode: LabelMode): boolean {
  const length = [...label.trim()].length;
  return length > 0 && (mode === 'initials' || length <= INSIDE_MAX);
}
