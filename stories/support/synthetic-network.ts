import { addPerson, CATEGORIES, createInventory, linkPeople, type Conflict, type Inventory, type Support } from '@relmap/core';

/** Invented first names; the network numbers them (Ada 1, Ada 2, ...). Never real data. */
const NAMES = ['Ada', 'Bo', 'Cleo', 'Dov', 'Eli', 'Fen', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lior'] as const;
const CONFLICTS: readonly Conflict[] = ['none', 'none', 'none', 'low', 'none', 'high', 'none', 'hostile', 'none', 'cutoff'];
const SUPPORTS: readonly Support[] = ['strong', 'some', 'none', 'some'];

/**
 * A deterministic synthetic inventory of `size` invented people on three rings, with some conflict, support and
 * person-to-person ties, built with the core commands. The same size always gives the same inventory.
 */
export function syntheticNetwork(size: number): Inventory {
  let inv = createInventory({ clientLabel: 'Client' });
  let seed = 7;
  // A small linear congruential generator, so the network is the same on every run.
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    // The low bits of this generator cycle quickly; the high bits are the random ones.
    return Math.floor((seed / 2147483648) * n);
  };
  const ids: string[] = [];
  for (let i = 0; i < size; i++) {
    const name = `${NAMES[i % NAMES.length]} ${Math.floor(i / NAMES.length) + 1}`;
    // Few people are close, more are further out, as in real inventories.
    const ring = i % 10 === 0 ? 1 : i % 3 === 0 ? 2 : 3;
    // Fixed ids keep every story's picture the same from run to run (the layout breaks ties by id).
    const id = name.toLowerCase().replace(' ', '-');
    inv = addPerson(inv, {
      id,
      name,
      ring,
      category: CATEGORIES[next(CATEGORIES.length)]!,
      tie: { conflict: CONFLICTS[next(CONFLICTS.length)]!, support: SUPPORTS[next(SUPPORTS.length)]! },
    });
    ids.push(id);
  }
  for (let i = 1; i < size; i += 2) {
    const a = ids[i]!;
    const b = ids[next(i)]!;
    if (a !== b) inv = linkPeople(inv, { id: `${a}-${b}`, a, b, closeness: next(3) === 0 ? 'close' : 'normal' });
  }
  return inv;
}
