import type { InventoryDiff, PersonRef, TieRef } from './inventory-diff.ts';

/** Options of `describeDiff`. */
export interface DescribeDiffOptions {
  /**
   * How to call a person; by default their name. A shared screen that shows aliases or initials passes its own
   * labelling here, so the sentences name people as the map does.
   */
  readonly label?: (person: PersonRef) => string;
}

/**
 * The diff as short English sentences a trainer can read out, one per change, in a fixed order: added, removed,
 * renamed, died, moved, conflict, support, then ties added, removed and changed. For example "Jonas moved from
 * ring 2 to ring 1 (inward).", "Conflict with Henrik eased: high → low." or "Added: Working parents group.".
 * An empty diff gives an empty list.
 */
export function describeDiff(diff: InventoryDiff, options: DescribeDiffOptions = {}): string[] {
  const label = options.label ?? ((person: PersonRef) => person.name);
  const pair = (tie: TieRef): string => `${label(tie.a)} and ${label(tie.b)}`;
  const out: string[] = [];
  for (const p of diff.added) out.push(`Added: ${label(p)}.`);
  for (const p of diff.removed) out.push(`Removed: ${label(p)}.`);
  for (const r of diff.renamed) {
    const [from, to] = [label({ id: r.id, name: r.from }), label({ id: r.id, name: r.to })];
    // A labelling that hides names (aliases on a shared screen) must not leak them through a rename.
    out.push(from === to ? `${to}: name changed.` : `${from} was renamed ${to}.`);
  }
  for (const p of diff.died) out.push(`${label(p)} died.`);
  for (const m of diff.moved) out.push(`${label(m)} moved from ring ${m.from} to ring ${m.to} (${m.direction}).`);
  for (const c of diff.conflict) out.push(`Conflict with ${label(c)} ${c.direction}: ${c.from} → ${c.to}.`);
  for (const s of diff.support) out.push(`Support from ${label(s)} ${s.direction}: ${s.from} → ${s.to}.`);
  for (const t of diff.tiesAdded) out.push(`Tie added between ${pair(t)}.`);
  for (const t of diff.tiesRemoved) out.push(`Tie removed between ${pair(t)}.`);
  for (const t of diff.tiesChanged) {
    if (t.closeness) out.push(`Tie between ${pair(t)}: closeness ${t.closeness.from} → ${t.closeness.to}.`);
    if (t.conflict) {
      out.push(`Conflict between ${pair(t)} ${t.conflict.direction}: ${t.conflict.from} → ${t.conflict.to}.`);
    }
  }
  return out;
}
