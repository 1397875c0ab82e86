/** vis-network (canvas) with its default physics and stabilisation; stable at its `stabilized` event. */
import { DataSet, Network } from 'vis-network/standalone';

export default {
  name: 'vis-network',
  prepare(graph) {
    return graph;
  },
  mount(container, graph, onStable) {
    const el = container.appendChild(document.createElement('div'));
    el.style.cssText = 'width:800px;height:600px';
    const nodes = new DataSet(graph.people.map((p) => ({ id: p.id, label: p.name })));
    const edges = new DataSet(graph.ties.map(([from, to], i) => ({ id: `e${i}`, from, to })));
    const network = new Network(el, { nodes, edges }, {});
    network.once('stabilized', onStable);
    return { network, el };
  },
  point(h, id) {
    const p = h.network.canvasToDOM(h.network.getPositions([id])[id]);
    const box = h.el.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  unmount(h) {
    h.network.destroy();
    h.el.remove();
  },
};
