/** Cytoscape.js with its built-in `cose` force layout at its defaults (animated); stable at `layoutstop`. */
import cytoscape from 'cytoscape';

export default {
  name: 'cytoscape',
  prepare(graph) {
    return [
      ...graph.people.map((p) => ({ data: { id: p.id, label: p.name } })),
      ...graph.ties.map(([source, target], i) => ({ data: { id: `e${i}`, source, target } })),
    ];
  },
  mount(container, elements, onStable) {
    const el = container.appendChild(document.createElement('div'));
    el.style.cssText = 'width:800px;height:600px';
    const cy = cytoscape({ container: el, elements: structuredClone(elements), layout: { name: 'grid' } });
    const layout = cy.layout({ name: 'cose' });
    layout.one('layoutstop', onStable);
    layout.run();
    return { cy, el, layout };
  },
  point(h, id) {
    const p = h.cy.getElementById(id).renderedPosition();
    const box = h.el.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  unmount(h) {
    h.layout.stop();
    h.cy.destroy();
    h.el.remove();
  },
};
