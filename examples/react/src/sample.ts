import { addPerson, createInventory, linkPeople, type Inventory } from '@relmap/core';

/** A small fictional inventory to start from. */
export function sampleInventory(): Inventory {
  let inventory = createInventory({ clientLabel: 'Maya' });
  inventory = addPerson(inventory, { id: 'jonas', name: 'Jonas', category: 'partner', ring: 1, tie: { support: 'strong' } });
  inventory = addPerson(inventory, { id: 'ruth', name: 'Ruth', category: 'parent', ring: 2, tie: { conflict: 'high' } });
  inventory = addPerson(inventory, { id: 'lea', name: 'Lea', category: 'friend', ring: 3 });
  return linkPeople(inventory, { id: 'jonas-ruth', a: 'jonas', b: 'ruth', closeness: 'distant', conflict: 'low' });
}
