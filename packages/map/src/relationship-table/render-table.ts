import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  CATEGORIES,
  CONFLICTS,
  CONTACT_FREQUENCIES,
  SUPPORTS,
  type Category,
  type Command,
  type ContactFrequency,
  type Conflict,
  type Id,
  type Inventory,
  type Person,
  type Support,
} from '@relmap/core';
import { domKey, isNoteShown } from '../presenting-policy.ts';
import type { MapStrings } from '../strings.ts';
import type { SortKey, SortState } from './sort-rows.ts';
import { checkbox, select } from './table-controls.ts';
import type { TableStrings } from './table-strings.ts';

/** Everything the table's template needs: the data, the words, and what to do on an edit. */
export interface TableView {
  readonly inventory: Inventory;
  readonly order: readonly Id[];
  readonly sort: SortState | undefined;
  readonly editable: boolean;
  /** Presenting on a shared screen: private notes stay out of the DOM, names follow the map's label mode. */
  readonly presenting: boolean;
  readonly label: (p: Person) => string;
  readonly text: TableStrings;
  readonly mapText: MapStrings;
  edit(cmd: Command): void;
  sortBy(key: SortKey): void;
  add(name: string, ring: number, input: HTMLInputElement): void;
}

const SORTABLE: readonly SortKey[] = ['name', 'ring', 'conflict', 'support', 'contact'];

/** The table: a caption, sortable column headers, one row per person, and the form that adds a person. */
export function renderTable(v: TableView): TemplateResult {
  const t = v.text;
  const header = (key: SortKey | 'category' | 'notes' | 'deceased' | 'actions'): TemplateResult => {
    const title = t[key];
    if (!SORTABLE.includes(key as SortKey)) return html`<th scope="col">${title}</th>`;
    const sorted = v.sort?.key === key ? v.sort.direction : undefined;
    const arrow = sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '';
    return html`<th scope="col" aria-sort=${sorted ?? 'none'}>
      <button type="button" class="sort" @click=${() => v.sortBy(key as SortKey)}>
        ${title}<span class="arrow" aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  };
  const people = v.order.flatMap((id) => (v.inventory.people[id] ? [v.inventory.people[id]] : []));
  // The wrapper scrolls sideways on a narrow screen (or at 200% zoom), so that the page itself never has to.
  return html`<div class="scroll" role="region" aria-labelledby="people-caption">
      <table part="table">
        <caption id="people-caption">${t.caption}</caption>
        <thead>
          <tr>
            ${header('name')}${header('category')}${header('ring')}${header('conflict')}${header('support')}${header('contact')}${header('notes')}
            ${header('deceased')}${v.editable ? header('actions') : nothing}
          </tr>
        </thead>
        <tbody>
          ${
            people.length === 0
              ? html`<tr class="empty"><td colspan=${v.editable ? 9 : 8}>${t.empty}</td></tr>`
              : repeat(
                  people,
                  (p) => p.id,
                  (p) => renderRow(v, p),
                )
          }
        </tbody>
      </table>
    </div>
    ${v.editable ? renderAdd(v) : nothing}`;
}

function renderRow(v: TableView, p: Person): TemplateResult {
  const t = v.text;
  const who = v.label(p);
  const id = p.id;
  const disabled = !v.editable;
  const cell = (column: string): string => t.cellLabel(column, who);
  const nameCell =
    v.editable && !v.presenting
      ? html`<input
          class="name"
          aria-label=${cell(t.name)}
          .value=${live(p.name)}
          @change=${(e: Event) => {
            const value = (e.target as HTMLInputElement).value.trim();
            if (value && value !== p.name) v.edit({ name: 'updatePerson', args: { id, changes: { name: value } } });
            else (e.target as HTMLInputElement).value = p.name;
          }}
        />`
      : who;
  const notes = p.notes;
  const notesCell = !isNoteShown(notes, v.presenting)
    ? html`<span class="private">${t.privateNote}</span>`
    : disabled || v.presenting
      ? (notes?.text ?? '')
      : html`<input
            class="notes"
            aria-label=${cell(t.notes)}
            .value=${live(notes?.text ?? '')}
            @change=${(e: Event) => {
              const text = (e.target as HTMLInputElement).value.trim();
              // A new note is private until the clinician says otherwise: nothing reaches a shared screen by accident.
              const next = text ? { text, sensitivity: notes?.sensitivity ?? ('private' as const) } : null;
              if ((next?.text ?? '') !== (notes?.text ?? '')) v.edit({ name: 'updatePerson', args: { id, changes: { notes: next } } });
            }}
          />`;
  return html`<tr data-id=${domKey(id, v.presenting)}>
    <th scope="row">${nameCell}</th>
    <td>
      ${select(
        cell(t.category),
        p.category,
        CATEGORIES.map((c) => [c, v.mapText.category[c]] as const),
        disabled || v.presenting,
        (value) => v.edit({ name: 'updatePerson', args: { id, changes: { category: value as Category } } }),
      )}
    </td>
    <td>
      ${select(
        cell(t.ring),
        String(p.tie.ring),
        v.inventory.settings.ringLabels.map((l, i) => [String(i + 1), l] as const),
        disabled,
        (value) => v.edit({ name: 'setCloseness', args: { id, ring: Number(value) } }),
      )}
    </td>
    <td>
      ${select(
        cell(t.conflict),
        p.tie.conflict,
        CONFLICTS.map((c) => [c, v.mapText.conflict[c]] as const),
        disabled,
        (value) => v.edit({ name: 'setConflict', args: { id, conflict: value as Conflict } }),
      )}
    </td>
    <td>
      ${select(
        cell(t.support),
        p.tie.support,
        SUPPORTS.map((s) => [s, v.mapText.support[s]] as const),
        disabled,
        (value) => v.edit({ name: 'setSupport', args: { id, support: value as Support } }),
      )}
    </td>
    <td>
      ${select(
        cell(t.contact),
        p.tie.contact ?? '',
        [['', t.noContact] as const, ...CONTACT_FREQUENCIES.map((c) => [c, t.contactFrequency[c]] as const)],
        disabled,
        (value) => v.edit({ name: 'updateTie', args: { id, changes: { contact: value === '' ? null : (value as ContactFrequency) } } }),
      )}
    </td>
    <td>${notesCell}</td>
    <td>
      ${checkbox('deceased', cell(t.deceased), p.status === 'deceased', disabled, (checked) =>
        v.edit(checked ? { name: 'markDeceased', args: { id } } : { name: 'markLiving', args: { id } }),
      )}
    </td>
    ${
      v.editable
        ? html`<td><button type="button" class="remove" aria-label=${cell(t.remove)} @click=${() => v.edit({ name: 'removePerson', args: { id } })}>${t.remove}</button></td>`
        : nothing
    }
  </tr>`;
}

function renderAdd(v: TableView): TemplateResult {
  const t = v.text;
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const input = form.elements.namedItem('name') as HTMLInputElement;
    const ring = Number((form.elements.namedItem('ring') as HTMLSelectElement).value);
    if (input.value.trim()) v.add(input.value.trim(), ring, input);
  };
  const rings = v.inventory.settings.ringLabels;
  return html`<form part="add" class="add" @submit=${submit}>
    <fieldset>
      <legend>${t.addLegend}</legend>
      <input name="name" autocomplete="off" aria-label=${t.addName} placeholder=${t.addName} />
      <select name="ring" aria-label=${t.addRing}>
        ${rings.map((l, i) => html`<option value=${i + 1} ?selected=${i + 1 === rings.length}>${l}</option>`)}
      </select>
      <button type="submit">${t.addButton}</button>
    </fieldset>
  </form>`;
}
