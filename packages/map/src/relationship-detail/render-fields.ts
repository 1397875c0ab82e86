import { html, noChange, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Note, Sensitivity } from '@relmap/core';

/**
 * A field's label: its visible text, or its visible text and a longer accessible name for a field that a panel
 * shows once per tie, event or focus, where the visible text alone would not say which one it belongs to.
 */
export type FieldLabel = string | NamedLabel;

/** A visible label and the longer accessible name of the same field. */
export interface NamedLabel {
  readonly text: string;
  readonly name: string;
}

const textOf = (label: FieldLabel): string => (typeof label === 'string' ? label : label.text);
const nameOf = (label: FieldLabel): string | typeof nothing => (typeof label === 'string' ? nothing : label.name);

/** One choice of a select: its value (empty for "not set") and its label. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  /**
   * What the DOM carries for the value (the option's value, the suffix of a box's id), when it must not be the
   * value itself: while presenting, an inventory id's opaque key (the presenting policy's `domKey`).
   */
  readonly key?: string;
}

const keyOf = (c: Choice): string => c.key ?? c.value;

/**
 * A labelled select whose change is reported as the chosen value (empty string for "not set"). It shows the
 * model's value again after a change the map did not apply (a host cancelled it); with `follow` false it keeps
 * the user's choice instead, for a choice that is not stored until a button is pressed.
 */
export function selectField(
  id: string,
  label: FieldLabel,
  value: string,
  choices: readonly Choice[],
  onChange: (value: string) => void,
  disabled: boolean,
  follow = true,
): TemplateResult {
  const shown = choices.find((c) => c.value === value);
  const domValue = shown ? keyOf(shown) : value;
  const read = (dom: string): string => choices.find((c) => keyOf(c) === dom)?.value ?? dom;
  return html`<label class="field" for=${id}><span>${textOf(label)}</span>
    <select id=${id} aria-label=${nameOf(label)} ?disabled=${disabled} .value=${follow ? live(domValue) : noChange} @change=${(e: Event) => onChange(read((e.target as HTMLSelectElement).value))}>
      ${choices.map((c) => html`<option value=${keyOf(c)} ?selected=${c.value === value}>${c.label}</option>`)}
    </select>
  </label>`;
}

/**
 * A labelled one-line text field, reported on change (when it loses focus or Enter is pressed). Its value is set
 * only when the model's value changes, not on every render, so text being typed survives an unrelated update.
 */
export function textField(id: string, label: FieldLabel, value: string, onChange: (value: string) => void, disabled: boolean): TemplateResult {
  return html`<label class="field" for=${id}><span>${textOf(label)}</span>
    <input id=${id} aria-label=${nameOf(label)} autocomplete="off" .value=${value} ?readonly=${disabled} @change=${(e: Event) => onChange((e.target as HTMLInputElement).value)} />
  </label>`;
}

/** What a note field needs: its label, its note, and what to do with an edit. */
export interface NoteFieldView {
  readonly id: string;
  readonly label: FieldLabel;
  /** The visible text of the "Private" box. */
  readonly privateLabel: string;
  /** The accessible name of the "Private" box, which says whose note it is. */
  readonly privateName: string;
  readonly note: Note | undefined;
  /** The sensitivity a new note gets. */
  readonly newSensitivity: Sensitivity;
  readonly disabled: boolean;
  /** Called with the edited note, or `null` when its text was cleared. */
  readonly onChange: (note: Note | null) => void;
}

/**
 * A note: its text and a "Private" box. Its text is reported when the field loses focus, the box at once. The
 * caller decides whether the note may be shown at all: this renders whatever it is given.
 */
export function noteField(v: NoteFieldView): TemplateResult {
  const sensitivity = v.note?.sensitivity ?? v.newSensitivity;
  const commit = (text: string, s: Sensitivity): void => {
    const trimmed = text.trim();
    if (!trimmed) {
      if (v.note) v.onChange(null);
      return;
    }
    if (trimmed !== v.note?.text || s !== v.note.sensitivity) v.onChange({ text: trimmed, sensitivity: s });
  };
  return html`<div class="note ${sensitivity}">
    <label for=${v.id}>${textOf(v.label)}</label>
    <textarea id=${v.id} aria-label=${nameOf(v.label)} rows="2" .value=${v.note?.text ?? ''} ?readonly=${v.disabled}
      @change=${(e: Event) => commit((e.target as HTMLTextAreaElement).value, sensitivity)}></textarea>
    <label class="sensitivity"><input type="checkbox" aria-label=${v.privateName} .checked=${live(sensitivity === 'private')} ?disabled=${v.disabled}
      @change=${(e: Event) => {
        const box = e.target as HTMLInputElement;
        const text = (box.closest('.note')?.querySelector('textarea') as HTMLTextAreaElement | null)?.value ?? '';
        if (text.trim()) commit(text, box.checked ? 'private' : 'shareable');
      }} />${v.privateLabel}</label>
  </div>`;
}

/** A labelled checkbox, reported at once; it shows the model's value again after a cancelled change. */
export function checkField(id: string, label: FieldLabel, checked: boolean, onChange: (checked: boolean) => void, disabled: boolean): TemplateResult {
  return html`<label class="check" for=${id}><input type="checkbox" id=${id} aria-label=${nameOf(label)} .checked=${live(checked)} ?disabled=${disabled}
    @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />${textOf(label)}</label>`;
}

/** A button that removes something, or takes the person shown out of it; `label.name` says which item it acts on. */
export function removeButton(id: string, label: NamedLabel, disabled: boolean, onClick: () => void): TemplateResult {
  return html`<button type="button" id=${id} class="remove" aria-label=${label.name} ?disabled=${disabled} @click=${onClick}>${label.text}</button>`;
}

/**
 * A group of boxes, one per choice (its id `${id}-${key}`, the choice's key or else its value), ticked when its value is in `chosen`. A change
 * reports the whole new list, built on `current()`, the list as the map holds it now: two boxes may change before
 * the panel has rendered the first.
 */
export function checkGroup(
  id: string,
  legend: string,
  choices: readonly Choice[],
  label: (text: string) => FieldLabel,
  chosen: readonly string[],
  current: () => readonly string[],
  onChange: (values: string[]) => void,
  disabled: boolean,
): TemplateResult {
  const toggle = (value: string, on: boolean): void => {
    const now = current();
    onChange(on ? [...now, value] : now.filter((v) => v !== value));
  };
  return html`<fieldset class="people">
    <legend>${legend}</legend>
    ${choices.map((c) => checkField(`${id}-${keyOf(c)}`, label(c.label), chosen.includes(c.value), (on) => toggle(c.value, on), disabled))}
  </fieldset>`;
}

/** What a date field needs: its label and instructions, the stored date, an error to show, and what to do with an edit. */
export interface DateFieldView {
  readonly id: string;
  readonly label: FieldLabel;
  readonly hint: string;
  /** The stored date, or empty. */
  readonly value: string;
  /** The error to show under the field, if the last text typed was refused. */
  readonly error: string | undefined;
  readonly disabled: boolean;
  /** Called with the trimmed text when the field loses focus or Enter is pressed. */
  readonly onChange: (text: string) => void;
}

/**
 * A labelled one-line field for a partial date, with its instructions and, when the text typed was refused, an
 * error tied to it by `aria-describedby` and `aria-invalid`. The error is announced as it appears, since focus
 * has already moved on by then. Like `textField`, typed text survives an unrelated update.
 */
export function dateField(v: DateFieldView): TemplateResult {
  const hint = `${v.id}-hint`;
  const error = `${v.id}-error`;
  return html`<div class="field date">
    <label for=${v.id}>${textOf(v.label)}</label>
    <div class="control">
      <input id=${v.id} aria-label=${nameOf(v.label)} autocomplete="off" spellcheck="false" .value=${v.value} ?readonly=${v.disabled}
        aria-invalid=${v.error ? 'true' : 'false'} aria-describedby=${v.error ? `${error} ${hint}` : hint}
        @change=${(e: Event) => v.onChange((e.target as HTMLInputElement).value.trim())} />
      <span class="hint" id=${hint}>${v.hint}</span>
      ${v.error ? html`<span class="error" id=${error} role="alert">${v.error}</span>` : nothing}
    </div>
  </div>`;
}
