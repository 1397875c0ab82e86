import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { EVENT_KINDS, command, type EventKind, type LifeEvent, type UpdateEventArgs } from '@relmap/core';
import { commitDate, labelsIn, readDate, type DetailContext } from './detail-context.ts';
import { domKey } from '../presenting-policy.ts';
import { checkGroup, dateField, removeButton, selectField } from './render-fields.ts';

const NEW = {
  kind: 'f-new-event-kind',
  label: 'f-new-event-label',
  private: 'f-new-event-private',
  date: 'f-new-event-date',
} as const;
const NEW_KIND: EventKind = 'other';

/** The life events that concern this person, in the order they were recorded. */
export function eventsOf(ctx: DetailContext): LifeEvent[] {
  return Object.values(ctx.inventory.events).filter((e) => e.people.includes(ctx.person.id));
}

/**
 * The life events that concern the person shown, each a group with its kind, date, label and the other people it
 * concerns (`updateEvent`), a button that takes the person shown out of it when it concerns others too, and a
 * button that removes it (`removeEvent`), then a group that records a new one concerning this person
 * (`recordEvent`). While presenting, a private label is left out; the kind and date stay.
 */
export function renderEvents(ctx: DetailContext): TemplateResult {
  const t = ctx.text;
  const events = eventsOf(ctx);
  return html`<section class="events" aria-labelledby="h-events">
    <h3 id="h-events">${t.events}</h3>
    ${events.length === 0 ? html`<p class="none">${t.noEvents}</p>` : nothing}
    ${repeat(
      events,
      (e) => e.id,
      (e) => renderEvent(ctx, e),
    )}
    ${renderRecordEvent(ctx)}
  </section>`;
}

function renderEvent(ctx: DetailContext, event: LifeEvent): TemplateResult {
  const { text: t, disabled } = ctx;
  const id = (field: string): string => `f-event-${domKey(event.id, ctx.presenting)}-${field}`;
  const update = (changes: UpdateEventArgs['changes']): boolean => ctx.dispatch(command('updateEvent', { id: event.id, changes }));
  const legend = t.eventLegend(t.eventKinds[event.kind], event.date);
  const l = labelsIn(ctx, legend);
  const me = ctx.person.id;
  // The panel is about this person, so the event leaves it: focus goes where the next event would be recorded.
  const remove = (): void => {
    if (ctx.dispatch(command('removeEvent', { id: event.id }))) ctx.focusAfterUpdate(NEW.kind);
  };
  const leave = (): void => {
    if (update({ people: event.people.filter((p) => p !== me) })) ctx.focusAfterUpdate(NEW.kind);
  };
  return html`<fieldset class="item">
    <legend>${legend}</legend>
    ${selectField(
      id('kind'),
      l(t.eventKind),
      event.kind,
      EVENT_KINDS.map((k) => ({ value: k, label: t.eventKinds[k] })),
      (v) => update({ kind: v as EventKind }),
      disabled,
    )}
    ${dateField({
      id: id('date'),
      label: l(t.eventDate),
      hint: t.dateHint,
      value: event.date ?? '',
      error: ctx.error(id('date')),
      disabled,
      onChange: (typed) =>
        commitDate(ctx, id('date'), typed, (date) => {
          if (date !== (event.date ?? null)) update({ date });
        }),
    })}
    ${ctx.note(id('label'), l(t.eventLabel), event.label, (label) => {
      if (label) return update({ label });
      // An event keeps a label: an emptied field gets its text back rather than saving nothing.
      const field = ctx.element<HTMLTextAreaElement>(id('label'));
      if (field) field.value = event.label.text;
    })}
    ${checkGroup(
      id('person'),
      t.eventPeople,
      // Not the person shown: they leave only by a button, which no event concerning only them offers.
      Object.keys(ctx.inventory.people)
        .filter((p) => p !== me)
        .map((p) => ({ value: p, key: domKey(p, ctx.presenting), label: ctx.label(p) })),
      l,
      event.people,
      () => ctx.current().events[event.id]?.people ?? event.people,
      (people) => void update({ people }),
      disabled,
    )}
    ${event.people.some((p) => p !== me) ? removeButton(id('leave'), l(t.removeFromEvent(ctx.label(me))), disabled, leave) : nothing}
    ${removeButton(id('remove'), l(t.removeEvent), disabled, remove)}
  </fieldset>`;
}

function renderRecordEvent(ctx: DetailContext): TemplateResult {
  const { text: t, disabled, presenting } = ctx;
  const labelError = ctx.error(NEW.label);
  const l = labelsIn(ctx, t.recordEvent);
  const labelName = l(t.eventLabel).name;
  const record = (): void => {
    const kind = ctx.element<HTMLSelectElement>(NEW.kind);
    const label = ctx.element<HTMLTextAreaElement>(NEW.label);
    const box = ctx.element<HTMLInputElement>(NEW.private);
    const date = ctx.element<HTMLInputElement>(NEW.date);
    if (!kind || !label || !box || !date) return;
    const when = readDate(date.value);
    const text = label.value.trim();
    ctx.setError(NEW.date, when.kind === 'invalid' ? t.invalidDate(date.value.trim()) : undefined);
    ctx.setError(NEW.label, text ? undefined : t.eventLabelMissing);
    if (when.kind === 'invalid' || !text) return;
    const applied = ctx.dispatch(
      command('recordEvent', {
        kind: kind.value as EventKind,
        label: { text, sensitivity: box.checked ? 'private' : 'shareable' },
        people: [ctx.person.id],
        ...(when.kind === 'date' ? { date: when.date } : {}),
      }),
    );
    if (!applied) return;
    kind.value = NEW_KIND;
    label.value = '';
    date.value = '';
    box.checked = !presenting;
  };
  return html`<fieldset class="add">
    <legend>${t.recordEvent}</legend>
    ${selectField(
      NEW.kind,
      l(t.eventKind),
      NEW_KIND,
      EVENT_KINDS.map((k) => ({ value: k, label: t.eventKinds[k] })),
      () => undefined,
      disabled,
      false,
    )}
    <div class="note">
      <label for=${NEW.label}>${t.eventLabel}</label>
      <textarea id=${NEW.label} aria-label=${labelName} rows="2" ?readonly=${disabled} aria-invalid=${labelError ? 'true' : 'false'}
        aria-describedby=${labelError ? `${NEW.label}-error` : nothing}></textarea>
      ${labelError ? html`<span class="error" id=${`${NEW.label}-error`} role="alert">${labelError}</span>` : nothing}
      <label class="sensitivity"><input type="checkbox" id=${NEW.private} aria-label=${t.privateOf(labelName)} ?checked=${!presenting} ?disabled=${disabled} />${t.private}</label>
    </div>
    ${dateField({
      id: NEW.date,
      label: l(t.eventDate),
      hint: t.dateHint,
      value: '',
      error: ctx.error(NEW.date),
      disabled,
      onChange: (typed) => ctx.setError(NEW.date, readDate(typed).kind === 'invalid' ? t.invalidDate(typed) : undefined),
    })}
    <button type="button" ?disabled=${disabled} @click=${record}>${t.recordEventButton}</button>
  </fieldset>`;
}
