import type { Inventory, Note } from '../../model.ts';

/** The inventory as a format without events, focus and goals carries it: the same, with those collections empty. */
export function peopleAndTies(inventory: Inventory): Inventory {
  return { ...inventory, events: {}, focus: {}, goals: {} };
}

/** The inventory as a format without ties, events, focus and goals carries it. */
export function peopleOnly(inventory: Inventory): Inventory {
  return { ...inventory, ties: {}, events: {}, focus: {}, goals: {} };
}

const isPrivate = (value: unknown): boolean => typeof value === 'object' && value !== null && (value as Note).sensitivity === 'private';

function withoutPrivate<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => !isPrivate(value))) as T;
}

/** The inventory with every private note of its people and ties removed: what a default export may contain. */
export function withoutPrivateNotes(inventory: Inventory): Inventory {
  const people = Object.fromEntries(Object.entries(inventory.people).map(([id, p]) => [id, { ...withoutPrivate(p), tie: withoutPrivate(p.tie) }]));
  const ties = Object.fromEntries(Object.entries(inventory.ties).map(([id, t]) => [id, withoutPrivate(t)]));
  return { ...inventory, people, ties };
}

/** Every note text in an inventory's people and ties that is marked private. */
export function privateTexts(inventory: Inventory): string[] {
  const texts: string[] = [];
  const collect = (record: object) => {
    for (const value of Object.values(record)) if (isPrivate(value)) texts.push((value as Note).text);
  };
  for (const person of Object.values(inventory.people)) {
    collect(person);
    collect(person.tie);
  }
  for (const tie of Object.values(inventory.ties)) collect(tie);
  return texts;
}
