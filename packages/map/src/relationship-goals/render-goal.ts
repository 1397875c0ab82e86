import { html, nothing, type TemplateResult } from 'lit';
import { GOAL_PROGRESS, command, latestReview, type Goal, type GoalChanges, type GoalProgress } from '@relmap/core';
import { readDate } from '../relationship-detail/detail-context.ts';
import { checkField, checkGroup, dateField, noteField, removeButton, selectField } from '../relationship-detail/render-fields.ts';
import { domKey } from '../presenting-policy.ts';
import { fieldId, goalsOf, labelsIn, reviewsOf, type GoalsContext } from './goals-context.ts';
import { renderReviewsEditor } from './render-reviews.ts';
import { ADD_WORDING } from './render-add.ts';

/** The id of a goal's button that opens its editing controls. */
export const editId = (ctx: GoalsContext, goal: string): string => fieldId(ctx, goal, 'edit');

/**
 * How far a goal has come, drawn as three steps: none filled for no progress yet, one for some, two for much, all
 * three for achieved. A picture beside the words, which carry the meaning to assistive technology.
 */
export function progressMeter(progress: GoalProgress | undefined): TemplateResult {
  const level = progress === undefined ? -1 : GOAL_PROGRESS.indexOf(progress);
  return html`<span class="meter" aria-hidden="true">${[1, 2, 3].map((step) => html`<span class=${step <= level ? 'on' : ''}></span>`)}</span>`;
}

/**
 * One goal as the clinician and client read it: its wording (or "A private goal" while presenting, when the
 * wording is private), whether it is agreed, the focus it serves, the people it concerns, the latest progress and
 * the dated reviews. When the session may be edited, an "Edit" disclosure holds its controls.
 */
export function renderGoal(ctx: GoalsContext, goal: Goal, n: number, editable: boolean): TemplateResult {
  const { text: t, policy } = ctx;
  const wording = policy.text(goal.wording);
  const shown = wording !== undefined;
  const focus = goal.focus === undefined ? undefined : ctx.inventory.focus[goal.focus];
  const people = goal.people.flatMap((id) => policy.labelOf(id) ?? []);
  const latest = latestReview(goal);
  const reviews = reviewsOf(goal);
  const name = t.goalN(n);
  const facts = [
    goal.agreed ? t.agreed(goal.agreedOn && t.dateInWords(goal.agreedOn)) : t.proposed,
    focus ? t.serves(ctx.mapText.problemArea[focus.area], focus.primary) : '',
    t.concerns(people),
  ].filter(Boolean);
  return html`<li class="goal ${goal.agreed ? 'agreed' : 'proposed'}" data-goal=${domKey(goal.id, policy.presenting)}>
    <h3 class="wording ${shown ? '' : 'withheld'}">${wording ?? t.privateGoal}</h3>
    <p class="facts">${facts.map((f, i) => html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span>${f}</span>`)}</p>
    <p class="latest">${progressMeter(latest?.progress)}<span>${latest ? t.latest(t.progress[latest.progress], t.dateInWords(latest.date)) : t.notReviewed}</span></p>
    ${
      reviews.length
        ? html`<ol class="reviews" aria-label=${t.reviewsOf(name)}>
          ${reviews.map((r) => {
            const note = policy.text(r.note);
            return html`<li><span class="date">${t.dateInWords(r.date)}</span>: <span class="progress">${t.progress[r.progress]}</span>${note ? html`<span class="review-note"> – ${note}</span>` : nothing}</li>`;
          })}
        </ol>`
        : nothing
    }
    ${
      editable
        ? html`<details class="edit">
          <summary id=${editId(ctx, goal.id)} aria-label=${t.editName(name)}>${t.edit}</summary>
          ${renderGoalEditor(ctx, goal, n)}
        </details>`
        : nothing
    }
  </li>`;
}

function renderGoalEditor(ctx: GoalsContext, goal: Goal, n: number): TemplateResult {
  const { text: t, policy } = ctx;
  const id = (field: string): string => fieldId(ctx, goal.id, field);
  const l = labelsIn(ctx, t.goalN(n));
  const stored = (): Goal | undefined => ctx.current().goals[goal.id];
  const update = (changes: GoalChanges, field?: string, restore?: () => void): boolean =>
    ctx.dispatch(command('updateGoal', { id: goal.id, changes }), { ...(field ? { field } : {}), ...(restore ? { restore } : {}) });
  const restoreInput = (fid: string, value: () => string) => (): void => {
    const el = ctx.element<HTMLInputElement | HTMLTextAreaElement>(fid);
    if (el) el.value = value();
  };
  const wordingLabel = l(t.wording);
  const foci = Object.values(ctx.inventory.focus).sort((a, b) => Number(b.primary) - Number(a.primary));
  const remove = (): void => {
    const goals = goalsOf(ctx.inventory);
    const at = goals.findIndex((g) => g.id === goal.id);
    if (!ctx.dispatch(command('removeGoal', { id: goal.id }))) return;
    // Focus moves to the goal now in this place, else the one before, else to where a goal is added.
    const next = goals[at + 1] ?? goals[at - 1];
    ctx.focusAfterUpdate(next ? editId(ctx, next.id) : ADD_WORDING);
    ctx.say(t.removed);
  };
  return html`<div class="editor">
    ${
      policy.noteShown(goal.wording)
        ? noteField({
            id: id('wording'),
            label: wordingLabel,
            privateLabel: t.private,
            privateName: t.privateOf(wordingLabel.name),
            note: goal.wording,
            newSensitivity: policy.presenting ? 'shareable' : 'private',
            disabled: false,
            onChange: (note) => {
              const back = restoreInput(id('wording'), () => stored()?.wording.text ?? goal.wording.text);
              // A goal keeps its words (M12): an emptied field gets them back rather than saving nothing.
              if (!note) back();
              else update({ wording: note }, undefined, back);
            },
          })
        : nothing
    }
    ${selectField(
      id('focus'),
      l(t.focus),
      goal.focus ?? '',
      [
        { value: '', label: t.noFocus },
        ...foci.map((f) => ({ value: f.id, key: domKey(f.id, policy.presenting), label: t.serves(ctx.mapText.problemArea[f.area], f.primary) })),
      ],
      (v) => void update({ focus: v === '' ? null : v }),
      false,
    )}
    ${checkGroup(
      id('person'),
      t.people,
      Object.keys(ctx.inventory.people).map((p) => ({ value: p, key: domKey(p, policy.presenting), label: policy.labelOf(p) ?? p })),
      l,
      goal.people,
      () => stored()?.people ?? goal.people,
      (people) => void update({ people }),
      false,
    )}
    ${checkField(id('agreed'), l(t.agreedBox), goal.agreed, (agreed) => void update({ agreed }), false)}
    ${dateField({
      id: id('agreedOn'),
      label: l(t.agreedOn),
      hint: t.dateHint,
      value: goal.agreedOn ?? '',
      error: ctx.error(id('agreedOn')),
      disabled: false,
      onChange: (typed) => {
        const input = readDate(typed);
        if (input.kind === 'invalid') return ctx.setError(id('agreedOn'), t.invalidDate(typed));
        ctx.setError(id('agreedOn'), undefined);
        const date = input.kind === 'date' ? input.date : null;
        if (date === (goal.agreedOn ?? null)) return;
        update(
          { agreedOn: date },
          id('agreedOn'),
          restoreInput(id('agreedOn'), () => stored()?.agreedOn ?? ''),
        );
      },
    })}
    ${renderReviewsEditor(ctx, goal, n)}
    ${removeButton(id('remove'), l(t.removeGoal), false, remove)}
  </div>`;
}
