import { html, nothing, type TemplateResult } from 'lit';
import { command } from '@relmap/core';
import { commitDate, type DetailContext } from './detail-context.ts';
import { dateField, selectField } from './render-fields.ts';

/**
 * Living or deceased, and the dates of birth and death. Choosing "deceased" is `markDeceased` and keeps a known
 * date of death; the date of death is asked for only then, and each edit of it is `markDeceased` again with the new
 * date (or none). Choosing "living" is `markLiving`, which drops the date of death.
 */
export function renderStatus(ctx: DetailContext): TemplateResult {
  const { person, text: t, disabled } = ctx;
  const id = person.id;
  const setStatus = (value: string): void => {
    if (value === person.status) return;
    ctx.dispatch(value === 'deceased' ? command('markDeceased', person.died ? { id, died: person.died } : { id }) : command('markLiving', { id }));
  };
  const statuses = (['living', 'deceased'] as const).map((s) => ({ value: s, label: t.statusValue[s] }));
  return html`<fieldset class="status">
    <legend>${t.lifeAndDates}</legend>
    ${selectField('f-status', t.status, person.status, statuses, setStatus, disabled)}
    ${dateField({
      id: 'f-born',
      label: t.born,
      hint: t.dateHint,
      value: person.born ?? '',
      error: ctx.error('f-born'),
      disabled,
      onChange: (typed) =>
        commitDate(ctx, 'f-born', typed, (born) => {
          if (born !== (person.born ?? null)) ctx.dispatch(command('updatePerson', { id, changes: { born } }));
        }),
    })}
    ${
      person.status === 'deceased'
        ? dateField({
            id: 'f-died',
            label: t.died,
            hint: t.dateHint,
            value: person.died ?? '',
            error: ctx.error('f-died'),
            disabled,
            onChange: (typed) =>
              commitDate(ctx, 'f-died', typed, (died) => {
                if (died !== (person.died ?? null)) ctx.dispatch(command('markDeceased', died === null ? { id } : { id, died }));
              }),
          })
        : nothing
    }
  </fieldset>`;
}
