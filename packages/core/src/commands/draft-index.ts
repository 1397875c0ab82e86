import { current, isDraft, type Draft } from 'immer';
import type { Id, Inventory, PersonTie } from '../model.ts';

// What commands would otherwise learn by walking a whole record on every call: how many records a collection holds,
// and which tie joins two people. Each draft gets its own index, built the first time a command asks (one walk, as
// a single command always paid) and then kept up to date by the commands that add or remove records, so that many
// commands on one draft (a transaction, `applyCommands`) check each other in constant time instead of a walk each.
// A command that removes records in bulk (`removePerson`) drops the index instead; the next question rebuilds it.

type Collection = 'people' | 'ties' | 'events';

interface DraftIndex {
  readonly counts: Partial<Record<Collection, number>>;
  pairs?: Map<string, Id>;
  /** Whether a command already asked for a tie between two people on this draft. */
  asked?: boolean;
}

const INDEXES: WeakMap<object, DraftIndex> = new WeakMap();

function indexOf(draft: Draft<Inventory>): DraftIndex {
  let index = INDEXES.get(draft);
  if (!index) {
    index = { counts: {} };
    INDEXES.set(draft, index);
  }
  return index;
}

// The record as it stands: `current` hands back an unchanged record without copying, and reading a changed one
// this way happens once per draft, not once per command.
function records<T>(draft: Draft<Inventory>, name: Collection): Readonly<Record<string, T>> {
  const record: object = draft[name];
  return (isDraft(record) ? current(record) : record) as unknown as Readonly<Record<string, T>>;
}

/** How many records a collection of the draft holds. */
export function countOf(draft: Draft<Inventory>, name: Collection): number {
  const index = indexOf(draft);
  let count = index.counts[name];
  if (count === undefined) {
    count = Object.keys(records(draft, name)).length;
    index.counts[name] = count;
  }
  return count;
}

/** Notes that a command added (`delta` 1) or removed (`delta` -1) one record of a collection. */
export function countChanged(draft: Draft<Inventory>, name: Collection, delta: number): void {
  const index = INDEXES.get(draft);
  const count = index?.counts[name];
  if (index && count !== undefined) index.counts[name] = count + delta;
}

const pairKey = (a: Id, b: Id): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

function pairsOf(draft: Draft<Inventory>): Map<string, Id> {
  const index = indexOf(draft);
  if (!index.pairs) {
    index.pairs = new Map();
    for (const tie of Object.values(records<PersonTie>(draft, 'ties'))) index.pairs.set(pairKey(tie.a, tie.b), tie.id);
  }
  return index.pairs;
}

/** The id of the tie between two people, in either direction, if there is one. */
export function tieIdBetween(draft: Draft<Inventory>, a: Id, b: Id): Id | undefined {
  const index = indexOf(draft);
  if (!index.pairs && !index.asked) {
    // The first question on a draft is answered by a plain search, which costs a single command less than
    // building the index would; a second one means many commands share the draft, and the index pays off.
    index.asked = true;
    return Object.values(records<PersonTie>(draft, 'ties')).find((t) => (t.a === a && t.b === b) || (t.a === b && t.b === a))?.id;
  }
  return pairsOf(draft).get(pairKey(a, b));
}

/** Notes a tie a command added (`true`) or removed (`false`). */
export function tieChanged(draft: Draft<Inventory>, tie: Pick<PersonTie, 'id' | 'a' | 'b'>, added: boolean): void {
  const index = INDEXES.get(draft);
  if (index?.pairs) {
    if (added) index.pairs.set(pairKey(tie.a, tie.b), tie.id);
    else index.pairs.delete(pairKey(tie.a, tie.b));
  }
  countChanged(draft, 'ties', added ? 1 : -1);
}

/** Forgets what the index knows of a draft, after a command changed records in bulk. */
export function forgetIndex(draft: Draft<Inventory>): void {
  INDEXES.delete(draft);
}
