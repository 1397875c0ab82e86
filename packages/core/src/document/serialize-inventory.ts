import type { Inventory } from '../model.ts';
import { FIELD_ORDER } from './field-order.ts';

/** A JSON value about to be printed: a ready token (`"text"`, `3`, `true`), an array, or ordered entries. */
type Node = string | { readonly items: readonly Node[] } | { readonly entries: readonly (readonly [string, Node])[] };

type Writer = (value: unknown) => Node;

/**
 * Writes an inventory as stable JSON (SPEC V8): two-space indents; `schema` and `version` first, then the client,
 * the settings, and the people, ties, events, focus and goals; the records of each collection (and a goal's reviews) in order of
 * their ids (by
 * UTF-16 code unit), and the fields of each record in the order of the model. The same inventory always gives the
 * same text, whatever order its records were added in, so that saved files compare well. Only fields of the
 * model are written, and absent optional fields are left out. The text ends with a newline.
 */
export function serializeInventory(inventory: Inventory): string {
  return `${print(root(inventory), '')}\n`;
}

const token: Writer = (value) => JSON.stringify(value) ?? 'null';
const list: Writer = (value) => ({ items: (value as readonly unknown[]).map(token) });

function record(fields: readonly string[], nested: Readonly<Record<string, Writer>> = {}): Writer {
  return (value) => {
    const source = value as Readonly<Record<string, unknown>>;
    const entries: [string, Node][] = [];
    for (const field of fields) {
      const child = source[field];
      if (child === undefined) continue;
      const write = nested[field] ?? (Array.isArray(child) ? list : token);
      entries.push([field, write(child)]);
    }
    return { entries };
  };
}

function byId(write: Writer): Writer {
  return (value) => {
    const source = value as Readonly<Record<string, unknown>>;
    // Entries, not an object: an object would put integer-like ids such as "12" first, in numeric order.
    const ids = Object.keys(source).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    return { entries: ids.map((id) => [id, write(source[id])] as const) };
  };
}

const note = record(FIELD_ORDER.note);
const person = record(FIELD_ORDER.person, {
  notes: note,
  pin: record(FIELD_ORDER.pin),
  hint: record(FIELD_ORDER.hint),
  tie: record(FIELD_ORDER.clientTie, {
    contactNote: note,
    satisfying: note,
    unsatisfying: note,
    expectationsOfOther: note,
    expectationsOfClient: note,
    wishedChanges: note,
  }),
});

const root = record(FIELD_ORDER.inventory, {
  client: record(FIELD_ORDER.client),
  settings: record(FIELD_ORDER.settings),
  people: byId(person),
  ties: byId(record(FIELD_ORDER.personTie, { label: note })),
  events: byId(record(FIELD_ORDER.event, { label: note })),
  focus: byId(record(FIELD_ORDER.focus, { note })),
  goals: byId(record(FIELD_ORDER.goal, { wording: note, reviews: byId(record(FIELD_ORDER.goalReview, { note })) })),
});

// The same layout as JSON.stringify(value, null, 2), which cannot be used because it would reorder the ids.
function print(node: Node, indent: string): string {
  if (typeof node === 'string') return node;
  const inner = `${indent}  `;
  if ('items' in node) {
    if (node.items.length === 0) return '[]';
    return `[\n${node.items.map((item) => inner + print(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (node.entries.length === 0) return '{}';
  const lines = node.entries.map(([key, value]) => `${inner}${JSON.stringify(key)}: ${print(value, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
