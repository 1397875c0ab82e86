export { exportGraphml, egoNodeId } from './export-graphml.ts';
export { importGraphml, MAX_GRAPHML_LENGTH } from './import-graphml.ts';
export { GRAPHML_KEYS, type GraphmlKey, type GraphmlDomain } from './graphml-keys.ts';
