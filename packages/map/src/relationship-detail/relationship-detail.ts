import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CATEGORIES,
  CLIENT_TIE_NOTES,
  CONFLICTS,
  CONTACT_FREQUENCIES,
  SUPPORTS,
  command,
  type Command,
  type Id,
  type Note,
  type Person,
  type PersonChanges,
  type TieChanges,
} from '@relmap/core';
import type { LabelMode } from '../labels.ts';
import { isNoteShown, labelFor, labelModeFor } from '../presenting-policy.ts';
import type { EditingSession } from '../session/editing-session.ts';
import { SessionBoundElement } from '../session-bound-element.ts';
import type { MapStrings } from '../strings.ts';
import { defaultDetailStrings, type DetailStrings } from './detail-strings.ts';
import type { DetailContext } from './detail-context.ts';
import { checkField, noteField, selectField, textField, type Choice, type FieldLabel } from './render-fields.ts';
import { renderEvents } from './render-events.ts';
import { renderFocus } from './render-focus.ts';
import { renderLinks } from './render-links.ts';
import { renderStatus } from './render-status.ts';
import { detailStyles } from './detail-styles.ts';

/**
 * The inventory row of one person, as a form beside a `<relationship-map>`: who they are, closeness, conflict,
 * support and contact, what is satisfying and unsatisfying, expectations both ways and whether they are met, and
 * what the client wants to change, each note with its sensitivity. It is bound to an editing session (`for` a map,
 * the `map` property, or the `session` property); every edit goes through the session, so it is one undoable step
 * and fires the map's `relmap-change`.
 *
 * When presenting (its own `presenting` attribute, or the session's), the name and every private note are left out of
 * the DOM, not hidden: a field that holds a private note is not rendered at all, so it cannot be overwritten from a
 * shared screen either. New notes are private by default, and shareable while presenting, where they are on
 * screen as they are typed.
 *
 * @summary The selected person's inventory row, editable by keyboard.
 *
 * @csspart form - The form.
 * @csspart heading - The person's label.
 */
export class RelationshipDetail extends SessionBoundElement {
  static override styles = [detailStyles];

  /** Whose row to show; by default the first person selected on the map. */
  @property({ attribute: 'person-id' }) personId: Id | undefined;

  /** Presenting on a shared screen: no name and no private note in the DOM. The map's `presenting` counts too. */
  @property({ type: Boolean, reflect: true }) presenting = false;

  /** Replaces any of the texts the panel shows. */
  @property({ attribute: false }) strings: Partial<DetailStrings> = {};

  /** Errors shown under fields whose last text was refused, by field id; they belong to `errorsOf`. */
  @state() private errors: ReadonlyMap<string, string> = new Map();
  private errorsOf: Id | undefined;
  private errorsPresenting = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const shown = this.person?.id;
    // Errors belong to one person, and to the policy they were written under: presenting starts with none.
    if (shown !== this.errorsOf || this.isPresenting !== this.errorsPresenting) {
      this.errorsOf = shown;
      this.errorsPresenting = this.isPresenting;
      if (this.errors.size > 0) this.errors = new Map();
    }
  }

  /** Whether private notes are left out: this panel or its session is presenting. */
  get isPresenting(): boolean {
    return this.presenting || (this.binding.session?.presenting ?? false);
  }

  private get text(): DetailStrings {
    return { ...defaultDetailStrings, ...this.strings };
  }

  private get person(): Person | undefined {
    const session = this.binding.session;
    const inv = session?.inventory;
    const id = this.personId ?? session?.selection[0];
    return inv && id ? inv.people[id] : undefined;
  }

  private setError(fieldId: string, message: string | undefined): void {
    if (this.errors.get(fieldId) === message) return;
    const next = new Map(this.errors);
    if (message === undefined) next.delete(fieldId);
    else next.set(fieldId, message);
    this.errors = next;
  }

  private focusAfterUpdate(id: string): void {
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(id)?.focus());
  }

  private context(session: EditingSession, person: Person, mode: LabelMode, mapText: MapStrings, note: DetailContext['note']): DetailContext {
    const inventory = session.inventory;
    return {
      person,
      inventory,
      text: this.text,
      mapText,
      mode,
      presenting: this.isPresenting,
      disabled: session.readonly,
      dispatch: (cmd: Command) => session.dispatch(cmd),
      current: () => session.inventory,
      label: (id: Id) => {
        const p = inventory.people[id];
        return p ? labelFor(inventory.people, p, mode, mapText) : '?';
      },
      note,
      error: (fieldId) => this.errors.get(fieldId),
      setError: (fieldId, message) => this.setError(fieldId, message),
      element: <T extends HTMLElement>(id: string) => (this.shadowRoot?.getElementById(id) as T | null) ?? null,
      focusAfterUpdate: (id) => this.focusAfterUpdate(id),
    };
  }

  protected override render(): TemplateResult {
    const person = this.person;
    const map = this.binding.session;
    const t = this.text;
    // Blanking the session blanks every element bound to it: nothing of the inventory stays in the DOM (S8).
    if (map?.blanked) return html`<p class="empty" part="empty blanked">${t.blanked}</p>`;
    if (!person || !map) return html`<p class="empty" part="empty">${t.empty}</p>`;
    // The panel's own `presenting` may add to the session's, so the policy is asked with both.
    const presenting = this.isPresenting;
    const mode: LabelMode = labelModeFor(map.labelMode, presenting);
    const mapText = map.text;
    const disabled = map.readonly;
    const tie = person.tie;
    const inv = map.inventory;
    const id = (field: string): string => `f-${field}`;
    const updatePerson = (changes: PersonChanges): void => void map.dispatch(command('updatePerson', { id: person.id, changes }));
    const updateTie = (changes: TieChanges): void => void map.dispatch(command('updateTie', { id: person.id, changes }));
    const optional = <T extends string>(v: string): T | null => (v === '' ? null : (v as T));
    const notSet: Choice = { value: '', label: t.notSet };
    const shown = (note: Note | undefined): boolean => isNoteShown(note, presenting);
    const noteById: DetailContext['note'] = (fieldId, label, value, onChange) =>
      shown(value)
        ? noteField({
            id: fieldId,
            label,
            privateLabel: t.private,
            privateName: t.privateOf(typeof label === 'string' ? label : label.name),
            note: value,
            newSensitivity: presenting ? 'shareable' : 'private',
            disabled,
            onChange,
          })
        : nothing;
    const note = (key: string, label: FieldLabel, value: Note | undefined, onChange: (n: Note | null) => void): TemplateResult | typeof nothing =>
      noteById(id(key), label, value, onChange);
    const heading = labelFor(map.inventory.people, person, mode, mapText);
    const ctx = this.context(map, person, mode, mapText, noteById);
    return html`<form part="form" aria-label=${`${t.panelLabel}: ${heading}`} @submit=${(e: Event) => e.preventDefault()}>
      <h2 part="heading">${heading}<span class="role">${mode === 'role' ? '' : (person.role ?? mapText.category[person.category])}</span></h2>
      <fieldset>
        <legend>${t.who}</legend>
        ${presenting ? nothing : textField(id('name'), t.name, person.name, (v) => v.trim() && updatePerson({ name: v }), disabled)}
        ${textField(id('alias'), t.alias, person.alias ?? '', (v) => updatePerson({ alias: v.trim() || null }), disabled)}
        ${textField(id('initials'), t.initials, person.initials ?? '', (v) => updatePerson({ initials: v.trim() || null }), disabled)}
        ${textField(id('role'), t.role, person.role ?? '', (v) => updatePerson({ role: v.trim() || null }), disabled)}
        ${selectField(
          id('category'),
          t.category,
          person.category,
          CATEGORIES.map((c) => ({ value: c, label: mapText.category[c] })),
          (v) => updatePerson({ category: v as Person['category'] }),
          disabled,
        )}
        ${note('notes', t.notes, person.notes, (n) => updatePerson({ notes: n }))}
      </fieldset>
      ${renderStatus(ctx)}
      <fieldset>
        <legend>${t.relationship}</legend>
        ${selectField(
          id('ring'),
          t.ring,
          String(tie.ring),
          inv.settings.ringLabels.map((l, i) => ({ value: String(i + 1), label: mapText.ring(i + 1, l) })),
          (v) => updateTie({ ring: Number(v) }),
          disabled,
        )}
        ${selectField(
          id('conflict'),
          t.conflict,
          tie.conflict,
          CONFLICTS.map((c) => ({ value: c, label: mapText.conflict[c] })),
          (v) => updateTie({ conflict: v as Person['tie']['conflict'] }),
          disabled,
        )}
        ${selectField(
          id('support'),
          t.support,
          tie.support,
          SUPPORTS.map((s) => ({ value: s, label: mapText.support[s] })),
          (v) => updateTie({ support: v as Person['tie']['support'] }),
          disabled,
        )}
        ${selectField(id('supportDirection'), t.supportDirection, tie.supportDirection ?? '', [notSet, ...(['to-client', 'from-client', 'mutual'] as const).map((d) => ({ value: d, label: t.direction[d] }))], (v) => updateTie({ supportDirection: optional(v) }), disabled)}
        ${selectField(id('contact'), t.contact, tie.contact ?? '', [notSet, ...CONTACT_FREQUENCIES.map((f) => ({ value: f, label: t.frequency[f] }))], (v) => updateTie({ contact: optional(v) }), disabled)}
        ${selectField(id('knowsAboutDepression'), t.knowsAboutDepression, tie.knowsAboutDepression ?? '', [notSet, ...(['yes', 'no', 'unknown'] as const).map((k) => ({ value: k, label: t.yesNo[k] }))], (v) => updateTie({ knowsAboutDepression: optional(v) }), disabled)}
        ${checkField(id('ended'), t.ended, tie.ended === true, (ended) => updateTie({ ended }), disabled)}
      </fieldset>
      <fieldset>
        <legend>${t.inventoryRow}</legend>
        ${CLIENT_TIE_NOTES.map((key) => note(key, t.noteField[key], tie[key], (n) => updateTie({ [key]: n })))}
        ${selectField(id('expectationsMet'), t.expectationsMet, tie.expectationsMet ?? '', [notSet, ...(['yes', 'partly', 'no', 'unknown'] as const).map((m) => ({ value: m, label: t.met[m] }))], (v) => updateTie({ expectationsMet: optional(v) }), disabled)}
      </fieldset>
      ${renderLinks(ctx)} ${renderEvents(ctx)} ${renderFocus(ctx)}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relationship-detail': RelationshipDetail;
  }
}
