import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  PROBLEM_AREAS,
  command,
  newId,
  type DisputeStage,
  type Focus,
  type Id,
  type Inventory,
  type Note,
  type ProblemArea,
  type SetFocusArgs,
} from '@relmap/core';
import { labelsIn, type DetailContext } from './detail-context.ts';
import { domKey, idOfDomKey } from '../presenting-policy.ts';
import { checkField, checkGroup, removeButton, selectField, textField, type Choice } from './render-fields.ts';

const ADD_FOCUS = 'f-add-focus';
const STAGES: readonly DisputeStage[] = ['renegotiation', 'impasse', 'dissolution'];

/** The focus entries that concern this person, in the order they were set. */
export function focusOf(ctx: DetailContext): Focus[] {
  return Object.values(ctx.inventory.focus).filter((f) => f.people.includes(ctx.person.id));
}

/** Changes to one focus; `null` removes an optional field. */
export interface FocusChanges {
  readonly primary?: boolean;
  readonly people?: readonly Id[];
  readonly events?: readonly Id[];
  readonly disputeStage?: DisputeStage | null;
  readonly transitionFrom?: string | null;
  readonly transitionTo?: string | null;
  readonly note?: Note | null;
}

/**
 * `setFocus` replaces a focus whole, so an edit restates everything the focus holds (its note, events and other
 * people included) with the changed fields on top.
 */
export function restateFocus(focus: Focus, changes: FocusChanges): SetFocusArgs {
  const pick = <K extends 'disputeStage' | 'transitionFrom' | 'transitionTo' | 'note'>(key: K): Partial<Pick<SetFocusArgs, K>> => {
    const value = changes[key] === undefined ? focus[key] : (changes[key] ?? undefined);
    return value === undefined ? {} : ({ [key]: value } as Partial<Pick<SetFocusArgs, K>>);
  };
  return {
    id: focus.id,
    area: focus.area,
    primary: changes.primary ?? focus.primary,
    people: changes.people ?? focus.people,
    events: changes.events ?? focus.events,
    ...pick('disputeStage'),
    ...pick('transitionFrom'),
    ...pick('transitionTo'),
    ...pick('note'),
  };
}

/** An id for a new focus: an opaque one (core SPEC M12), not yet taken. */
export function newFocusId(inventory: Inventory): Id {
  return newId('focus', (id) => Object.hasOwn(inventory.focus, id));
}

/**
 * The IPT focus entries that concern the person shown, each a group saying its problem area, whether it is the
 * primary focus, for a role dispute its stage, for a role transition the old and the new role, the clinician's
 * formulation (a note, left out while presenting when private), one box per life event of the inventory, ticked
 * when the focus concerns it, and a button that takes this person out of it (all `setFocus`, keeping the rest of
 * the focus), and one that removes the focus for everyone (`removeFocus`); then a group that adds them to another
 * focus or starts a focus for a problem area that has none. A focus that concerns no one else offers only its
 * removal, so that the panel never leaves a focus without people, which no panel would show.
 */
export function renderFocus(ctx: DetailContext): TemplateResult {
  const t = ctx.text;
  const focus = focusOf(ctx);
  return html`<section class="focus" aria-labelledby="h-focus">
    <h3 id="h-focus">${t.focus}</h3>
    ${focus.length === 0 ? html`<p class="none">${t.noFocus}</p>` : nothing}
    ${repeat(
      focus,
      (f) => f.id,
      (f) => renderOneFocus(ctx, f),
    )}
    ${renderAddToFocus(ctx)}
  </section>`;
}

function renderOneFocus(ctx: DetailContext, focus: Focus): TemplateResult {
  const { person, text: t, disabled } = ctx;
  const id = (field: string): string => `f-focus-${domKey(focus.id, ctx.presenting)}-${field}`;
  const legend = t.areas[focus.area];
  const l = labelsIn(ctx, legend);
  // Read from the map, not the render: a text field commits on blur, possibly just before another edit of this focus.
  const set = (changes: FocusChanges): boolean => {
    const now = ctx.current().focus[focus.id];
    return now !== undefined && ctx.dispatch(command('setFocus', restateFocus(now, changes)));
  };
  // The focus leaves this panel, so keyboard focus goes to where it can be joined again.
  const leave = (): void => {
    if (set({ people: focus.people.filter((p) => p !== person.id) })) ctx.focusAfterUpdate(ADD_FOCUS);
  };
  const remove = (): void => {
    if (ctx.dispatch(command('removeFocus', { id: focus.id }))) ctx.focusAfterUpdate(ADD_FOCUS);
  };
  const role = (key: 'transitionFrom' | 'transitionTo'): TemplateResult =>
    textField(id(key), l(t[key]), focus[key] ?? '', (v) => void set({ [key]: v.trim() || null }), disabled);
  const stages: Choice[] = [{ value: '', label: t.notSet }, ...STAGES.map((s) => ({ value: s, label: t.stages[s] }))];
  // A label may name people, which a shared screen shows by initials only: there, kind and date name the event.
  const events: Choice[] = Object.values(ctx.inventory.events).map((e) => ({
    value: e.id,
    key: domKey(e.id, ctx.presenting),
    label: t.eventChoice(t.eventLegend(t.eventKinds[e.kind], e.date), ctx.presenting ? undefined : e.label.text),
  }));
  return html`<fieldset class="item">
    <legend>${legend}</legend>
    ${checkField(id('primary'), l(t.primaryFocus), focus.primary, (primary) => void set({ primary }), disabled)}
    ${
      focus.area === 'role-dispute'
        ? selectField(
            id('stage'),
            l(t.disputeStage),
            focus.disputeStage ?? '',
            stages,
            (v) => void set({ disputeStage: v === '' ? null : (v as DisputeStage) }),
            disabled,
          )
        : nothing
    }
    ${focus.area === 'role-transition' ? [role('transitionFrom'), role('transitionTo')] : nothing}
    ${ctx.note(id('note'), l(t.focusNote), focus.note, (note) => void set({ note }))}
    ${
      events.length === 0
        ? nothing
        : checkGroup(
            id('event'),
            t.focusEvents,
            events,
            l,
            focus.events,
            () => ctx.current().focus[focus.id]?.events ?? focus.events,
            (events) => void set({ events }),
            disabled,
          )
    }
    ${focus.people.some((p) => p !== person.id) ? removeButton(id('leave'), l(t.removeFromFocus(ctx.label(person.id))), disabled, leave) : nothing}
    ${removeButton(id('remove'), l(t.removeFocus), disabled, remove)}
  </fieldset>`;
}

function renderAddToFocus(ctx: DetailContext): TemplateResult {
  const { person, inventory, text: t, disabled } = ctx;
  const all = Object.values(inventory.focus);
  const join: Choice[] = all
    .filter((f) => !f.people.includes(person.id))
    .map((f) => ({ value: `focus:${domKey(f.id, ctx.presenting)}`, label: t.areas[f.area] }));
  const start: Choice[] = PROBLEM_AREAS.filter((a) => !all.some((f) => f.area === a)).map((a) => ({ value: `area:${a}`, label: t.newFocus(t.areas[a]) }));
  const choices = [...join, ...start];
  if (choices.length === 0) return html``;
  const add = (): void => {
    const [kind, value] = (ctx.element<HTMLSelectElement>(ADD_FOCUS)?.value ?? '').split(/:(.*)/s) as [string, string | undefined];
    if (!value) return;
    const existing = kind === 'focus' ? inventory.focus[idOfDomKey(value)] : undefined;
    const args: SetFocusArgs = existing
      ? restateFocus(existing, { people: [...existing.people, person.id] })
      : { id: newFocusId(inventory), area: value as ProblemArea, people: [person.id] };
    if (ctx.dispatch(command('setFocus', args))) ctx.focusAfterUpdate(`f-focus-${domKey(args.id!, ctx.presenting)}-primary`);
  };
  return html`<fieldset class="add">
    <legend>${t.addToFocus}</legend>
    ${selectField(ADD_FOCUS, labelsIn(ctx, t.addToFocus)(t.focusChoice), choices[0]!.value, choices, () => undefined, disabled, false)}
    <button type="button" ?disabled=${disabled} @click=${add}>${t.addToFocusButton}</button>
  </fieldset>`;
}
