import type { Id, Inventory, Person, PersonTie } from '@relmap/core';
import { personLabel, type LabelMode } from '../labels.ts';
import type { MapStrings } from '../strings.ts';

/**
 * What a screen reader says for a person: who they are, their ring, conflict and support
 * ("Jonas, partner, Inner circle (ring 1), low conflict, some support"), then whom they are linked to when
 * `linked` is given. `dates` is the date text shown under a deceased person, so that what is seen is also heard
 * (WCAG 2.5.3, label in name). It uses the label mode, so a presenting view never speaks a name it does not show;
 * `label` is the label on screen when it differs from the mode's plain one (told apart from another, "A 2").
 */
export function describePerson(
  person: Person,
  mode: LabelMode,
  ringLabels: readonly string[],
  strings: MapStrings,
  linked: readonly string[] = [],
  dates = '',
  label = personLabel(person, mode, strings),
): string {
  const role = mode === 'role' ? undefined : (person.role ?? strings.category[person.category]);
  return strings.personDescription([
    // The shown dates follow the name, in the order they are seen (axe: label-content-name-mismatch).
    dates ? `${label} ${dates}` : label,
    // A group is often named by its role ("Parents' group"); saying it twice only slows the listener down.
    role && role.toLocaleLowerCase() !== label.toLocaleLowerCase() ? role : '',
    person.kind === 'group' ? strings.group : '',
    person.status === 'deceased' ? strings.deceased : '',
    ringLabels[person.tie.ring - 1] ?? '',
    strings.conflict[person.tie.conflict],
    strings.support[person.tie.support],
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
