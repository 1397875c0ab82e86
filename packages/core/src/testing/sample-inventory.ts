import { addPerson, markDeceased } from '../commands/people.ts';
import { linkPeople } from '../commands/person-ties.ts';
import { recordEvent } from '../commands/events.ts';
import { setFocus } from '../commands/focus.ts';
import { createInventory } from '../create-inventory.ts';
import type { Inventory, Note } from '../model.ts';

/** A shareable note with this text, for tests. */
export function shareable(text: string): Note {
  return { text, sensitivity: 'shareable' };
}

/**
 * A small, deeply frozen inventory for tests, built with the commands themselves: Maya, her partner Jonas (ring 1),
 * her parents Henrik (ring 2, high conflict, married to Ingrid) and Ingrid (ring 2, some support), her late
 * grandmother Astrid (died 2024-11), a colleague Lea (ring 3), a move that concerns Jonas and a primary
 * role-dispute focus on Jonas.
 */
export function sampleInventory(): Inventory {
  let inv = createInventory({ clientLabel: 'Maya', rings: 3 });
  inv = addPerson(inv, { id: 'jonas', name: 'Jonas', category: 'partner', ring: 1, notes: shareable('Works nights.') });
  inv = addPerson(inv, { id: 'henrik', name: 'Henrik', category: 'parent', ring: 2, tie: { conflict: 'high' } });
  inv = addPerson(inv, { id: 'ingrid', name: 'Ingrid', category: 'parent', ring: 2, tie: { support: 'some' } });
  inv = addPerson(inv, { id: 'astrid', name: 'Astrid', category: 'other-family', ring: 1, role: 'grandmother' });
  inv = markDeceased(inv, { id: 'astrid', died: '2024-11' });
  inv = addPerson(inv, { id: 'lea', name: 'Lea', category: 'colleague' });
  inv = linkPeople(inv, { id: 'henrik-ingrid', a: 'henrik', b: 'ingrid', conflict: 'high', label: shareable('married') });
  inv = recordEvent(inv, { id: 'event-move', kind: 'move', label: shareable('Moved in together'), date: '2025-03', people: ['jonas'] });
  inv = recordEvent(inv, { id: 'event-death', kind: 'death', label: shareable('Grandmother died'), date: '2024-11', people: ['astrid'] });
  inv = setFocus(inv, { area: 'role-dispute', people: ['jonas'], events: ['event-move'], disputeStage: 'impasse' });
  return inv;
}
