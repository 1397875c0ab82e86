import { defaultDiffStrings, type DiffStrings } from './diff-strings.ts';
import type { GoalRef, InventoryDiff, PersonRef, TieRef } from './inventory-diff.ts';

/** Options of `describeDiff`. */
export interface DescribeDiffOptions {
  /**
   * How to call a person; by default their name. A shared screen that shows aliases or initials passes its own
   * labelling here, so the sentences name people as the map does.
   */
  readonly label?: (person: PersonRef) => string;
  /**
   * How to say a goal, or `undefined` to leave its words out; by default its wording when that is shareable, and
   * never a private wording. A shared screen that must say no goal's words passes `() => undefined`.
   */
  readonly goalLabel?: (goal: GoalRef) => string | undefined;
  /** Sentences in another language; what is left out stays English. */
  readonly strings?: Partial<DiffStrings>;
}

/**
 * The diff as short sentences a trainer can read out, one per change, in a fixed order: added, removed, renamed,
 * died, moved, conflict, support, ties added, removed and changed, then goals added, removed, agreed and their
 * progress. In English by default, for example "Jonas
 * moved from ring 2 to ring 1 (inward).", "Conflict with Henrik eased: high → low." or "Added: Working parents
 * group."; `strings` says them in another language. A goal is quoted by its wording only when that is shareable
 * ("Goal agreed (2026-01-26): “Talk about Helen with Emma.”") and is otherwise "a goal", so a private wording never
 * reaches a sentence. An empty diff gives an empty list.
 */
export function describeDiff(diff: InventoryDiff, options: DescribeDiffOptions = {}): string[] {
  const label = options.label ?? ((person: PersonRef) => person.name);
  const t: DiffStrings = { ...defaultDiffStrings, ...options.strings };
  const goal = options.goalLabel ?? shareableWording;
  const ends = (tie: TieRef): [string, string] => [label(tie.a), label(tie.b)];
  const out: string[] = [];
  for (const p of diff.added) out.push(t.added(label(p)));
  for (const p of diff.removed) out.push(t.removed(label(p)));
  for (const r of diff.renamed) {
    const [from, to] = [label({ id: r.id, name: r.from }), label({ id: r.id, name: r.to })];
    // A labelling that hides names (aliases on a shared screen) must not leak them through a rename.
    out.push(from === to ? t.nameChanged(to) : t.renamed(from, to));
  }
  for (const p of diff.died) out.push(t.died(label(p)));
  for (const m of diff.moved) out.push(t.moved(label(m), m.from, m.to, m.direction));
  for (const c of diff.conflict) out.push(t.conflictWithClient(label(c), c.direction, t.conflict[c.from], t.conflict[c.to]));
  for (const s of diff.support) out.push(t.supportFromClient(label(s), s.direction, t.support[s.from], t.support[s.to]));
  for (const tie of diff.tiesAdded) out.push(t.tieAdded(...ends(tie)));
  for (const tie of diff.tiesRemoved) out.push(t.tieRemoved(...ends(tie)));
  for (const tie of diff.tiesChanged) {
    if (tie.closeness) out.push(t.tieCloseness(...ends(tie), t.closeness[tie.closeness.from], t.closeness[tie.closeness.to]));
    if (tie.conflict) {
      const { direction, from, to } = tie.conflict;
      out.push(t.tieConflict(...ends(tie), direction, t.conflict[from], t.conflict[to]));
    }
  }
  for (const g of diff.goalsAdded) out.push(t.goalAdded(goal(g)));
  for (const g of diff.goalsRemoved) out.push(t.goalRemoved(goal(g)));
  for (const g of diff.goalsAgreed) out.push(t.goalAgreed(goal(g), g.agreedOn));
  for (const g of diff.goalProgress) {
    out.push(t.goalProgress(goal(g), g.from === undefined ? undefined : t.progress[g.from], t.progress[g.to], g.direction));
  }
  return out;
}

/** A goal's wording when it may be shown to the client; a private (or blank) wording is never said. */
function shareableWording(goal: GoalRef): string | undefined {
  const text = goal.wording.sensitivity === 'shareable' ? goal.wording.text.trim() : '';
  return text === '' ? undefined : text;
}
