import type { Inventory, ProblemArea } from '@relmap/core';
import type { IsoDate } from './dates.ts';

/**
 * One fictional teaching case: a client's interpersonal inventory at intake and near the end of treatment
 * (session 12). Person ids are the same in both inventories, so the two can be compared with a diff.
 */
export interface TeachingCase {
  /** A short, stable id such as `maya`; what `getCase` looks up. */
  readonly id: string;
  /** A title for case lists, such as "Maya, 34: role transition". */
  readonly title: string;
  /** The primary problem area of the case. */
  readonly problemArea: ProblemArea;
  /** Two or three sentences from the case sheet, for a case library or a story description. */
  readonly summary: string;
  /** The inventory as the client described it at intake. */
  readonly intake: Inventory;
  /** The inventory near the end of treatment, built by applying the session-12 changes to `intake`. */
  readonly session12: Inventory;
  /** The fictional date of the intake session, `YYYY-MM-DD`. */
  readonly intakeDate: IsoDate;
  /** The fictional date of session 12, about twelve weeks after intake, `YYYY-MM-DD`. */
  readonly session12Date: IsoDate;
}
