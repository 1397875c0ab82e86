/** force-graph (canvas, d3-force underneath) with its defaults; stable when it reports that its engine stopped. */
import ForceGraph from 'force-graph';

export default {
  name: 'force-graph',
  prepare(graph) {
    return graph;
  },
  mount(container, graph, onStable) {
    const el = container.appendChild(document.createElement('div'));
    const data = {
      nodes: graph.people.map((p) => ({ id: p.id, name: p.name })),
      links: graph.ties.map(([source, target]) => ({ source, target })),
    };
    // d3AlphaMin as in d3 itself (force-graph defaults to 0, which only stops at its 15 s cooldown).
    const fg = new ForceGraph(el).width(800).height(600).d3AlphaMin(0.001).onEngineStop(onStable).graphData(data);
    return { fg, el, data };
  },
  point(h, id) {
    const n = h.data.nodes.find((d) => d.id === id);
    const c = h.fg.graph2ScreenCoords(n.x, n.y);
    const box = h.el.getBoundingClientRect();
    return { x: box.left + c.x, y: box.top + c.y };
  },
  unmount(h) {
    h.fg._destructor();
    h.el.remove();
  },
};
