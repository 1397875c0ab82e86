import type { Person } from '@relmap/core';
import type { MapStrings } from './strings.ts';

/** What a person's label shows: their name, initials, an alias, or their role. */
export type LabelMode = 'name' | 'initials' | 'alias' | 'role';

const graphemes = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** The first whole character a reader sees (a letter with its accents, a flag, an emoji with its modifiers). */
function firstGrapheme(word: string): string {
  if (!graphemes) return [...word][0] ?? '';
  for (const { segment } of graphemes.segment(word)) return segment;
  return '';
}

/**
 * Initials from a name: the first letter of up to three words ("Dr. Osei" gives "DO"), each a whole grapheme.
 * Words without a letter (an emoji, a flag) are passed over while any word has one: "🇸🇪 Sven" gives "S".
 */
export function initialsOf(name: string): string {
  const words = name
    .replace(/["“”'’()]/g, ' ')
    .split(/[\s.-]+/)
    .filter(Boolean);
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  const letters = (lettered.length > 0 ? lettered : words).slice(0, 3).map((w) => firstGrapheme(w).toLocaleUpperCase());
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

/** The most whole characters of a label that fit inside a person's symbol: initials, and other labels. */
const INSIDE_MAX = { initials: 4, other: 3 } as const;

/**
 * Whether a person's label is drawn inside their symbol rather than beside it: in `initials` mode when it has at
 * most four whole characters ("JK", "AB 2"), otherwise at most three ("Leo", "Mum"). A label is shown once,
 * inside or beside, so what is seen is what is heard.
 */
export function labelFitsInside(label: string, mode: LabelMode): boolean {
  const text = label.trim();
  const length = graphemes ? [...graphemes.segment(text)].length : [...text].length;
  return length > 0 && length <= INSIDE_MAX[mode === 'initials' ? 'initials' : 'other'];
}
