export { diffInventories } from './diff-inventories.ts';
export { describeDiff, type DescribeDiffOptions } from './describe-diff.ts';
export { defaultDiffStrings, type DiffStrings } from './diff-strings.ts';
export type {
  ConflictChange,
  InventoryDiff,
  PersonConflictChange,
  PersonRef,
  Rename,
  RingMove,
  SupportChange,
  TieChange,
  TieRef,
} from './inventory-diff.ts';
