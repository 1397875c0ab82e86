// Lit's hydration support goes first, before any element is defined, as Lit's SSR guide says.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { addPerson, createInventory } from '@relmap/core';
import '../../index.ts';

const map = document.querySelector('relationship-map')!;
(window as unknown as { hydrated: Promise<void> }).hydrated = (async () => {
  await map.updateComplete;
  map.inventory = addPerson(addPerson(createInventory({ clientLabel: 'Maya' }), { id: 'p1', name: 'Jonas', ring: 1 }), {
    id: 'p2',
    name: 'Ruth',
    ring: 2,
  });
  await map.updateComplete;
})();
