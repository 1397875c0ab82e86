import type { Id, Inventory, Note, PartialDate } from '@relmap/core';
import type { LabelMode } from '../labels.ts';
import { labelFor, shownText } from '../presenting-policy.ts';
import type { MapStrings } from '../strings.ts';
import { focusStrength, type TimelineItem } from './timeline-items.ts';
import type { TimelineStrings } from './timeline-strings.ts';

/** What the timeline shows and says of one item, under the presenting policy in force. */
export interface ItemView {
  readonly item: TimelineItem;
  /** The date in words, or relative to now while presenting. */
  readonly date: string;
  readonly kind: string;
  /**
   * The clinician's words; for a review, its progress in words. Absent when private and presenting, for a death
   * known only from the person, and for an agreement.
   */
  readonly label: string | undefined;
  /** For a review or an agreement: the goal, by its wording ("A private goal" while presenting, when private). */
  readonly goal: string | undefined;
  /** For a review: its note; absent when there is none, or it is private and presenting. */
  readonly note: string | undefined;
  /** The short text beside the mark on the axis: the label, else who died, else the kind. */
  readonly mark: string;
  /** The people it concerns, by their labels in the mode in force. */
  readonly people: string;
  /** The focus it belongs to, in words; empty when none. */
  readonly focus: string;
  readonly strength: 'primary' | 'focus' | undefined;
  /** It concerns someone selected on the map. */
  readonly related: boolean;
}

/** What a view needs to describe items: the texts, the label mode and presenting state, today, the map's selection. */
export interface ViewContext {
  readonly inventory: Inventory;
  readonly text: TimelineStrings;
  readonly mapText: MapStrings;
  readonly mode: LabelMode;
  readonly presenting: boolean;
  readonly now: Date | undefined;
  readonly selection: readonly Id[];
}

/** A date as the timeline says it: in words, or relative to now while presenting (as the map says a date of death). */
export function sayDate(date: PartialDate, c: Pick<ViewContext, 'text' | 'mapText' | 'presenting' | 'now'>): string {
  return c.presenting && c.now ? c.mapText.relativeDate(date, c.now) : c.text.dateInWords(date);
}

/** Describes one item. A private label is never read while presenting, so it cannot reach the DOM. */
export function viewItem(item: TimelineItem, c: ViewContext): ItemView {
  const t = c.text;
  const people = c.inventory.people;
  const labelOf = (id: Id): string | undefined => {
    const p = people[id];
    return p ? labelFor(people, p, c.mode, c.mapText) : undefined;
  };
  const names = item.people.flatMap((id) => labelOf(id) ?? []);
  const shown = (note: Note | undefined): string | undefined => shownText(note, people, c.mode, c.presenting, c.mapText);
  const words = shown(item.label);
  const kind = item.kind === 'goal-review' ? t.goalReview : item.kind === 'goal-agreed' ? t.goalAgreed : t.eventKind[item.kind];
  const review = item.kind === 'goal-review';
  const label = review ? t.goalProgress[item.progress!] : item.goal ? undefined : words;
  const goal = item.goal && t.goal(shown(item.goal.wording) ?? t.privateGoal);
  const mark = label ?? (item.goal ? kind : item.eventId === undefined ? t.deathOf(names[0] ?? '') : kind);
  const strength = focusStrength(item);
  const areas = (primary: boolean): string[] => item.focus.filter((f) => f.primary === primary).map((f) => t.problemArea[f.area]);
  const focus = [areas(true).length ? t.primaryFocus(areas(true)) : '', areas(false).length ? t.focus(areas(false)) : ''].filter(Boolean).join('; ');
  const related = item.people.some((id) => c.selection.includes(id));
  const date = item.date === undefined ? t.undated : sayDate(item.date, c);
  const peopleText = t.concerns(names);
  return {
    item,
    date,
    kind,
    label,
    goal,
    note: review ? words : undefined,
    mark,
    people: peopleText,
    focus,
    strength,
    related,
  };
}
