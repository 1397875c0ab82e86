import { CLIENT_TIE_NOTES, type Focus, type Goal, type GoalReview, type Inventory, type LifeEvent, type Note, type Person, type PersonTie } from '../model.ts';

const isPrivate = (note: Note | undefined): boolean => note !== undefined && note.sensitivity !== 'shareable';

/**
 * A copy of an inventory with every private note taken out, for a screen the client sees. Optional notes that
 * are private are removed; an event's label and a goal's wording, which are required, become empty private notes, so the result is
 * still a valid inventory. Anything that is not `shareable` counts as private. Records without private notes are
 * kept by reference, so redacting the next version of a document costs little. The input is not changed.
 */
export function withoutPrivateNotes(inventory: Inventory): Inventory {
  const people = mapRecord(inventory.people, redactPerson);
  const ties = mapRecord(inventory.ties, (t: PersonTie) => (isPrivate(t.label) ? omit(t, 'label') : t));
  const events = mapRecord(inventory.events, (e: LifeEvent) => {
    const label = redactRequired(e.label);
    return label === e.label ? e : { ...e, label };
  });
  const focus = mapRecord(inventory.focus, (f: Focus) => (isPrivate(f.note) ? omit(f, 'note') : f));
  const goals = mapRecord(inventory.goals, redactGoal);
  if (people === inventory.people && ties === inventory.ties && events === inventory.events && focus === inventory.focus && goals === inventory.goals) {
    return inventory;
  }
  return { ...inventory, people, ties, events, focus, goals };
}

// A goal's wording is required, so a private one becomes an empty private note, as an event's label does: the
// goal stays (the client agreed to it), and only its words are left out.
function redactGoal(goal: Goal): Goal {
  const reviews = mapRecord(goal.reviews, (r: GoalReview) => (isPrivate(r.note) ? omit(r, 'note') : r));
  const wording = redactRequired(goal.wording);
  if (wording === goal.wording && reviews === goal.reviews) return goal;
  return { ...goal, wording, reviews };
}

function redactRequired(note: Note): Note {
  return isPrivate(note) && !(note.text === '' && note.sensitivity === 'private') ? { text: '', sensitivity: 'private' } : note;
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
