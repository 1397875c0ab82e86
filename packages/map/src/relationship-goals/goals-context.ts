import type { Command, Goal, Id, Inventory } from '@relmap/core';
import { domKey, type PresentingPolicy } from '../presenting-policy.ts';
import type { MapStrings } from '../strings.ts';
import type { NamedLabel } from '../relationship-detail/render-fields.ts';
import type { GoalsStrings } from './goals-strings.ts';

/** What to do when an edit is refused: the field to show the map's error under, and how to show the stored value again. */
export interface EditOptions {
  /** The field whose value was refused; a `duplicate` error of the map is shown under it. */
  readonly field?: string;
  /** Puts the stored value back into a field that kept what was typed (a host cancelled the change). */
  readonly restore?: () => void;
}

/**
 * What every part of the goals element needs to render: the inventory, the texts, the presenting policy, whether
 * it may edit, and the ways back to the session. The element builds one per render; parts never reach for it.
 */
export interface GoalsContext {
  readonly inventory: Inventory;
  readonly text: GoalsStrings;
  readonly mapText: MapStrings;
  /** The policy in force: the session's, or presenting when the element's own `presenting` is set. */
  readonly policy: PresentingPolicy;
  /** Applies a command through the session as one undoable step; whether it was applied. */
  dispatch(cmd: Command, options?: EditOptions): boolean;
  /** The inventory as it is now, after a command just dispatched. */
  current(): Inventory;
  /** The error shown under a field, if its last text was refused. */
  error(fieldId: string): string | undefined;
  /** Shows an error under a field, or clears it (`undefined`). */
  setError(fieldId: string, message: string | undefined): void;
  /** An element of the shadow root by id, to read a value that is not stored yet. */
  element<T extends HTMLElement>(id: string): T | null;
  /** Moves keyboard focus to an element once the change just made is rendered. */
  focusAfterUpdate(id: string): void;
  /** Announces what an edit did, politely. */
  say(message: string): void;
}

/** The goals in the order they were recorded; a goal's position in it (from 1) names its controls ("goal 2"). */
export function goalsOf(inventory: Inventory): readonly Goal[] {
  return Object.values(inventory.goals);
}

/** A goal's reviews, oldest first (M13: dates compared as text). */
export function reviewsOf(goal: Goal): Goal['reviews'][Id][] {
  return Object.values(goal.reviews).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Labels for the fields of one goal or review: each keeps its visible text, and its name says which one. */
export function labelsIn(ctx: GoalsContext, item: string): (text: string) => NamedLabel {
  return (text) => ({ text, name: ctx.text.fieldOf(text, item) });
}

/**
 * The id of a field of a goal (and of one of its reviews): from ids, which never carry a private text (C8), and
 * while presenting from their opaque keys, since a document's own ids may be made from names (`domKey`).
 */
export function fieldId(ctx: Pick<GoalsContext, 'policy'>, goal: Id, field: string, review?: Id): string {
  const key = (id: Id): string => domKey(id, ctx.policy.presenting);
  return review === undefined ? `g-${key(goal)}-${field}` : `g-${key(goal)}-r-${key(review)}-${field}`;
}
