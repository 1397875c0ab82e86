import { addPerson, createInventory, linkPeople, type Inventory } from '@relmap/core';

/** A small fictional inventory to start from. */
export function sampleInventory(): Inventory {
  let inventory = createInventory({ clientLabel: 'Maya' });
  inventory = addPerson(inventory, { name: 'Jonas', category: 'partner', ring: 1, tie: { support: 'strong' } });
  inventory = addPerson(inventory, { name: 'Ruth', category: 'parent', ring: 2, tie: { conflict: 'high' } });
  inventory = addPerson(inventory, { name: 'Lea', category: 'friend', ring: 3 });
  return linkPeople(inventory, { a: 'jonas', b: 'ruth', closeness: 'distant', conflict: 'low' });
}
