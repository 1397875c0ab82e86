import type { DiffStrings } from '@relmap/core';
import type { MapStrings } from '../strings.ts';

/** The texts `<relationship-compare>` shows, for hosts that translate it; what is left out stays English. */
export interface CompareStrings {
  /** Said when the two snapshots do not differ. */
  noChanges: string;
  /** The name of the list of changes, for screen readers: "Changes from Intake to Session 12". */
  changesLabel: (before: string, after: string) => string;
  /** The caption of the one map of the changes view: "Intake → Session 12". */
  changesCaption: (before: string, after: string) => string;
  /** Shown instead of the comparison while the session it is bound to is blanked. */
  blanked: string;
  /** The sentences of the list of changes (`describeDiff`'s). */
  sentences: Partial<DiffStrings>;
  /** The texts of the maps inside (their legend, ring labels, descriptions). */
  map: Partial<MapStrings>;
}

/** The English texts. */
export const defaultCompareStrings: CompareStrings = {
  noChanges: 'No changes between these two snapshots.',
  changesLabel: (before, after) => `Changes from ${before} to ${after}`,
  changesCaption: (before, after) => `${before} → ${after}`,
  blanked: 'The map is blanked.',
  sentences: {},
  map: {},
};
