import type { Id, Inventory, PersonTie } from '@relmap/core';

/** A tie as the table lists it: its two people in the order the rows of people show them. */
export interface TieRow {
  readonly tie: PersonTie;
  /** The end whose person row comes first. */
  readonly first: Id;
  /** The other end. */
  readonly second: Id;
}

/**
 * The ties between people in the order of the table's rows of people: the ties of the first person listed come
 * first, and each tie names first the person listed earlier. So the two tables read in the same order, and a
 * tie's row keeps its place while it is edited (rows of people do too). Ties to people not in the inventory are
 * left out; people not yet in `order` come after the others, by id.
 */
export function sortTies(inventory: Inventory, order: readonly Id[]): TieRow[] {
  const place = new Map(order.map((id, i) => [id, i]));
  const at = (id: Id): number => place.get(id) ?? order.length;
  const rows: (TieRow & { readonly key: readonly [number, number] })[] = [];
  for (const tie of Object.values(inventory.ties)) {
    if (!inventory.people[tie.a] || !inventory.people[tie.b]) continue;
    const aFirst = at(tie.a) < at(tie.b) || (at(tie.a) === at(tie.b) && tie.a < tie.b);
    const [first, second] = aFirst ? [tie.a, tie.b] : [tie.b, tie.a];
    rows.push({ tie, first, second, key: [at(first), at(second)] });
  }
  rows.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || byId(x.first, y.first) || byId(x.second, y.second) || byId(x.tie.id, y.tie.id));
  return rows.map(({ tie, first, second }) => ({ tie, first, second }));
}

function byId(a: Id, b: Id): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
