import type { Conflict, GoalProgress, Id, Note, PartialDate, Support, TieCloseness } from '../model.ts';

/** A person named in a diff: their id and their name (from the later inventory, or the earlier one if removed). */
export interface PersonRef {
  /** The person's id, the same in both inventories. */
  readonly id: Id;
  /** The person's name. */
  readonly name: string;
}

/** A person-to-person tie named in a diff: its id and its two ends, the end with the smaller id first. */
export interface TieRef {
  /** The tie's id in the inventory it comes from (the later one, unless the tie was removed). */
  readonly id: Id;
  /** The end with the smaller id. */
  readonly a: PersonRef;
  /** The end with the larger id. */
  readonly b: PersonRef;
}

/** A person whose closeness ring changed. */
export interface RingMove extends PersonRef {
  /** The ring in the earlier inventory. */
  readonly from: number;
  /** The ring in the later inventory. */
  readonly to: number;
  /** `inward` when the person came closer to the client (a smaller ring number), `outward` otherwise. */
  readonly direction: 'inward' | 'outward';
}

/** A change of conflict, with whether it eased or worsened in the severity order of `CONFLICTS`. */
export interface ConflictChange {
  /** The conflict in the earlier inventory. */
  readonly from: Conflict;
  /** The conflict in the later inventory. */
  readonly to: Conflict;
  /** `eased` when the later conflict is less severe, `worsened` when it is more severe. */
  readonly direction: 'eased' | 'worsened';
}

/** A change of the client's conflict with one person. */
export interface PersonConflictChange extends PersonRef, ConflictChange {}

/** A change of the support the client feels from one person, in the order of `SUPPORTS`. */
export interface SupportChange extends PersonRef {
  /** The support in the earlier inventory. */
  readonly from: Support;
  /** The support in the later inventory. */
  readonly to: Support;
  /** `increased` when the later support is stronger, `decreased` when it is weaker. */
  readonly direction: 'increased' | 'decreased';
}

/** A person-to-person tie present in both inventories whose closeness or conflict changed. */
export interface TieChange extends TieRef {
  /** The closeness before and after, when it changed. */
  readonly closeness?: { readonly from: TieCloseness; readonly to: TieCloseness };
  /** The conflict before and after, when it changed. */
  readonly conflict?: ConflictChange;
}

/** A person whose name changed. */
export interface Rename {
  /** The person's id. */
  readonly id: Id;
  /** The earlier name. */
  readonly from: string;
  /** The later name. */
  readonly to: string;
}

/**
 * A goal named in a diff: its id and its wording (from the later inventory, or the earlier one if removed). The
 * wording keeps its sensitivity: `describeDiff` speaks it only when it is shareable.
 */
export interface GoalRef {
  /** The goal's id, the same in both inventories. */
  readonly id: Id;
  /** The goal's wording, with its sensitivity. */
  readonly wording: Note;
}

/** A goal the client agreed to between the two inventories. */
export interface GoalAgreement extends GoalRef {
  /** When the client agreed, where the later inventory says. */
  readonly agreedOn?: PartialDate;
}

/** A goal whose latest review gives another progress than the earlier inventory's latest review did. */
export interface GoalProgressChange extends GoalRef {
  /** The progress at the earlier inventory's latest review; absent when the goal had no review (or was new). */
  readonly from?: GoalProgress;
  /** The progress at the later inventory's latest review. */
  readonly to: GoalProgress;
  /** The date of that latest review. */
  readonly date: PartialDate;
  /** `advanced` when the later progress is further along `GOAL_PROGRESS`, `slipped` when less; absent without `from`. */
  readonly direction?: 'advanced' | 'slipped';
}

/**
 * What changed between an earlier and a later inventory, in the terms a trainer compares an intake with a later
 * session: who was added or removed, who moved rings, whose conflict or support changed, who died, how the
 * ties between other people changed, and which treatment goals were added, removed, agreed or moved on. People are matched by id (rule D1); person-to-person ties by their two ends
 * in either order, not by tie id, so a tie that was removed and drawn again is the same tie.
 *
 * Every list is sorted by id, so the same two inventories always give the same diff. Goals are matched by id. Notes (a goal's
 * wording included), events, focus and settings are not compared: `isEmpty` means that none of the listed kinds of change occurred.
 */
export interface InventoryDiff {
  /** People only in the later inventory (D1). */
  readonly added: readonly PersonRef[];
  /** People only in the earlier inventory (D1). */
  readonly removed: readonly PersonRef[];
  /** People whose ring changed (D2). */
  readonly moved: readonly RingMove[];
  /** People whose conflict with the client changed (D3). */
  readonly conflict: readonly PersonConflictChange[];
  /** People whose support changed (D3). */
  readonly support: readonly SupportChange[];
  /** People living in the earlier inventory and deceased in the later one (D5). */
  readonly died: readonly PersonRef[];
  /** Person-to-person ties only in the later inventory (D4). */
  readonly tiesAdded: readonly TieRef[];
  /** Person-to-person ties only in the earlier inventory, including those of removed people (D4). */
  readonly tiesRemoved: readonly TieRef[];
  /** Person-to-person ties in both whose closeness or conflict changed (D4). */
  readonly tiesChanged: readonly TieChange[];
  /** People whose name changed. */
  readonly renamed: readonly Rename[];
  /** Goals only in the later inventory (D7). */
  readonly goalsAdded: readonly GoalRef[];
  /** Goals only in the earlier inventory (D7). */
  readonly goalsRemoved: readonly GoalRef[];
  /** Goals agreed in the later inventory and not agreed (or not there) in the earlier one (D7). */
  readonly goalsAgreed: readonly GoalAgreement[];
  /** Goals whose latest progress changed, or that were reviewed for the first time (D7). */
  readonly goalProgress: readonly GoalProgressChange[];
  /** Whether every list above is empty; true for an inventory compared with itself (D6). */
  readonly isEmpty: boolean;
}
