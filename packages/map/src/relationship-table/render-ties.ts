import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { command, CONFLICTS, type Command, type Conflict, type Id, type Inventory, type Note, type Person, type TieCloseness } from '@relmap/core';
import { domKey, idOfDomKey, isNoteShown } from '../presenting-policy.ts';
import type { MapStrings } from '../strings.ts';
import { sortTies, type TieRow } from './sort-ties.ts';
import { checkbox, select } from './table-controls.ts';
import type { TableStrings } from './table-strings.ts';

const CLOSENESS: readonly TieCloseness[] = ['close', 'normal', 'distant'];

/** Everything the table of ties needs: the data, the words, and what to do on an edit. */
export interface TiesView {
  readonly inventory: Inventory;
  /** The order of the rows of people; the ties follow it. */
  readonly order: readonly Id[];
  readonly editable: boolean;
  /** Presenting on a shared screen: private labels stay out of the DOM, names follow the map's label mode. */
  readonly presenting: boolean;
  readonly label: (p: Person) => string;
  readonly text: TableStrings;
  readonly mapText: MapStrings;
  /** Why the last attempt to add a tie was refused, or empty. */
  readonly error: string;
  edit(cmd: Command): void;
  /** Adds a tie between two people, or says why not. */
  link(a: Id, b: Id): void;
  /** Removes a tie and moves focus to a neighbouring row. */
  unlink(id: Id, rows: readonly TieRow[]): void;
  /** The two people chosen for a new tie changed: an old error no longer applies. */
  clearError(): void;
}

/** The table of ties between people, and the form that adds one. */
export function renderTies(v: TiesView): TemplateResult {
  const t = v.text;
  const rows = sortTies(v.inventory, v.order);
  const columns = v.editable ? 6 : 5;
  // Read-only, the table holds no control that could take focus, so the scrolling wrapper takes it itself.
  return html`<div class="scroll" role="region" aria-labelledby="ties-caption" tabindex=${v.editable ? nothing : '0'}>
      <table part="ties" class="ties">
        <caption id="ties-caption">${t.tiesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.between}</th>
            <th scope="col">${t.closeness}</th>
            <th scope="col">${t.conflict}</th>
            <th scope="col">${t.tieLabel}</th>
            <th scope="col">${t.ended}</th>
            ${v.editable ? html`<th scope="col">${t.actions}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${
            rows.length === 0
              ? html`<tr class="empty"><td colspan=${columns}>${t.noTies}</td></tr>`
              : repeat(
                  rows,
                  (r) => r.tie.id,
                  (r) => renderTieRow(v, r, rows),
                )
          }
        </tbody>
      </table>
    </div>
    ${v.editable ? renderAddTie(v) : nothing}`;
}

function renderTieRow(v: TiesView, row: TieRow, rows: readonly TieRow[]): TemplateResult {
  const t = v.text;
  const { tie } = row;
  const people = v.inventory.people;
  const both = v.mapText.tieLabel(v.label(people[row.first]!), v.label(people[row.second]!));
  const cell = (column: string): string => t.cellLabel(column, both);
  const disabled = !v.editable;
  const update = (changes: { closeness?: TieCloseness; conflict?: Conflict; label?: Note | null; ended?: boolean }): void =>
    v.edit(command('updateLink', { id: tie.id, changes }));
  return html`<tr data-tie=${domKey(tie.id, v.presenting)}>
    <th scope="row">${both}</th>
    <td>
      ${select(
        cell(t.closeness),
        tie.closeness,
        CLOSENESS.map((c) => [c, v.mapText.tieCloseness[c]] as const),
        disabled,
        (value) => update({ closeness: value as TieCloseness }),
      )}
    </td>
    <td>
      ${select(
        cell(t.conflict),
        tie.conflict,
        CONFLICTS.map((c) => [c, v.mapText.conflict[c]] as const),
        disabled,
        (value) => update({ conflict: value as Conflict }),
      )}
    </td>
    <td>${renderLabel(v, tie.label, cell, (label) => update({ label }))}</td>
    <td>${checkbox('ended', cell(t.ended), tie.ended === true, disabled, (ended) => update({ ended }))}</td>
    ${
      v.editable
        ? html`<td>
          <button type="button" class="remove" aria-label=${cell(t.remove)} @click=${() => v.unlink(tie.id, rows)}>${t.remove}</button>
        </td>`
        : nothing
    }
  </tr>`;
}

/**
 * A tie's label: while presenting, a private label is replaced by a placeholder, so its text is not in the DOM or
 * the accessibility tree at all; otherwise an input when editable, with a checkbox that keeps it private.
 */
function renderLabel(v: TiesView, label: Note | undefined, cell: (column: string) => string, change: (label: Note | null) => void): TemplateResult | string {
  const t = v.text;
  if (!isNoteShown(label, v.presenting)) return html`<span class="private">${t.privateTieLabel}</span>`;
  if (!v.editable || v.presenting) return label?.text ?? '';
  return html`<span class="label-cell">
    <input
      class="tie-label"
      aria-label=${cell(t.tieLabel)}
      .value=${live(label?.text ?? '')}
      @change=${(e: Event) => {
        const text = (e.target as HTMLInputElement).value.trim();
        // A new label is private until the clinician says otherwise: nothing reaches a shared screen by accident.
        const next = text ? { text, sensitivity: label?.sensitivity ?? ('private' as const) } : null;
        if ((next?.text ?? '') !== (label?.text ?? '')) change(next);
        else (e.target as HTMLInputElement).value = label?.text ?? '';
      }}
    />
    ${
      label
        ? html`<label class="private-toggle"
          >${checkbox('label-private', cell(t.tieLabelPrivate), label.sensitivity === 'private', false, (checked) =>
            change({ text: label.text, sensitivity: checked ? 'private' : 'shareable' }),
          )}${t.privateMark}</label
        >`
        : nothing
    }
  </span>`;
}

function renderAddTie(v: TiesView): TemplateResult | typeof nothing {
  const t = v.text;
  const people = v.order.flatMap((id) => (v.inventory.people[id] ? [v.inventory.people[id]] : []));
  if (people.length < 2) return nothing;
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string): Id => idOfDomKey((form.elements.namedItem(name) as HTMLSelectElement).value);
    v.link(value('a'), value('b'));
  };
  const invalid = v.error ? 'true' : 'false';
  const choose = (name: 'a' | 'b', label: string, preselected: number): TemplateResult =>
    html`<select name=${name} aria-label=${label} aria-invalid=${invalid} aria-describedby="tie-error" @change=${() => v.clearError()}>
      ${people.map((p, i) => html`<option value=${domKey(p.id, v.presenting)} ?selected=${i === preselected}>${v.label(p)}</option>`)}
    </select>`;
  return html`<form part="add-tie" class="add add-tie" @submit=${submit}>
    <fieldset>
      <legend>${t.addTieLegend}</legend>
      ${choose('a', t.addTieFirst, 0)} ${choose('b', t.addTieSecond, 1)}
      <button type="submit">${t.addTieButton}</button>
    </fieldset>
    <p id="tie-error" class="error" role="alert">${v.error}</p>
  </form>`;
}

/** A tie's row in the table's shadow root, by the tie's id, whether the table is presenting (an opaque key) or not. */
export function tieRow(root: ParentNode, id: Id): HTMLTableRowElement | null {
  const find = (key: string) => root.querySelector<HTMLTableRowElement>(`tr[data-tie="${CSS.escape(key)}"]`);
  return find(domKey(id, true)) ?? find(id);
}
