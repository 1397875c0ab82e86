import type { TemplateResult, nothing } from 'lit';
import { isPartialDate, type Command, type Id, type Inventory, type Note, type PartialDate, type Person } from '@relmap/core';
import type { LabelMode } from '../labels.ts';
import type { MapStrings } from '../strings.ts';
import type { DetailStrings } from './detail-strings.ts';
import type { FieldLabel, NamedLabel } from './render-fields.ts';

/**
 * What every section of the detail panel needs to render one person: the person and the inventory they are in,
 * the texts, how people are labelled, whether the panel is presenting or read-only, and the ways back to the map.
 * The panel builds one per render; sections never reach for the element itself.
 */
export interface DetailContext {
  readonly person: Person;
  readonly inventory: Inventory;
  readonly text: DetailStrings;
  readonly mapText: MapStrings;
  readonly mode: LabelMode;
  readonly presenting: boolean;
  /** The map is read-only: controls are shown but cannot change anything. */
  readonly disabled: boolean;
  /** Applies a command through the map as one undoable step; whether it was applied (a host may cancel it). */
  dispatch(cmd: Command): boolean;
  /** The map's inventory as it is now, after a command just dispatched (`inventory` is the one being rendered). */
  current(): Inventory;
  /** A person's label in the panel's label mode. */
  label(id: Id): string;
  /**
   * A note field, or nothing while presenting when the note is private, so that it is absent from the DOM. A new
   * note is private, or shareable while presenting, where it is on screen as it is typed.
   */
  note(id: string, label: FieldLabel, value: Note | undefined, onChange: (note: Note | null) => void): TemplateResult | typeof nothing;
  /** The error shown under a field, if its last text was refused. */
  error(fieldId: string): string | undefined;
  /** Shows an error under a field, or clears it (`undefined`). */
  setError(fieldId: string, message: string | undefined): void;
  /** An element of the panel by id, to read a value that is not stored yet. */
  element<T extends HTMLElement>(id: string): T | null;
  /** Moves keyboard focus to an element of the panel once the panel has rendered the change just made. */
  focusAfterUpdate(id: string): void;
}

/**
 * Labels for the fields of one tie, event or focus: each keeps its visible text and gets an accessible name that
 * adds the group's legend (`fieldOf`).
 */
export function labelsIn(ctx: DetailContext, item: string): (text: string) => NamedLabel {
  return (text) => ({ text, name: ctx.text.fieldOf(text, item) });
}

/** What a date field's text means: no date, a date to keep, or text that is not a date. */
export type DateInput = { readonly kind: 'empty' } | { readonly kind: 'date'; readonly date: PartialDate } | { readonly kind: 'invalid' };

/** Reads what was typed into a date field. */
export function readDate(text: string): DateInput {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  return isPartialDate(trimmed) ? { kind: 'date', date: trimmed } : { kind: 'invalid' };
}

/**
 * Handles an edit of a date field: text that is not a date shows the error and is not dispatched; anything else
 * clears the error and is handed to `apply` (`null` for an emptied field).
 */
export function commitDate(ctx: DetailContext, fieldId: string, text: string, apply: (date: PartialDate | null) => void): void {
  const input = readDate(text);
  if (input.kind === 'invalid') {
    ctx.setError(fieldId, ctx.text.invalidDate(text.trim()));
    return;
  }
  ctx.setError(fieldId, undefined);
  apply(input.kind === 'date' ? input.date : null);
}
