import type { Inventory } from '../../model.ts';
import { flattenClientTie, flattenPerson, flattenPersonTie, type FlatRecord } from '../flat-records.ts';
import type { ExportOptions } from '../options.ts';
import { GRAPHML_KEYS, KIND_ATTRIBUTE, type GraphmlDomain } from './graphml-keys.ts';
import { escapeXmlAttribute as attr, escapeXmlText as xmlText } from './xml-text.ts';

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The id of the client's node: `client`, or `client-2`, ... if a person already has that id. */
export function egoNodeId(inventory: Inventory): string {
  let id = 'client';
  for (let n = 2; Object.hasOwn(inventory.people, id); n++) id = `client-${n}`;
  return id;
}

function data(domain: GraphmlDomain, values: FlatRecord, indent: string): string {
  return GRAPHML_KEYS.filter((k) => k.for === domain && (values[k.name] ?? '') !== '')
    .map((k) => `${indent}<data key="${attr(k.id)}">${xmlText(values[k.name]!)}</data>\n`)
    .join('');
}

/**
 * Writes an inventory as GraphML, readable by Gephi, yEd, Cytoscape, igraph and NetworkX. The client is a node
 * of its own (the ego, `relmapKind` = `ego`), joined to every person by an edge that carries the inventory row
 * (ring, conflict, support, ...); ties between people are edges with their own id. Every field is a declared
 * `<key>` named after the field of the model. Private notes are left out unless `options.includePrivateNotes` is
 * `true`. Events and focus are not written.
 */
export function exportGraphml(inventory: Inventory, options: ExportOptions = {}): string {
  const ego = egoNodeId(inventory);
  const { settings } = inventory;
  const graphValues: Record<string, string> = { rings: String(settings.rings), sectors: String(settings.sectors) };
  settings.ringLabels.forEach((label, i) => (graphValues[`ringLabel${i + 1}`] = label));
  settings.ringRadii?.forEach((radius, i) => (graphValues[`ringRadius${i + 1}`] = String(radius)));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ',
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    ...GRAPHML_KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`),
    '  <graph id="inventory" edgedefault="undirected">\n',
    data('graph', graphValues, '    '),
    `    <node id="${attr(ego)}">\n`,
    data('node', { [KIND_ATTRIBUTE]: 'ego', name: inventory.client.label }, '      '),
    '    </node>\n',
  ];
  const ids = Object.keys(inventory.people).sort(byId);
  for (const id of ids) {
    out.push(
      `    <node id="${attr(id)}">\n`,
      data('node', { [KIND_ATTRIBUTE]: 'person', ...flattenPerson(inventory.people[id]!, options) }, '      '),
      '    </node>\n',
    );
  }
  for (const id of ids) {
    const values = { [KIND_ATTRIBUTE]: 'client', ...flattenClientTie(inventory.people[id]!.tie, options) };
    out.push(`    <edge source="${attr(ego)}" target="${attr(id)}">\n`, data('edge', values, '      '), '    </edge>\n');
  }
  for (const id of Object.keys(inventory.ties).sort(byId)) {
    const tie = inventory.ties[id]!;
    const values = { [KIND_ATTRIBUTE]: 'tie', ...flattenPersonTie(tie, options) };
    out.push(`    <edge id="${attr(id)}" source="${attr(tie.a)}" target="${attr(tie.b)}">\n`, data('edge', values, '      '), '    </edge>\n');
  }
  out.push('  </graph>\n', '</graphml>\n');
  return out.join('');
}
