/**
 * Relmap for React. Importing this module also registers the `<relationship-map>` custom element.
 */
export { RelationshipMap, type RelationshipMapProps } from './relationship-map.ts';
