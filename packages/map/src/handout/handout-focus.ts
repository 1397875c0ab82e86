import type { Focus, Id, Inventory } from '@relmap/core';
import type { HandoutStrings } from './handout-strings.ts';

/** At most this many people are named in the focus sentence; the rest are counted. */
const NAMED = 3;

/** The primary focus, if any: the one marked primary, else none (a handout does not guess). */
export function primaryFocus(inventory: Inventory): Focus | undefined {
  return Object.values(inventory.focus).find((f) => f.primary);
}

/**
 * The primary focus in plain words for the client's handout ("Grief after the death of H."), from its problem area
 * and the labels of its people, `label` deciding how each is shown (by the handout's label mode). In the `full`
 * version a role transition also says its two roles. Never a focus's note or an event's label: those are the
 * clinician's words, and may name people in full.
 */
export function focusInWords(inventory: Inventory, label: (id: Id) => string, strings: HandoutStrings, full: boolean): { primary: string; also: string } {
  const focus = primaryFocus(inventory);
  const others = [
    ...new Set(
      Object.values(inventory.focus)
        .filter((f) => f !== focus)
        .map((f) => strings.area[f.area]),
    ),
  ];
  const also = others.length ? strings.alsoFocus(others) : '';
  if (!focus) return { primary: strings.noFocus, also };
  const people = focus.people.filter((id) => Object.hasOwn(inventory.people, id));
  const shown = people.slice(0, NAMED).map(label);
  const died = people.length > 0 && people.every((id) => inventory.people[id]!.status === 'deceased');
  let primary = strings.focus(focus.area, strings.list(shown, people.length - shown.length), died);
  if (full && focus.area === 'role-transition' && focus.transitionFrom && focus.transitionTo) {
    primary += ` ${strings.transition(focus.transitionFrom, focus.transitionTo)}`;
  }
  return { primary, also };
}
