import type { EventKind, Focus, Id, Inventory, Note, PartialDate } from '@relmap/core';
import { dateSpan, type DateSpan } from './timeline-dates.ts';

/**
 * One mark on the timeline: a recorded life event, or the death of a deceased person whose date of death is known
 * but for whom no death event was recorded (the model keeps the date on the person; the timeline shows it all the
 * same).
 */
export interface TimelineItem {
  /** The event's id, or `died:` and the person's id for a death known only from the person. */
  readonly key: string;
  /** The recorded event's id; absent for a death known only from the person. */
  readonly eventId?: Id;
  readonly kind: EventKind;
  /** The date as written; absent when not known. */
  readonly date?: PartialDate;
  /** Where the date sits in time; absent for an event without a (valid) date. */
  readonly span?: DateSpan;
  /** The clinician's words for the event; absent for a death known only from the person. */
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
  const dated = items.filter((i) => i.span).sort(byTime);
  const undated = items.filter((i) => !i.span);
  const out = [...dated, ...undated];
  cache.set(inventory, out);
  return out;
}

function byTime(a: TimelineItem, b: TimelineItem): number {
  const x = a.span!;
  const y = b.span!;
  return x.start - y.start || y.end - y.start - (x.end - x.start) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** How strongly an item belongs to the focus of treatment: named by the primary focus, by another, or by none. */
export function focusStrength(item: TimelineItem): 'primary' | 'focus' | undefined {
  if (item.focus.length === 0) return undefined;
  return item.focus.some((f) => f.primary) ? 'primary' : 'focus';
}
