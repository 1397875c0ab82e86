export { computeLayout } from './compute-layout.ts';
export { LayoutEngine, type UpdateOptions } from './engine.ts';
export { estimateLabelWidth, type LayoutOptions } from './options.ts';
export type { LayoutSnapshot, NodePosition } from './snapshot.ts';
export { SECTORS, sectorOf, type Sector, type SectorRange } from './sectors.ts';
