import type { Id, Inventory } from '@relmap/core';
import { labelledText, type PresentingPolicy } from '../presenting-policy.ts';
import { agreedGoals } from './create-handout.ts';
import { focusInWords, primaryFocus } from './handout-focus.ts';
import { defaultHandoutStrings, type HandoutStrings } from './handout-strings.ts';

/** The formulation as a shared screen may show it: what the therapist and the client are working on, in one place. */
export interface FormulationSummary {
  /** The primary focus in plain words ("Grief after the death of H."), by the policy's labels. */
  readonly primary: string;
  /** The other focus areas in plain words, or empty. */
  readonly also: string;
  /** The people of the primary focus, to highlight on the map. */
  readonly people: readonly Id[];
  /** The life events of the primary focus, to select on a timeline. */
  readonly events: readonly Id[];
  /** The agreed goals a shared screen may carry: shareable wordings, naming people by the policy's labels. */
  readonly goals: readonly string[];
}

/**
 * The formulation for a shared screen, under the presenting policy in force: the primary focus in plain words, its
 * people and events, and the agreed shareable goals (the same words as the client's handout). Nothing private: no
 * focus note, no transition roles, no private goal, and people by their labels.
 */
export function formulationSummary(inventory: Inventory, policy: PresentingPolicy, strings: Partial<HandoutStrings> = {}): FormulationSummary {
  const text = { ...defaultHandoutStrings, ...strings };
  const label = (id: Id): string => policy.labelOf(id) ?? '';
  const { primary, also } = focusInWords(inventory, label, text, false);
  const focus = primaryFocus(inventory);
  const named = (wording: string): string => (policy.mode === 'name' ? wording : labelledText(wording, inventory.people, (p) => policy.label(p)));
  return {
    primary,
    also,
    people: focus?.people.filter((id) => Object.hasOwn(inventory.people, id)) ?? [],
    events: focus?.events.filter((id) => Object.hasOwn(inventory.events, id)) ?? [],
    goals: agreedGoals(inventory, false).map(named),
  };
}
