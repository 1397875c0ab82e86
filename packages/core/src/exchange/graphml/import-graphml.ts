import type { ValidationIssue } from '../../errors.ts';
import { parseInventory } from '../../document/parse-inventory.ts';
import { CURRENT_VERSION, SCHEMA, defaultRingLabels } from '../../model.ts';
import { outermostRing, readRingRadii, unflattenClientTie, unflattenPerson, unflattenPersonTie } from '../flat-records.ts';
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
  const errors: ValidationIssue[] = [];
  const graphData = dataReader(keys, 'graph', graph);
  const nodes = graph.children.filter((c) => c.name === 'node');
  const edges = graph.children.filter((c) => c.name === 'edge');

  let ego: { id: string; label: string } | undefined;
  const people = new Map<string, Record<string, unknown>>();
  nodes.forEach((node, n) => {
    const id = node.attributes['id'] ?? '';
    const cell = dataReader(keys, 'node', node);
    if (id === '' || people.has(id) || ego?.id === id) {
      errors.push({ path: `graphml.node.${n}`, message: id === '' ? 'expected a node id, got none.' : `expected a unique node id, but "${id.slice(0, 64)}" is used twice.` });
    } else if (cell(KIND_ATTRIBUTE) === 'ego') {
      if (ego) errors.push({ path: `graphml.node.${n}`, message: 'expected one ego node, got a second.' });
      ego = { id, label: cell('name') };
    } else {
      people.set(id, unflattenPerson(id, cell, { ring: 0 }));
    }
  });

  const ties = new Map<string, Record<string, unknown>>();
  edges.forEach((edge, e) => {
    const source = edge.attributes['source'] ?? '';
    const target = edge.attributes['target'] ?? '';
    const cell = dataReader(keys, 'edge', edge);
    if (ego && (source === ego.id || target === ego.id)) {
      const person = people.get(source === ego.id ? target : source);
      if (!person) {
        errors.push({ path: `graphml.edge.${e}`, message: 'expected an edge from the ego to a person node.' });
        return;
      }
      const row = unflattenClientTie(cell);
      person['tie'] = { ...(person['tie'] as object), ...row };
      return;
    }
    const id = edge.attributes['id'] ?? `e${e + 1}`;
    if (ties.has(id)) errors.push({ path: `graphml.edge.${e}`, message: `expected a unique edge id, but "${id.slice(0, 64)}" is used twice.` });
    else ties.set(id, unflattenPersonTie(id, source, target, cell));
  });
  if (errors.length > 0) return { ok: false, errors };

  const ringsText = graphData('rings');
  const rings = ringsText !== '' ? Number(ringsText) : outermostRing(people.values(), 3);
  for (const person of people.values()) {
    const tie = person['tie'] as Record<string, unknown>;
    if (tie['ring'] === 0) tie['ring'] = rings;
  }
  const labels = [1, 2, 3, 4, 5].map((n) => graphData(`ringLabel${n}`)).slice(0, Number.isInteger(rings) ? rings : 0);
  const sectors = graphData('sectors');
  return parseInventory({
    schema: SCHEMA,
    version: CURRENT_VERSION,
    client: { label: ego?.label || 'Client' },
    settings: {
      rings,
      ringLabels: labels.length > 0 && labels.every((l) => l !== '') ? labels : defaultRingLabels(rings),
      sectors: sectors === 'true' ? true : sectors === '' || sectors === 'false' ? false : sectors,
      ...readRingRadii(graphData, rings),
    },
    people: Object.fromEntries(people),
    ties: Object.fromEntries(ties),
    events: {},
    focus: {},
    goals: {},
  });
}
