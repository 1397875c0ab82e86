/** `<relationship-map>`: the inventory is built with @relmap/core's commands, then handed over as one property. */
import '@relmap/map';
import { addPerson, createInventory, linkPeople } from '@relmap/core';

export default {
  name: 'relmap',
  prepare(graph) {
    let inventory = createInventory({ clientLabel: 'Client', rings: graph.rings });
    for (const p of graph.people) inventory = addPerson(inventory, { id: p.id, name: p.name, ring: p.ring, category: p.category });
    for (const [a, b] of graph.ties) inventory = linkPeople(inventory, { id: `${a}-${b}`, a, b });
    return inventory;
  },
  mount(container, inventory, onStable) {
    const map = document.createElement('relationship-map');
    map.style.cssText = 'display:block;width:800px;height:600px';
    map.addEventListener('relmap-settle', () => onStable(), { once: true });
    container.append(map);
    map.inventory = inventory;
    return map;
  },
  point(map, id) {
    const symbol = map.shadowRoot.querySelector(`g.person[data-id="${id}"] .symbol`);
    if (!symbol) return null;
    const box = symbol.getBoundingClientRect();
    const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    // Only a point where the pointer really presses a person (in a crowded map, maybe a neighbour: any will do).
    const hit = map.shadowRoot.elementFromPoint(at.x, at.y);
    return hit?.closest('g.person') ? at : null;
  },
  unmount(map) {
    map.remove();
  },
};
