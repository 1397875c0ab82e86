import type { EventKind, Focus, GoalProgress, Id, Inventory, Note, PartialDate } from '@relmap/core';
import { dateSpan, type DateSpan } from './timeline-dates.ts';

/** What a mark on the timeline is: a kind of life event, a review of a treatment goal, or the agreement to one. */
export type TimelineKind = EventKind | 'goal-review' | 'goal-agreed';

/**
 * One mark on the timeline: a recorded life event, the death of a deceased person whose date of death is known
 * but for whom no death event was recorded (the model keeps the date on the person; the timeline shows it all the
 * same), a review of a treatment goal, or the date the client agreed to one.
 */
export interface TimelineItem {
  /**
   * The event's id; `died:` and the person's id for a death known only from the person; `review:`, the goal's id,
   * `:` and the review's id for a review; `agreed:` and the goal's id for an agreement.
   */
  readonly key: string;
  /** The recorded event's id; absent for a death known only from the person and for goals. */
  readonly eventId?: Id;
  readonly kind: TimelineKind;
  /** For a review or an agreement: the goal's id and wording. */
  readonly goal?: { readonly id: Id; readonly wording: Note };
  /** For a review: how far the client had come. */
  readonly progress?: GoalProgress;
  /** The date as written; absent when not known. */
  readonly date?: PartialDate;
  /** Where the date sits in time; absent for an event without a (valid) date. */
  readonly span?: DateSpan;
  /** The clinician's words for the event, or a review's note; absent for a death known only from the person. */
  readonly label?: Note;
  /** The people it concerns. */
  readonly people: readonly Id[];
  /** The foci that name this event, the primary one first. */
  readonly focus: readonly Focus[];
}

const cache = new WeakMap<Inventory, readonly TimelineItem[]>();

/**
 * The inventory's timeline in reading order: dated items by when they start, the longer span first when two start
 * together (a year before the months it holds), then items without a date in the order they were recorded.
 */
export function timelineItems(inventory: Inventory): readonly TimelineItem[] {
  const known = cache.get(inventory);
  if (known) return known;
  const foci = Object.values(inventory.focus).sort((a, b) => Number(b.primary) - Number(a.primary));
  const items: TimelineItem[] = Object.values(inventory.events).map((e) => {
    const span = e.date === undefined ? undefined : dateSpan(e.date);
    return {
      key: e.id,
      eventId: e.id,
      kind: e.kind,
      ...(e.date === undefined ? {} : { date: e.date }),
      ...(span ? { span } : {}),
      label: e.label,
      people: e.people,
      focus: foci.filter((f) => f.events.includes(e.id)),
    };
  });
  const recordedDeaths = new Set(items.filter((i) => i.kind === 'death').flatMap((i) => i.people));
  for (const p of Object.values(inventory.people)) {
    if (p.status !== 'deceased' || !p.died || recordedDeaths.has(p.id)) continue;
    const span = dateSpan(p.died);
    items.push({ key: `died:${p.id}`, kind: 'death', date: p.died, ...(span ? { span } : {}), people: [p.id], focus: [] });
  }
  items.push(...goalItems(inventory));
  const dated = items.filter((i) => i.span).sort(byTime);
  const undated = items.filter((i) => !i.span);
  const out = [...dated, ...undated];
  cache.set(inventory, out);
  return out;
}

/** The reviews of every goal and the dates the client agreed to goals (an agreement without a date has no place). */
function goalItems(inventory: Inventory): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const g of Object.values(inventory.goals)) {
    const goal = { id: g.id, wording: g.wording };
    const served = g.focus === undefined ? undefined : inventory.focus[g.focus];
    const shared = { goal, people: g.people, focus: served ? [served] : [] };
    const agreed = g.agreed && g.agreedOn !== undefined ? dateSpan(g.agreedOn) : undefined;
    if (agreed) items.push({ key: `agreed:${g.id}`, kind: 'goal-agreed', date: g.agreedOn!, span: agreed, ...shared });
    for (const r of Object.values(g.reviews)) {
      const span = dateSpan(r.date);
      if (!span) continue;
      items.push({
        key: `review:${g.id}:${r.id}`,
        kind: 'goal-review',
        date: r.date,
        span,
        progress: r.progress,
        ...(r.note ? { label: r.note } : {}),
        ...shared,
      });
    }
  }
  return items;
}

/** Whether an item is about a treatment goal rather than a life event. */
export function isGoalItem(item: TimelineItem): boolean {
  return item.goal !== undefined;
}

function byTime(a: TimelineItem, b: TimelineItem): number {
  const x = a.span!;
  const y = b.span!;
  return x.start - y.start || y.end - y.start - (x.end - x.start) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** How strongly an item belongs to the focus of treatment: named by the primary focus, by another, or by none. */
export function focusStrength(item: TimelineItem): 'primary' | 'focus' | undefined {
  // A goal's marks have a shape of their own; the list says the focus the goal serves in words.
  if (item.focus.length === 0 || isGoalItem(item)) return undefined;
  return item.focus.some((f) => f.primary) ? 'primary' : 'focus';
}
