/**
 * sigma (WebGL) with graphology and ForceAtlas2: the layout runs synchronously (300 iterations, settings inferred
 * from the graph) from the shared ring start, then sigma draws; stable after sigma's first render.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { ringStart } from '../graph.js';

export default {
  name: 'sigma',
  prepare(graph) {
    return { graph, start: ringStart(graph) };
  },
  mount(container, { graph, start }, onStable) {
    const el = container.appendChild(document.createElement('div'));
    el.style.cssText = 'width:800px;height:600px';
    const g = new Graph();
    for (const p of graph.people) g.addNode(p.id, { label: p.name, size: 4, ...start.get(p.id) });
    for (const [a, b] of graph.ties) if (!g.hasEdge(a, b)) g.addEdge(a, b);
    forceAtlas2.assign(g, { iterations: 300, settings: forceAtlas2.inferSettings(g) });
    const sigma = new Sigma(g, el);
    sigma.once('afterRender', onStable);
    sigma.refresh();
    return { sigma, el };
  },
  point(h, id) {
    const data = h.sigma.getNodeDisplayData(id);
    const p = h.sigma.framedGraphToViewport(data);
    const box = h.el.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
  unmount(h) {
    h.sigma.kill();
    h.el.remove();
  },
};
