import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CONFLICTS, command, findTieBetween, type Conflict, type PersonTie, type TieCloseness, type UpdateLinkArgs } from '@relmap/core';
import { labelsIn, type DetailContext } from './detail-context.ts';
import { domKey, idOfDomKey } from '../presenting-policy.ts';
import { checkField, selectField } from './render-fields.ts';

const CLOSENESS: readonly TieCloseness[] = ['close', 'normal', 'distant'];
const ADD_TIE = 'f-add-tie';

/** The ties between this person and other people (not the client), in the order they were made. */
export function tiesOf(ctx: DetailContext): PersonTie[] {
  return Object.values(ctx.inventory.ties).filter((t) => t.a === ctx.person.id || t.b === ctx.person.id);
}

/**
 * The ties between the person shown and other people, each a group with its closeness, conflict, label (a note)
 * and whether it has ended (`updateLink`), and a button that removes it (`unlinkPeople`); then a group that adds
 * a tie to someone not yet tied to them (`linkPeople`). Other people are named in the panel's label mode.
 */
export function renderLinks(ctx: DetailContext): TemplateResult {
  const t = ctx.text;
  const ties = tiesOf(ctx);
  return html`<section class="ties" aria-labelledby="h-ties">
    <h3 id="h-ties">${t.ties}</h3>
    ${ties.length === 0 ? html`<p class="none">${t.noTies}</p>` : nothing}
    ${repeat(
      ties,
      (tie) => tie.id,
      (tie) => renderTie(ctx, tie),
    )}
    ${renderAddTie(ctx, ties)}
  </section>`;
}

function renderTie(ctx: DetailContext, tie: PersonTie): TemplateResult {
  const { text: t, mapText, disabled } = ctx;
  const other = ctx.label(tie.a === ctx.person.id ? tie.b : tie.a);
  const id = (field: string): string => `f-tie-${domKey(tie.id, ctx.presenting)}-${field}`;
  const legend = t.tieWith(other);
  const l = labelsIn(ctx, legend);
  const update = (changes: UpdateLinkArgs['changes']): void => void ctx.dispatch(command('updateLink', { id: tie.id, changes }));
  const remove = (): void => {
    if (ctx.dispatch(command('unlinkPeople', { id: tie.id }))) ctx.focusAfterUpdate(ADD_TIE);
  };
  return html`<fieldset class="item">
    <legend>${legend}</legend>
    ${selectField(
      id('closeness'),
      l(t.tieCloseness),
      tie.closeness,
      CLOSENESS.map((c) => ({ value: c, label: t.closeness[c] })),
      (v) => update({ closeness: v as TieCloseness }),
      disabled,
    )}
    ${selectField(
      id('conflict'),
      l(t.tieConflict),
      tie.conflict,
      CONFLICTS.map((c) => ({ value: c, label: mapText.conflict[c] })),
      (v) => update({ conflict: v as Conflict }),
      disabled,
    )}
    ${ctx.note(id('label'), l(t.tieLabel), tie.label, (label) => update({ label }))}
    ${checkField(id('ended'), l(t.tieEnded), tie.ended === true, (ended) => update({ ended }), disabled)}
    <button type="button" class="remove" ?disabled=${disabled} @click=${remove}>${t.removeTie(other)}</button>
  </fieldset>`;
}

function renderAddTie(ctx: DetailContext, ties: readonly PersonTie[]): TemplateResult {
  const { person, text: t, disabled } = ctx;
  const tied = new Set(ties.flatMap((tie) => [tie.a, tie.b]));
  const candidates = Object.values(ctx.inventory.people).filter((p) => p.id !== person.id && !tied.has(p.id));
  if (candidates.length === 0) return html`<p class="none">${t.noOneToLink}</p>`;
  const add = (): void => {
    const chosen = ctx.element<HTMLSelectElement>(ADD_TIE)?.value;
    const other = chosen && idOfDomKey(chosen);
    if (!other || !ctx.dispatch(command('linkPeople', { a: person.id, b: other }))) return;
    // The new tie's first control, so that its closeness and label can be set next.
    const made = findTieBetween(ctx.current(), person.id, other);
    if (made) ctx.focusAfterUpdate(`f-tie-${domKey(made.id, ctx.presenting)}-closeness`);
  };
  return html`<fieldset class="add">
    <legend>${t.addTie}</legend>
    ${selectField(
      ADD_TIE,
      labelsIn(ctx, t.addTie)(t.addTieWith),
      candidates[0]!.id,
      candidates.map((p) => ({ value: p.id, key: domKey(p.id, ctx.presenting), label: ctx.label(p.id) })),
      () => undefined,
      disabled,
      false,
    )}
    <button type="button" ?disabled=${disabled} @click=${add}>${t.addTieButton}</button>
  </fieldset>`;
}
