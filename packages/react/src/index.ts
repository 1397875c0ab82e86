/**
 * Relmap for React: a component for each element (`RelationshipMap`, `RelationshipTable`, `RelationshipDetail`,
 * `RelationshipCompare`, `RelationshipTimeline`, `RelationshipGoals`), and the elements' tags typed for JSX. Importing this module registers the elements.
 */
export { RelationshipMap, type RelationshipMapProps } from './relationship-map.ts';
export { RelationshipTable, type RelationshipTableProps } from './relationship-table.ts';
export { RelationshipDetail, type RelationshipDetailProps } from './relationship-detail.ts';
export { RelationshipCompare, type RelationshipCompareProps } from './relationship-compare.ts';
export { RelationshipTimeline, type RelationshipTimelineProps } from './relationship-timeline.ts';
export { RelationshipGoals, type RelationshipGoalsProps } from './relationship-goals.ts';
export type {
  RelationshipMapTagProps,
  RelationshipTableTagProps,
  RelationshipDetailTagProps,
  RelationshipCompareTagProps,
  RelationshipTimelineTagProps,
  RelationshipGoalsTagProps,
} from './jsx.ts';
