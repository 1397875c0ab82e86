import type { Id, Inventory, Person, PersonTie } from '@relmap/core';
import { personLabel, type LabelMode } from '../labels.ts';
import type { MapStrings } from '../strings.ts';
import type { PersonFormulation } from '../visual/formulation.ts';

/**
 * What a screen reader says for a person: who they are, their role and category (what the symbol's colour and
 * glyph show), their ring, conflict and support ("Jonas, husband, partner, Inner circle (ring 1), low conflict,
 * some support"), each said once, then whom they are linked to when
 * `linked` is given. `dates` is the date text shown under a deceased person, so that what is seen is also heard
 * (WCAG 2.5.3, label in name). It uses the label mode, so a presenting view never speaks a name it does not show;
 * `label` is the label on screen when it differs from the mode's plain one (told apart from another, "A 2").
 * `formulation` is what the person's focus and life-events marks say (`describeFormulation`), when they are shown.
 */
export function describePerson(
  person: Person,
  mode: LabelMode,
  ringLabels: readonly string[],
  strings: MapStrings,
  linked: readonly string[] = [],
  dates = '',
  label = personLabel(person, mode, strings),
  formulation = '',
): string {
  const role = mode === 'role' ? undefined : person.role;
  // The category is always said: it is what the symbol's colour and glyph show.
  const category = strings.category[person.category] ?? '';
  const said = (text: string | undefined, ...before: (string | undefined)[]): string =>
    text && !before.some((b) => b?.toLocaleLowerCase() === text.toLocaleLowerCase()) ? text : '';
  return strings.personDescription([
    // The shown dates follow the name, in the order they are seen (axe: label-content-name-mismatch).
    dates ? `${label} ${dates}` : label,
    // A group is often named by its role ("Parents' group"); saying it twice only slows the listener down.
    said(role, label),
    said(category, label, role),
    person.kind === 'group' ? said(strings.group, label, role, category) : '',
    person.status === 'deceased' ? strings.deceased : '',
    ringLabels[person.tie.ring - 1] ?? '',
    strings.conflict[person.tie.conflict],
    strings.support[person.tie.support],
    formulation,
    strings.linkedTo(linked),
  ]);
}

/**
 * The dates shown under a deceased person's label ("† 2025-01"); empty for the living. Given `now`, the date is
 * said relative to it instead ("† 4 months ago"), as a presenting view shows it.
 */
export function deathDates(person: Person, strings: MapStrings, now?: Date): string {
  if (person.status !== 'deceased') return '';
  if (!person.died) return '†';
  return strings.died(now ? strings.relativeDate(person.died, now) : person.died);
}

/**
 * The labels of the people linked to a person, with what the line shows of each tie beyond an ordinary one
 * (closeness other than normal, conflict, ended), for the person's spoken description
 * ("linked to Karin (close), Ola (distant, high conflict, tie ended)").
 */
export function linkedLabels(inventory: Inventory, id: Id, labelOf: (id: Id) => string, strings: MapStrings): string[] {
  const out: string[] = [];
  for (const tie of tiesOf(inventory, id)) {
    const other = tie.a === id ? tie.b : tie.b === id ? tie.a : undefined;
    if (other === undefined || !inventory.people[other]) continue;
    const traits = [
      tie.closeness === 'normal' ? '' : strings.tieCloseness[tie.closeness],
      tie.conflict === 'none' ? '' : strings.conflict[tie.conflict],
      tie.ended ? strings.tieEnded : '',
    ].filter(Boolean);
    out.push(traits.length ? `${labelOf(other)} (${traits.join(', ')})` : labelOf(other));
  }
  return out.sort();
}

/**
 * Every person's ties, indexed once per `ties` record: the map describes every person on every render, and
 * scanning all ties for each of them grew with people × ties (a second per render at a thousand people).
 * Records are immutable, so the index stays valid for as long as the record it was built from.
 */
const tieIndex = new WeakMap<object, Map<Id, PersonTie[]>>();

function tiesOf(inventory: Inventory, id: Id): readonly PersonTie[] {
  let index = tieIndex.get(inventory.ties);
  if (!index) {
    index = new Map();
    for (const tie of Object.values(inventory.ties)) {
      for (const end of tie.a === tie.b ? [tie.a] : [tie.a, tie.b]) {
        const list = index.get(end);
        if (list) list.push(tie);
        else index.set(end, [tie]);
      }
    }
    tieIndex.set(inventory.ties, index);
  }
  return index.get(id) ?? [];
}

/**
 * What a person's focus and life-events marks say, for their spoken description (rule V34): each focus area, the
 * primary one named so ("primary focus: grief, focus: role dispute"), then how many life events name them. Never a
 * label or note of a focus or event: those may be private, and the marks show neither.
 */
export function describeFormulation(f: PersonFormulation, strings: MapStrings): string {
  const parts = f.marks.map((m) => strings.focusDescription(strings.problemArea[m.area], m.primary));
  if (f.events > 0) parts.push(strings.lifeEvents(f.events));
  return parts.join(', ');
}
