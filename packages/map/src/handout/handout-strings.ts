import type { ProblemArea } from '@relmap/core';

/** Every text of the client's handout; replace any of them (`createHandout`'s `strings`) to translate it. */
export interface HandoutStrings {
  /** The page's heading. */
  heading: string;
  /** The heading of the primary focus, in plain words. */
  workingOn: string;
  /**
   * The primary focus in plain words. `people` are their labels as the handout shows them, already joined ("A, B
   * and 2 others"), empty when the focus names no one; `died` whether those people have died (for grief).
   */
  focus: (area: ProblemArea, people: string, died: boolean) => string;
  /** A role transition, in the full version only: from the old role to the new one. */
  transition: (from: string, to: string) => string;
  /** The other focus areas, in plain words ("Also: a role dispute."). */
  alsoFocus: (areas: readonly string[]) => string;
  /** Problem areas in plain words, for `alsoFocus`. */
  area: Record<ProblemArea, string>;
  /** Said when there is no primary focus yet. */
  noFocus: string;
  /** The heading of the goals. */
  goals: string;
  /** Joins labels into a list, with how many more there are beyond the ones named. */
  list: (labels: readonly string[], more: number) => string;
  /** The heading of the formulation note, in the full version only. */
  formulation: string;
  /** The line at the foot of the page. */
  footer: string;
  /** The foot of the full version: it holds what a shared screen never shows. */
  fullFooter: string;
  /** The accessible name of the map picture. */
  mapLabel: (client: string) => string;
}

/** The default English texts of the handout. */
export const defaultHandoutStrings: HandoutStrings = {
  heading: 'Your relationship map',
  workingOn: 'We are working on',
  focus: (area, people, died) => {
    switch (area) {
      case 'grief':
        return died && people ? `Grief after the death of ${people}.` : people ? `Grief and loss around ${people}.` : 'Grief and loss.';
      case 'role-dispute':
        return people
          ? `A disagreement with ${people} about what you expect of each other.`
          : 'A disagreement about what you and someone close expect of each other.';
      case 'role-transition':
        return people ? `A change of role in your life, and how it affects your ties with ${people}.` : 'A change of role in your life.';
      case 'interpersonal-deficits':
        return people
          ? `Feeling more at ease with people and building closer ties, with ${people} among them.`
          : 'Feeling more at ease with people and building closer ties.';
    }
  },
  transition: (from, to) => `From ${from} to ${to}.`,
  alsoFocus: (areas) => `Also: ${areas.join('; ')}.`,
  area: { grief: 'grief', 'role-dispute': 'a role dispute', 'role-transition': 'a role transition', 'interpersonal-deficits': 'interpersonal sensitivity' },
  noFocus: 'We will choose a focus together.',
  goals: 'Our goals',
  list: (labels, more) => {
    const all = more > 0 ? [...labels, `${more} ${more === 1 ? 'other' : 'others'}`] : [...labels];
    return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
  },
  formulation: 'Formulation',
  footer: 'Made with your therapist. Keep it somewhere private.',
  fullFooter: 'Full version: it holds names and notes. Keep it private.',
  mapLabel: (client) => `Relationship map of ${client}`,
};
