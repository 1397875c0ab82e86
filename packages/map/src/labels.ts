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

/**
 * The short text drawn inside a person's symbol, made from the label shown for them (never from their name, so
 * a presenting view in `initials`, `alias` or `role` mode reveals nothing more inside the symbol than beside it):
 * in `initials` mode the label itself ("JK"), otherwise the label's initials ("Jonas" gives "J", "Parents' group"
 * gives "PG").
 */
export function insideLabel(label: string, mode: LabelMode): string {
  return mode === 'initials' ? label : initialsOf(label);
}
