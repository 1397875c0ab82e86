import { CLIENT_TIE_NOTES, type Focus, type Inventory, type LifeEvent, type Note, type Person, type PersonTie } from '../model.ts';

const isPrivate = (note: Note | undefined): boolean => note !== undefined && note.sensitivity !== 'shareable';

/**
 * A copy of an inventory with every private note taken out, for a screen the client sees. Optional notes that
 * are private are removed; an event's label, which is required, becomes an empty private note, so the result is
 * still a valid inventory. Anything that is not `shareable` counts as private. Records without private notes are
 * kept by reference, so redacting the next version of a document costs little. The input is not changed.
 */
export function withoutPrivateNotes(inventory: Inventory): Inventory {
  const people = mapRecord(inventory.people, redactPerson);
  const ties = mapRecord(inventory.ties, (t: PersonTie) => (isPrivate(t.label) ? omit(t, 'label') : t));
  const events = mapRecord(inventory.events, (e: LifeEvent) =>
    isPrivate(e.label) && !(e.label.text === '' && e.label.sensitivity === 'private') ? { ...e, label: { text: '', sensitivity: 'private' as const } } : e,
  );
  const focus = mapRecord(inventory.focus, (f: Focus) => (isPrivate(f.note) ? omit(f, 'note') : f));
  if (people === inventory.people && ties === inventory.ties && events === inventory.events && focus === inventory.focus) {
    return inventory;
  }
  return { ...inventory, people, ties, events, focus };
}

function redactPerson(person: Person): Person {
  let tie = person.tie;
  for (const key of CLIENT_TIE_NOTES) if (isPrivate(tie[key])) tie = omit(tie, key);
  const base = isPrivate(person.notes) ? omit(person, 'notes') : person;
  return tie === person.tie ? base : { ...base, tie };
}

function omit<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

function mapRecord<T>(record: Readonly<Record<string, T>>, fn: (value: T) => T): Readonly<Record<string, T>> {
  let changed = false;
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    const next = fn(value);
    if (next !== value) changed = true;
    out[key] = next;
  }
  return changed ? out : record;
}
