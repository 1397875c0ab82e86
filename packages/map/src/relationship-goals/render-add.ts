import { html, nothing, type TemplateResult } from 'lit';
import { command } from '@relmap/core';
import type { GoalsContext } from './goals-context.ts';

/** The id of the field that takes a new goal's wording. */
export const ADD_WORDING = 'new-goal-wording';
/** The id of the "Private" box of a new goal's wording. */
export const ADD_PRIVATE = 'new-goal-private';

/**
 * The controls that add a goal (`addGoal`): its wording with a "Private" box, private by default and shareable while
 * presenting, where the words are on screen as they are typed. Focus, people and agreement are set on the goal once
 * it is in the list.
 */
export function renderAddGoal(ctx: GoalsContext): TemplateResult {
  const { text: t, policy } = ctx;
  const error = ctx.error(ADD_WORDING);
  const add = (): void => {
    const wording = ctx.element<HTMLTextAreaElement>(ADD_WORDING);
    const box = ctx.element<HTMLInputElement>(ADD_PRIVATE);
    if (!wording || !box) return;
    const text = wording.value.trim();
    if (!text) {
      ctx.setError(ADD_WORDING, t.wordingMissing);
      wording.focus();
      return;
    }
    if (!ctx.dispatch(command('addGoal', { wording: { text, sensitivity: box.checked ? 'private' : 'shareable' } }), { field: ADD_WORDING })) return;
    ctx.setError(ADD_WORDING, undefined);
    wording.value = '';
    box.checked = !policy.presenting;
    ctx.say(t.added);
  };
  return html`<fieldset class="add goal-add">
    <legend>${t.addGoal}</legend>
    <div class="note">
      <label for=${ADD_WORDING}>${t.wording}</label>
      <textarea id=${ADD_WORDING} rows="2" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${ADD_WORDING}-error` : nothing}></textarea>
      ${error ? html`<span class="error" id=${`${ADD_WORDING}-error`} role="alert">${error}</span>` : nothing}
      <label class="sensitivity"><input type="checkbox" id=${ADD_PRIVATE} aria-label=${t.privateOf(t.wording)} ?checked=${!policy.presenting} />${t.private}</label>
    </div>
    <button type="button" @click=${add}>${t.addGoalButton}</button>
  </fieldset>`;
}
