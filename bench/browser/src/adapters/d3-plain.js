/**
 * The baseline: d3-force with its default forces, drawing plain SVG by setting attributes on every tick, and a
 * minimal pointer drag. No framework.
 */
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { ringStart } from '../graph.js';

const NS = 'http://www.w3.org/2000/svg';

export default {
  name: 'd3-plain',
  prepare(graph) {
    return { graph, start: ringStart(graph) };
  },
  mount(container, { graph, start }, onStable) {
    const nodes = graph.people.map((p) => ({ id: p.id, name: p.name, x: start.get(p.id).x, y: start.get(p.id).y }));
    const links = graph.ties.map(([source, target]) => ({ source, target }));
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('width', '800');
    svg.setAttribute('height', '600');
    svg.setAttribute('viewBox', '-400 -300 800 600');
    const lines = links.map(() => svg.appendChild(document.createElementNS(NS, 'line')));
    for (const l of lines) l.setAttribute('stroke', '#999');
    const groups = nodes.map((n) => {
      const g = svg.appendChild(document.createElementNS(NS, 'g'));
      const c = g.appendChild(document.createElementNS(NS, 'circle'));
      c.setAttribute('r', '8');
      const t = g.appendChild(document.createElementNS(NS, 'text'));
      t.setAttribute('y', '20');
      t.textContent = n.name;
      g.dataset.id = n.id;
      return g;
    });
    container.append(svg);
    const draw = () => {
      for (let i = 0; i < links.length; i++) {
        const { source, target } = links[i];
        lines[i].setAttribute('x1', source.x);
        lines[i].setAttribute('y1', source.y);
        lines[i].setAttribute('x2', target.x);
        lines[i].setAttribute('y2', target.y);
      }
      for (let i = 0; i < nodes.length; i++) groups[i].setAttribute('transform', `translate(${nodes[i].x},${nodes[i].y})`);
    };
    const simulation = forceSimulation(nodes)
      .force(
        'link',
        forceLink(links).id((d) => d.id),
      )
      .force('charge', forceManyBody())
      .force('center', forceCenter(0, 0))
      .on('tick', draw)
      .on('end', onStable);
    let dragged;
    const toWorld = (e) => {
      const box = svg.getBoundingClientRect();
      return { x: e.clientX - box.left - 400, y: e.clientY - box.top - 300 };
    };
    svg.addEventListener('pointerdown', (e) => {
      const g = e.target.closest('g');
      if (!g) return;
      dragged = nodes[groups.indexOf(g)];
      svg.setPointerCapture(e.pointerId);
      simulation.alphaTarget(0.3).restart();
    });
    svg.addEventListener('pointermove', (e) => {
      if (!dragged) return;
      const w = toWorld(e);
      dragged.fx = w.x;
      dragged.fy = w.y;
    });
    svg.addEventListener('pointerup', () => {
      if (!dragged) return;
      dragged.fx = dragged.fy = null;
      dragged = undefined;
      simulation.alphaTarget(0);
    });
    return { svg, simulation, nodes, groups };
  },
  point(h, id) {
    const i = h.nodes.findIndex((n) => n.id === id);
    const box = h.groups[i].firstChild.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  },
  unmount(h) {
    h.simulation.stop();
    h.svg.remove();
  },
};
