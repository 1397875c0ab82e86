import type { Id, Note, Person } from '@relmap/core';
import { personLabel, type LabelMode } from './labels.ts';
import type { MapStrings } from './strings.ts';

/**
 * The presenting policy: what a screen may carry about a person while it is shared. Every element asks here how a
 * person is labelled and whether a note is shown, so the rule is written once.
 */

/** The label mode in force: the host's choice, else initials while presenting and names otherwise. */
export function labelModeFor(labelMode: LabelMode | undefined, presenting: boolean): LabelMode {
  return labelMode ?? (presenting ? 'initials' : 'name');
}

/** Whether a note may be on screen: always when not presenting, and only a shareable one while presenting. */
export function isNoteShown(note: Note | undefined, presenting: boolean): boolean {
  return !presenting || note === undefined || note.sensitivity === 'shareable';
}

type People = Readonly<Record<Id, Person>>;

const cache = new WeakMap<People, Map<string, ReadonlyMap<Id, string>>>();

/**
 * Every person's label in a mode, told apart where two or more would read the same ("A", "A 2"; "Alex", "Alex 2"),
 * so that pickers offer distinct choices and a presenting map does not show two identical initials. The person
 * whose id sorts first keeps the plain label; ids, not names, decide, so the order reveals nothing.
 */
export function peopleLabels(people: People, mode: LabelMode, text: MapStrings): ReadonlyMap<Id, string> {
  let byMode = cache.get(people);
  if (!byMode) cache.set(people, (byMode = new Map<string, ReadonlyMap<Id, string>>()));
  const key = `${mode} ${identity(text.category)} ${identity(text.distinctLabel)}`;
  const known = byMode.get(key);
  if (known) return known;
  const labels = new Map<Id, string>();
  const seen = new Map<string, number>();
  for (const id of Object.keys(people).sort()) {
    const base = personLabel(people[id]!, mode, text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    labels.set(id, n === 1 ? base : text.distinctLabel(base, n));
  }
  byMode.set(key, labels);
  return labels;
}

let nextIdentity = 0;
const identities = new WeakMap<object, number>();

/**
 * A number per object. The strings a label depends on (category names, the way labels are told apart) keep their
 * identity when an element spreads its strings over the defaults, so the cache holds one entry per translation.
 */
function identity(value: object): number {
  let key = identities.get(value);
  if (key === undefined) identities.set(value, (key = nextIdentity++));
  return key;
}

/**
 * One person's label under the policy, told apart from others in `people`. A person record that is not the one in
 * `people` (an earlier version of them, or someone removed) gets the plain label of that record.
 */
export function labelFor(people: People, person: Person, mode: LabelMode, text: MapStrings): string {
  if (people[person.id] !== person) return personLabel(person, mode, text);
  return peopleLabels(people, mode, text).get(person.id) ?? personLabel(person, mode, text);
}

/** The presenting policy applied to one inventory under one view state: what a screen may carry, asked in one place. */
export interface PresentingPolicy {
  /** Whether the screen is shared. */
  readonly presenting: boolean;
  /** The label mode in force. */
  readonly mode: LabelMode;
  /** A person's label, told apart from the others' (an earlier or removed record gets its plain label). */
  label(person: Person): string;
  /** The label of the person with this id, or `undefined` when there is no such person. */
  labelOf(id: Id): string | undefined;
  /** Whether a note may be on screen. */
  noteShown(note: Note | undefined): boolean;
  /**
   * A note's text as a screen shows it to be read (not to be edited): nothing when it may not be shown; while
   * presenting in a label mode other than `name`, the people it names by their labels (`labelledText`).
   */
  text(note: Note | undefined): string | undefined;
}

/** The policy for `people` while `presenting` (or not), with the host's label mode and the texts in force. */
export function presentingPolicy(people: People, labelMode: LabelMode | undefined, presenting: boolean, text: MapStrings): PresentingPolicy {
  const mode = labelModeFor(labelMode, presenting);
  return {
    presenting,
    mode,
    label: (person) => labelFor(people, person, mode, text),
    labelOf: (id) => (Object.hasOwn(people, id) ? labelFor(people, people[id]!, mode, text) : undefined),
    noteShown: (note) => isNoteShown(note, presenting),
    text: (note) => shownText(note, people, mode, presenting, text),
  };
}

/**
 * A note's text as a screen shows it to be read: `undefined` when the policy keeps it off screen, else the text, with
 * the people it names given their labels while presenting in a label mode other than `name`. Fields that edit a
 * note show it as stored: what is typed there is saved.
 */
export function shownText(note: Note | undefined, people: People, mode: LabelMode, presenting: boolean, text: MapStrings): string | undefined {
  if (!note || !isNoteShown(note, presenting)) return undefined;
  if (!presenting || mode === 'name') return note.text;
  return labelledText(note.text, people, (p) => labelFor(people, p, mode, text));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Free text that will leave the therapist's screen (a goal's wording on the client's handout) with every person of
 * `people` it names in full given the label the policy gives them instead: "Agree with Jonas how the night care of
 * Leo is shared" becomes "Agree with J how the night care of L is shared" in initials. Longer names go first, so
 * "Anna Berg" is not read as "Anna"; a name counts only as a whole word.
 */
export function labelledText(text: string, people: People, label: (person: Person) => string): string {
  const named = Object.values(people)
    .filter((p) => p.name.trim().length > 0)
    .sort((a, b) => b.name.length - a.name.length || a.id.localeCompare(b.id));
  let out = text;
  for (const person of named) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(person.name.trim())}(?![\\p{L}\\p{N}])`, 'gu');
    out = out.replace(pattern, () => label(person));
  }
  return out;
}

// The opaque key of each inventory id met on this page, and back. Keys are random, so they say nothing of the id
// (ids of older documents are made from names: `jonas`, `jonas-anneli`), and shared by every element on the page,
// so that one element can find what another drew (the table and the panel look people up in the map).
const keys = new Map<Id, string>();
const ids = new Map<string, Id>();
const KEY_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomKey(): string {
  const bytes = new Uint8Array(16);
  let out = '';
  while (out.length < 10) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) if (byte < 252 && out.length < 10) out += KEY_ALPHABET[byte % 36];
  }
  return `k${out}`;
}

/**
 * What the DOM carries for an inventory id (in `data-id`, `data-tie`, an option's value, an element id and the
 * `for` and ARIA references to it): while presenting, an opaque key, stable for the id as long as the page lives
 * (`kq3v0x7m2ad`), so that no id made from a name reaches the DOM or the accessibility tree of a shared screen;
 * otherwise the id itself, which hosts and tests may select on. Events and commands keep the inventory's ids.
 */
export function domKey(id: Id, presenting: boolean): string {
  if (!presenting) return id;
  let key = keys.get(id);
  if (key === undefined) {
    do key = randomKey();
    while (ids.has(key));
    keys.set(id, key);
    ids.set(key, id);
  }
  return key;
}

/** The inventory id behind a value read back from the DOM: the id of an opaque key, else the value itself. */
export function idOfDomKey(value: string): Id {
  return ids.get(value) ?? value;
}

/** Whether the element whose shadow root (or light DOM) holds this node is presenting (its reflected attribute). */
export function isPresentingIn(node: Node): boolean {
  const root = node.getRootNode() as Node & { host?: Element };
  return root.host?.hasAttribute('presenting') ?? false;
}
