import { InventoryAssembly, ringLabelCells, sectorsCell } from '../assemble-inventory.ts';
import { readRingRadii, unflattenClientTie } from '../flat-records.ts';
import type { ImportResult } from '../options.ts';
import { KIND_ATTRIBUTE } from './graphml-keys.ts';
import { readXml, type XmlElement } from './xml-text.ts';

/** The most characters of GraphML `importGraphml` reads; an inventory at every limit fits well inside it. */
export const MAX_GRAPHML_LENGTH = 50_000_000;

interface KeyInfo {
  readonly name: string;
  readonly domain: string;
  readonly fallback: string | undefined;
}

function dataReader(keys: ReadonlyMap<string, KeyInfo>, domain: string, element: XmlElement): (name: string) => string {
  const values = new Map<string, string>();
  for (const info of keys.values()) {
    if ((info.domain === domain || info.domain === 'all') && info.fallback !== undefined) values.set(info.name, info.fallback);
  }
  for (const child of element.children) {
    if (child.name !== 'data') continue;
    const info = keys.get(child.attributes['key'] ?? '');
    values.set(info?.name ?? child.attributes['key'] ?? '', child.text);
  }
  return (name) => values.get(name) ?? '';
}

/**
 * Reads an inventory from GraphML written by `exportGraphml`, or by another tool: nodes become people (their
 * `id` the person's id), edges between people become ties, and the ego, if there is one (the node whose
 * `relmapKind` is `ego`), becomes the client, its edges the inventory rows. Data are matched by the key's
 * `attr.name`, so a file from Gephi or NetworkX with a `name` attribute reads as names; unknown attributes are
 * ignored and missing fields take neutral defaults. A document type declaration is refused. The result is
 * checked by `parseInventory`; nothing is returned unless all of it is valid.
 */
export function importGraphml(text: string): ImportResult {
  if (text.length > MAX_GRAPHML_LENGTH) {
    return { ok: false, errors: [{ path: 'graphml', message: `expected at most ${MAX_GRAPHML_LENGTH} characters of GraphML, got ${text.length}.` }] };
  }
  const read = readXml(text);
  if (!read.ok) return { ok: false, errors: [{ path: `graphml.offset${read.offset}`, message: read.message }] };
  const graph = read.root.name === 'graphml' ? read.root.children.find((c) => c.name === 'graph') : undefined;
  if (!graph) return { ok: false, errors: [{ path: 'graphml', message: 'expected a <graphml> root element holding a <graph>.' }] };

  const keys = new Map<string, KeyInfo>();
  for (const k of read.root.children.filter((c) => c.name === 'key')) {
    const fallback = k.children.find((c) => c.name === 'default')?.text;
    keys.set(k.attributes['id'] ?? '', { name: k.attributes['attr.name'] ?? k.attributes['id'] ?? '', domain: k.attributes['for'] ?? 'all', fallback });
  }
  const doc = new InventoryAssembly();
  const graphData = dataReader(keys, 'graph', graph);
  const nodes = graph.children.filter((c) => c.name === 'node');
  const edges = graph.children.filter((c) => c.name === 'edge');

  let ego: { id: string; label: string } | undefined;
  nodes.forEach((node, n) => {
    const id = node.attributes['id'] ?? '';
    const cell = dataReader(keys, 'node', node);
    if (id === '' || doc.people.has(id) || ego?.id === id) {
      doc.fail(`graphml.node.${n}`, id === '' ? 'expected a node id, got none.' : `expected a unique node id, but "${id.slice(0, 64)}" is used twice.`);
    } else if (cell(KIND_ATTRIBUTE) === 'ego') {
      if (ego) doc.fail(`graphml.node.${n}`, 'expected one ego node, got a second.');
      ego = { id, label: cell('name') };
    } else {
      doc.addPerson(id, cell);
    }
  });

  edges.forEach((edge, e) => {
    const source = edge.attributes['source'] ?? '';
    const target = edge.attributes['target'] ?? '';
    const cell = dataReader(keys, 'edge', edge);
    if (ego && (source === ego.id || target === ego.id)) {
      const person = doc.people.get(source === ego.id ? target : source);
      if (!person) {
        doc.fail(`graphml.edge.${e}`, 'expected an edge from the ego to a person node.');
        return;
      }
      const row = unflattenClientTie(cell);
      person['tie'] = { ...(person['tie'] as object), ...row };
      return;
    }
    const id = edge.attributes['id'] ?? `e${e + 1}`;
    if (doc.ties.has(id)) doc.fail(`graphml.edge.${e}`, `expected a unique edge id, but "${id.slice(0, 64)}" is used twice.`);
    else doc.addTie(id, source, target, cell);
  });

  const ringsText = graphData('rings');
  return doc.finish({
    clientLabel: ego?.label ?? '',
    rings: ringsText !== '' ? Number(ringsText) : undefined,
    ringLabels: (rings) => {
      const labels = ringLabelCells(graphData, rings);
      return labels.length > 0 && labels.every((l) => l !== '') ? labels : undefined;
    },
    sectors: sectorsCell(graphData('sectors')),
    ringRadii: (rings) => readRingRadii(graphData, rings),
  });
}
