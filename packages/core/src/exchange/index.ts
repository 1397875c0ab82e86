export type { ExportOptions, ImportResult } from './options.ts';
export * from './csv/index.ts';
export * from './graphml/index.ts';
export * from './fhir/index.ts';
