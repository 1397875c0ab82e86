import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Command } from '@relmap/core';
import { presentingPolicy, type PresentingPolicy } from '../presenting-policy.ts';
import type { EditingSession } from '../session/editing-session.ts';
import type { SessionEvent } from '../session/session-events.ts';
import { SessionBoundElement } from '../session-bound-element.ts';
import { goalsOf, type EditOptions, type GoalsContext } from './goals-context.ts';
import { defaultGoalsStrings, type GoalsStrings } from './goals-strings.ts';
import { goalsStyles } from './goals-styles.ts';
import { ADD_PRIVATE, ADD_WORDING, renderAddGoal } from './render-add.ts';
import { renderGoal } from './render-goal.ts';

const TITLE_ID = 'goals-title';

/**
 * The treatment goals agreed with the client, beside a `<relationship-map>`: each goal's wording, whether the client
 * agreed to it and when, the focus it serves, the people it concerns, its latest progress in words and its dated
 * reviews. Each goal's "Edit" disclosure changes its wording and sensitivity, focus, people and agreement, and
 * records, edits and removes reviews; under the list a goal is added. Every edit goes through the bound editing
 * session as one undoable step, which a host may refuse (`relmap-change` on the map).
 *
 * While presenting (its own `presenting` attribute, or the session's) a private wording shows as "A private goal"
 * and a private review note is left out of the DOM, not hidden; people are labelled in the mode in force. A
 * read-only session shows the goals without controls; a blanked one, nothing of the inventory.
 *
 * Bind it with the `for` attribute (the id of a map in the same document or shadow root), the `map` property, or the
 * `session` property.
 *
 * @summary The treatment goals agreed with the client, their reviews, editable by keyboard.
 *
 * @csspart list - The list of goals.
 * @csspart empty - The empty state.
 * @csspart blanked - What shows while the map is blanked.
 *
 * @cssproperty --relmap-background - Background.
 * @cssproperty --relmap-foreground - Text colour.
 * @cssproperty --relmap-muted-foreground - Secondary text.
 * @cssproperty --relmap-surface - Background of goals and fields.
 * @cssproperty --relmap-border-color - Borders.
 * @cssproperty --relmap-accent - The progress steps reached.
 * @cssproperty --relmap-focus-color - Keyboard focus.
 * @cssproperty --relmap-private-color - The mark of a private note's field.
 * @cssproperty --relmap-conflict - Errors and remove buttons.
 * @cssproperty --relmap-font-family - Font.
 * @cssproperty --relmap-font-size - Base font size.
 */
export class RelationshipGoals extends SessionBoundElement {
  static override styles = goalsStyles;

  /** Presenting on a shared screen: no private wording or review note in the DOM. The session's counts too. */
  @property({ type: Boolean, reflect: true }) presenting = false;

  /** The colour theme: `light` or `dark`. */
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  /** Replaces any of the texts the element shows or speaks. */
  @property({ attribute: false }) strings: Partial<GoalsStrings> = {};

  /** Errors shown under fields whose last text was refused, by field id. */
  @state() private errors: ReadonlyMap<string, string> = new Map();
  /** What the last edit did, announced politely. */
  @state() private status = '';
  private errorsPresenting = false;
  /** The field an edit being dispatched came from, to show the session's error under it. */
  private pending: EditOptions | undefined;
  /** Server-rendered: the first browser render repeats the unbound frame, which Lit hydrates (as the timeline does). */
  private hydrating: boolean;

  constructor() {
    super();
    this.hydrating = this.shadowRoot != null;
  }

  protected override firstUpdated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    this.requestUpdate();
  }

  /** Whether private texts are left out: this element or its session is presenting. */
  get isPresenting(): boolean {
    return this.presenting || (this.binding.session?.presenting ?? false);
  }

  private get text(): GoalsStrings {
    return { ...defaultGoalsStrings, ...this.strings };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Messages belong to the policy they were written under (session S7): presenting starts with none.
    if (this.isPresenting !== this.errorsPresenting) {
      this.errorsPresenting = this.isPresenting;
      if (this.errors.size > 0) this.errors = new Map();
      this.status = '';
      this.clearDrafts(this.isPresenting);
    }
  }

  /**
   * Empties what was typed for a goal or review not added yet, and sets its "Private" box to the default of the new
   * policy: words typed privately before the screen was shared must not appear on it as a field's value.
   */
  private clearDrafts(presenting: boolean): void {
    const root = this.shadowRoot;
    if (!root) return;
    for (const field of root.querySelectorAll<HTMLTextAreaElement>(`#${ADD_WORDING}, textarea[id$="-new-note"]`)) field.value = '';
    for (const box of root.querySelectorAll<HTMLInputElement>(`#${ADD_PRIVATE}, input[id$="-new-private"]`)) box.checked = !presenting;
  }

  protected override sessionBound(_session: EditingSession | undefined): void {
    this.errors = new Map();
    this.status = '';
  }

  protected override sessionEvent(event: SessionEvent): void {
    const field = this.pending?.field;
    if (event.type !== 'error' || field === undefined) return;
    const t = this.text;
    this.setError(field, event.error.code === 'duplicate' ? t.duplicateDate(this.typedDate(field)) : t.refused);
  }

  private typedDate(field: string): string {
    const typed = (this.shadowRoot?.getElementById(field) as HTMLInputElement | null)?.value.trim() ?? '';
    return typed ? this.text.dateInWords(typed) : '';
  }

  private setError(fieldId: string, message: string | undefined): void {
    if (this.errors.get(fieldId) === message) return;
    const next = new Map(this.errors);
    if (message === undefined) next.delete(fieldId);
    else next.set(fieldId, message);
    this.errors = next;
  }

  private dispatch(session: EditingSession, cmd: Command, options: EditOptions = {}): boolean {
    this.pending = options;
    let applied: boolean;
    try {
      applied = session.dispatch(cmd);
    } finally {
      this.pending = undefined;
    }
    if (applied && options.field !== undefined) this.setError(options.field, undefined);
    // A refused edit saves nothing; a field that kept what was typed shows the stored value again.
    if (!applied) options.restore?.();
    return applied;
  }

  private policyFor(session: EditingSession): PresentingPolicy {
    // The element's own `presenting` may add to the session's; otherwise the session's policy is the one in force.
    if (session.presenting || !this.presenting) return session.policy;
    return presentingPolicy(session.inventory.people, session.labelMode, true, session.text);
  }

  private context(session: EditingSession): GoalsContext {
    return {
      inventory: session.inventory,
      text: this.text,
      mapText: session.text,
      policy: this.policyFor(session),
      dispatch: (cmd, options) => this.dispatch(session, cmd, options),
      current: () => session.inventory,
      error: (id) => this.errors.get(id),
      setError: (id, message) => this.setError(id, message),
      element: <T extends HTMLElement>(id: string) => (this.shadowRoot?.getElementById(id) as T | null) ?? null,
      focusAfterUpdate: (id) => void this.updateComplete.then(() => this.shadowRoot?.getElementById(id)?.focus()),
      say: (message) => (this.status = message),
    };
  }

  protected override render(): TemplateResult {
    const session = this.binding.session;
    const t = this.text;
    if (!session || this.hydrating) return html`<p class="message">${t.unbound}</p>`;
    // Blanking the session blanks every element bound to it: nothing of the inventory stays in the DOM (S8).
    if (session.blanked) return html`<p class="message" part="blanked">${t.blanked}</p>`;
    const ctx = this.context(session);
    const editable = !session.readonly;
    const goals = goalsOf(ctx.inventory);
    return html`<section class="base" aria-labelledby=${TITLE_ID}>
      <h2 id=${TITLE_ID}>${t.title}</h2>
      ${
        goals.length === 0
          ? html`<div class="empty" part="empty"><p>${t.empty}</p>${editable ? html`<p class="hint">${t.emptyHint}</p>` : nothing}</div>`
          : html`<ol class="goals" part="list">${repeat(
              goals,
              (g) => g.id,
              (g, i) => renderGoal(ctx, g, i + 1, editable),
            )}</ol>`
      }
      ${editable ? renderAddGoal(ctx) : nothing}
      <p class="status" role="status">${this.status}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relationship-goals': RelationshipGoals;
  }
}
