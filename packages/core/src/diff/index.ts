export { diffInventories } from './diff-inventories.ts';
export { latestReview } from './diff-goals.ts';
export { describeDiff, type DescribeDiffOptions } from './describe-diff.ts';
export { defaultDiffStrings, type DiffStrings } from './diff-strings.ts';
export type {
  ConflictChange,
  GoalAgreement,
  GoalProgressChange,
  GoalRef,
  InventoryDiff,
  PersonConflictChange,
  PersonRef,
  Rename,
  RingMove,
  SupportChange,
  TieChange,
  TieRef,
} from './inventory-diff.ts';
