import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { GOAL_PROGRESS, command, latestReview, type Goal, type GoalProgress, type GoalReview, type GoalReviewChanges } from '@relmap/core';
import { readDate } from '../relationship-detail/detail-context.ts';
import { dateField, noteField, removeButton, selectField } from '../relationship-detail/render-fields.ts';
import { fieldId, labelsIn, reviewsOf, type GoalsContext } from './goals-context.ts';

/** The ids of the controls that record a review of a goal. */
export function newReviewIds(ctx: GoalsContext, goal: string): { date: string; progress: string; note: string; private: string } {
  const id = (field: string): string => fieldId(ctx, goal, field);
  return { date: id('new-date'), progress: id('new-progress'), note: id('new-note'), private: id('new-private') };
}

const progressChoices = (ctx: GoalsContext): { value: string; label: string }[] => GOAL_PROGRESS.map((p) => ({ value: p, label: ctx.text.progress[p] }));

/**
 * The reviews of a goal as controls, oldest first: each with its date, progress and note (`updateGoalReview`) and
 * a button that removes it, then the controls that record a new one (`recordGoalReview`). While presenting, a
 * private note is left out; the date and progress stay.
 */
export function renderReviewsEditor(ctx: GoalsContext, goal: Goal, n: number): TemplateResult {
  return html`${repeat(
    reviewsOf(goal),
    (r) => r.id,
    (r) => renderReview(ctx, goal, r),
  )} ${renderRecordReview(ctx, goal, n)}`;
}

function renderReview(ctx: GoalsContext, goal: Goal, review: GoalReview): TemplateResult {
  const { text: t, policy } = ctx;
  const id = (field: string): string => fieldId(ctx, goal.id, field, review.id);
  const legend = t.reviewLegend(t.dateInWords(review.date));
  const l = labelsIn(ctx, legend);
  const stored = (): GoalReview | undefined => ctx.current().goals[goal.id]?.reviews[review.id];
  const update = (changes: GoalReviewChanges, field?: string, restore?: () => void): boolean =>
    ctx.dispatch(command('updateGoalReview', { goal: goal.id, id: review.id, changes }), { ...(field ? { field } : {}), ...(restore ? { restore } : {}) });
  const restore = (fid: string, value: () => string) => (): void => {
    const el = ctx.element<HTMLInputElement | HTMLTextAreaElement>(fid);
    if (el) el.value = value();
  };
  const remove = (): void => {
    const reviews = reviewsOf(goal);
    const at = reviews.findIndex((r) => r.id === review.id);
    if (!ctx.dispatch(command('removeGoalReview', { goal: goal.id, id: review.id }))) return;
    const next = reviews[at + 1] ?? reviews[at - 1];
    ctx.focusAfterUpdate(next ? fieldId(ctx, goal.id, 'date', next.id) : newReviewIds(ctx, goal.id).date);
    ctx.say(t.reviewRemoved);
  };
  const noteLabel = l(t.reviewNote);
  return html`<fieldset class="review">
    <legend>${legend}</legend>
    ${dateField({
      id: id('date'),
      label: l(t.reviewDate),
      hint: t.dateHint,
      value: review.date,
      error: ctx.error(id('date')),
      disabled: false,
      onChange: (typed) => {
        const input = readDate(typed);
        const back = restore(id('date'), () => stored()?.date ?? review.date);
        // A review keeps a date (M13): an emptied field gets it back.
        if (input.kind === 'empty') return back();
        if (input.kind === 'invalid') return ctx.setError(id('date'), t.invalidDate(typed));
        ctx.setError(id('date'), undefined);
        if (input.date !== review.date) update({ date: input.date }, id('date'), back);
      },
    })}
    ${selectField(id('progress'), l(t.reviewProgress), review.progress, progressChoices(ctx), (v) => void update({ progress: v as GoalProgress }), false)}
    ${
      policy.noteShown(review.note)
        ? noteField({
            id: id('note'),
            label: noteLabel,
            privateLabel: t.private,
            privateName: t.privateOf(noteLabel.name),
            note: review.note,
            newSensitivity: policy.presenting ? 'shareable' : 'private',
            disabled: false,
            onChange: (note) =>
              void update(
                { note },
                undefined,
                restore(id('note'), () => stored()?.note?.text ?? ''),
              ),
          })
        : nothing
    }
    ${removeButton(id('remove'), l(t.removeReview), false, remove)}
  </fieldset>`;
}

function renderRecordReview(ctx: GoalsContext, goal: Goal, n: number): TemplateResult {
  const { text: t, policy } = ctx;
  const ids = newReviewIds(ctx, goal.id);
  const l = labelsIn(ctx, t.goalN(n));
  const noteName = l(t.reviewNote).name;
  // A review most often confirms or moves on from the last one: it starts there.
  const start = latestReview(goal)?.progress ?? 'none';
  const record = (): void => {
    const date = ctx.element<HTMLInputElement>(ids.date);
    const progress = ctx.element<HTMLSelectElement>(ids.progress);
    const note = ctx.element<HTMLTextAreaElement>(ids.note);
    const box = ctx.element<HTMLInputElement>(ids.private);
    if (!date || !progress || !note || !box) return;
    const when = readDate(date.value);
    if (when.kind !== 'date') {
      ctx.setError(ids.date, when.kind === 'empty' ? t.dateMissing : t.invalidDate(date.value.trim()));
      date.focus();
      return;
    }
    const text = note.value.trim();
    const applied = ctx.dispatch(
      command('recordGoalReview', {
        goal: goal.id,
        date: when.date,
        progress: progress.value as GoalProgress,
        ...(text ? { note: { text, sensitivity: box.checked ? 'private' : 'shareable' } } : {}),
      }),
      { field: ids.date },
    );
    if (!applied) return;
    ctx.setError(ids.date, undefined);
    date.value = '';
    note.value = '';
    box.checked = !policy.presenting;
    ctx.say(t.recorded);
  };
  return html`<fieldset class="add review">
    <legend>${t.recordReview}</legend>
    ${dateField({
      id: ids.date,
      label: l(t.reviewDate),
      hint: t.dateHint,
      value: '',
      error: ctx.error(ids.date),
      disabled: false,
      onChange: (typed) => ctx.setError(ids.date, readDate(typed).kind === 'invalid' ? t.invalidDate(typed) : undefined),
    })}
    ${selectField(ids.progress, l(t.reviewProgress), start, progressChoices(ctx), () => undefined, false, false)}
    <div class="note">
      <label for=${ids.note}>${t.reviewNote}</label>
      <textarea id=${ids.note} aria-label=${noteName} rows="2"></textarea>
      <label class="sensitivity"><input type="checkbox" id=${ids.private} aria-label=${t.privateOf(noteName)} ?checked=${!policy.presenting} />${t.private}</label>
    </div>
    <button type="button" @click=${record}>${t.recordReviewButton}</button>
  </fieldset>`;
}
