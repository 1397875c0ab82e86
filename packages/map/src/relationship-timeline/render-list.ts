import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ItemView } from './timeline-view.ts';

/** What the list of events needs: the items in reading order, what is selected and active, and the handlers. */
export interface ListInput {
  readonly views: readonly ItemView[];
  readonly selected: string | undefined;
  /** The item that takes the list's one tab stop. */
  readonly active: string | undefined;
  /** The id of the element that names the list. */
  readonly labelledBy: string;
  readonly concernsSelected: string;
  /** Between the parts of an item, heard and not seen. */
  readonly separator: string;
  readonly keydown: (e: KeyboardEvent) => void;
  readonly focus: (key: string) => void;
  readonly pick: (key: string) => void;
  /** What the DOM carries for an item's key: an opaque key while presenting (an event id may be made from a name). */
  readonly domKey: (key: string) => string;
}

/** The id of an item's option: from its position, so that no id or name of the inventory reaches an attribute. */
export function optionId(index: number): string {
  return `event-${index}`;
}

/**
 * The events and goal reviews as a single-select list box in reading order (oldest first, undated last): one tab
 * stop, arrow keys between items, Enter or Space to select. Each option shows and speaks its date in words, its
 * kind and label (a review's progress, its goal and note),
 * the people it concerns and its focus, and whether it concerns someone selected on the map. Its accessible name
 * is its text, so what is seen is what is heard (WCAG 2.5.3).
 */
export function renderList(l: ListInput): TemplateResult {
  return html`<ul class="list" part="list" role="listbox" aria-labelledby=${l.labelledBy} @keydown=${l.keydown}>
    ${repeat(
      l.views,
      (v) => v.item.key,
      (v, i) => {
        const key = v.item.key;
        const classes = ['item', `kind-${v.item.kind}`, v.strength ? `focus-${v.strength}` : '', v.related ? 'related' : '', v.item.span ? '' : 'undated'].join(
          ' ',
        );
        const sep = html`<span class="sep">${l.separator}</span>`;
        return html`<li
          role="option"
          id=${optionId(i)}
          class=${classes}
          data-key=${l.domKey(key)}
          aria-selected=${l.selected === key ? 'true' : 'false'}
          tabindex=${l.active === key ? 0 : -1}
          @focus=${() => l.focus(key)}
          @click=${() => l.pick(key)}
        >
          <span class="date">${v.date}</span>${sep}<span class="what"><span class="kind">${v.kind}</span>${v.label ? html`: <span class="label">${v.label}</span>` : nothing}</span
          >${v.goal ? html`${sep}<span class="goal">${v.goal}</span>` : nothing}${v.note ? html`${sep}<span class="review-note">${v.note}</span>` : nothing}${v.people ? html`${sep}<span class="people">${v.people}</span>` : nothing}${v.focus ? html`${sep}<span class="badge focus">${v.focus}</span>` : nothing}${
            v.related ? html`${sep}<span class="badge related">${l.concernsSelected}</span>` : nothing
          }
        </li>`;
      },
    )}
  </ul>`;
}
