import { CLIENT_TIE_COLUMNS, PERSON_COLUMNS, PERSON_TIE_COLUMNS, RING_RADIUS_COLUMNS } from '../flat-records.ts';

/** Where a GraphML key applies. */
export type GraphmlDomain = 'graph' | 'node' | 'edge';

/** One `<key>` that Relmap writes: its id, what it applies to, the attribute name and the GraphML type. */
export interface GraphmlKey {
  /** The key's id, unique in the file: the domain's initial, a dot and the name (`n.name`, `e.ring`). */
  readonly id: string;
  /** What the key applies to. */
  readonly for: GraphmlDomain;
  /** The attribute name, a field of the model. */
  readonly name: string;
  /** The GraphML type of the values. */
  readonly type: 'string' | 'int' | 'double' | 'boolean';
}

/** The attribute that says what a node or an edge is: `ego` or `person`, `client` or `tie`. */
export const KIND_ATTRIBUTE = 'relmapKind';

const TYPES: Readonly<Record<string, GraphmlKey['type']>> = {
  ring: 'int',
  rings: 'int',
  pinAngle: 'double',
  hintAngle: 'double',
  ringRadius1: 'double',
  ringRadius2: 'double',
  ringRadius3: 'double',
  ringRadius4: 'double',
  ringRadius5: 'double',
  ended: 'boolean',
  sectors: 'boolean',
};

const CLIENT_TIE = new Set(CLIENT_TIE_COLUMNS);

/** The node attributes: the fields of a person that are not part of the inventory row. */
export const NODE_ATTRIBUTES: readonly string[] = PERSON_COLUMNS.filter((c) => !CLIENT_TIE.has(c));

/** The edge attributes: the inventory row (on edges from the ego) and the fields of a tie between two people. */
export const EDGE_ATTRIBUTES: readonly string[] = [...new Set([...CLIENT_TIE_COLUMNS, ...PERSON_TIE_COLUMNS])];

/** The graph attributes: the map settings. */
export const GRAPH_ATTRIBUTES: readonly string[] = [
  'rings',
  'ringLabel1',
  'ringLabel2',
  'ringLabel3',
  'ringLabel4',
  'ringLabel5',
  'sectors',
  ...RING_RADIUS_COLUMNS,
];

const key = (domain: GraphmlDomain, name: string): GraphmlKey => ({
  id: `${domain[0]}.${name}`,
  for: domain,
  name,
  type: TYPES[name] ?? 'string',
});

/** Every key Relmap declares, graph keys first. */
export const GRAPHML_KEYS: readonly GraphmlKey[] = [
  ...GRAPH_ATTRIBUTES.map((name) => key('graph', name)),
  key('node', KIND_ATTRIBUTE),
  ...NODE_ATTRIBUTES.map((name) => key('node', name)),
  key('edge', KIND_ATTRIBUTE),
  ...EDGE_ATTRIBUTES.map((name) => key('edge', name)),
];
