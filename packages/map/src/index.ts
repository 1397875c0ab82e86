import './define.ts';

export { RelationshipMap } from './relationship-map/relationship-map.ts';
export type { LegendState } from './relationship-map/legend-box.ts';
export { RelationshipTable } from './relationship-table/relationship-table.ts';
export { defaultTableStrings, type TableStrings } from './relationship-table/table-strings.ts';
export { sortRows, type SortKey, type SortDirection, type SortState } from './relationship-table/sort-rows.ts';
export { RelationshipDetail } from './relationship-detail/relationship-detail.ts';
export { defaultDetailStrings, type DetailStrings, type TieNoteField } from './relationship-detail/detail-strings.ts';
export { relativeDate } from './relative-date.ts';
export { RelationshipCompare, type CompareMode } from './relationship-compare/relationship-compare.ts';
export { changedPeople } from './relationship-compare/changed-people.ts';
export { defaultCompareStrings, type CompareStrings } from './relationship-compare/compare-strings.ts';
// Types only: `@relmap/map/relationship-timeline` registers the timeline, so that an app without one does not ship it.
export type { RelationshipTimeline } from './relationship-timeline/relationship-timeline.ts';
export type { TimelineStrings } from './relationship-timeline/timeline-strings.ts';
// Types only: `@relmap/map/relationship-goals` registers the goals element, as the timeline's entry point does.
export type { RelationshipGoals } from './relationship-goals/relationship-goals.ts';
export type { GoalsStrings } from './relationship-goals/goals-strings.ts';
export { describePerson, deathDates } from './relationship-map/describe.ts';
export * from './events.ts';
export { personLabel, initialsOf, type LabelMode } from './labels.ts';
export { defaultStrings, type MapStrings } from './strings.ts';
export { nextInDirection, readingOrder, type NavDirection, type NavPoint } from './navigation.ts';
export { EditingSession, type EditOptions, type SessionOptions } from './session/editing-session.ts';
export type * from './session/session-events.ts';
export { presentingPolicy, labelModeFor, isNoteShown, labelledText, domKey, idOfDomKey, type PresentingPolicy } from './presenting-policy.ts';
export type { SessionCarrier } from './controllers/session-binding.ts';
export { createHandout, clientLabelFor, type HandoutOptions } from './handout/create-handout.ts';
export { defaultHandoutStrings, type HandoutStrings } from './handout/handout-strings.ts';
export type { ExportOptions } from './relationship-map/export-sheet.ts';
export { formulationSummary, type FormulationSummary } from './handout/formulation-summary.ts';
