import type { Id, Inventory, Person } from '@relmap/core';
import type { LabelMode } from '../labels.ts';
import type { MapStrings } from '../strings.ts';
import { personFormulation } from '../visual/formulation.ts';
import { deathDates, describeFormulation, describePerson, linkedLabels } from './describe.ts';

/** Everything a person's shown dates and spoken description depend on, besides the person. */
export interface PersonViewContext {
  readonly inventory: Inventory;
  readonly text: MapStrings;
  /** The texts the host replaced (the element's `strings`): `text` is made from them on every render. */
  readonly strings: object;
  readonly mode: LabelMode;
  /** Today, when dates are said relative to it. */
  readonly now: Date | undefined;
  labelOf(id: Id): string;
  /** Whether the focus and life-events marks are drawn, and so said. */
  readonly formulation?: boolean;
}

/** A person's dates as shown, and their spoken description, which says the same dates. */
export interface PersonView {
  readonly dates: string;
  readonly description: string;
}

/**
 * A person's dates and spoken description, remembered between renders while nothing they depend on changes. The
 * element renders again for one document on every selection, focus or highlight change, and at a few hundred
 * people describing everyone again is a good part of each render.
 */
export class PersonViews {
  #key: readonly unknown[] = [];
  #views = new Map<Person, PersonView>();

  /** The view of one person under `ringLabels` and the context given. */
  of(person: Person, ringLabels: readonly string[], c: PersonViewContext): PersonView {
    const key = [c.inventory, c.strings, c.mode, c.now, c.formulation !== false, ringLabels.join('\u0000')];
    if (key.some((v, i) => v !== this.#key[i])) {
      this.#key = key;
      this.#views.clear();
    }
    let view = this.#views.get(person);
    if (!view) {
      const dates = deathDates(person, c.text, c.now);
      const linked = linkedLabels(c.inventory, person.id, c.labelOf, c.text);
      const said = c.formulation === false ? '' : describeFormulation(personFormulation(c.inventory, person.id), c.text);
      view = { dates, description: describePerson(person, c.mode, ringLabels, c.text, linked, dates, c.labelOf(person.id), said) };
      this.#views.set(person, view);
    }
    return view;
  }
}
