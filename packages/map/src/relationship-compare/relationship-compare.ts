import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { describeDiff, diffInventories, type Inventory, type PersonRef, type Snapshot } from '@relmap/core';
import { personLabel, type LabelMode } from '../labels.ts';
import { labelModeFor } from '../presenting-policy.ts';
import { SessionBoundElement } from '../session-bound-element.ts';
import { defaultStrings } from '../strings.ts';
import { changedPeople } from './changed-people.ts';
import { defaultCompareStrings, type CompareStrings } from './compare-strings.ts';

/** How two snapshots are compared: two maps side by side, or the later map with the changes marked. */
export type CompareMode = 'side-by-side' | 'changes';

/**
 * Two snapshots of an inventory compared: side by side, or as one map (the later one) with the people who changed
 * marked by a halo, and the changes listed in sentences (from `diffInventories` and `describeDiff`). The maps are
 * read-only. The later map is laid out from the earlier one (its `layoutFrom`), so people whose data did not change
 * stand where the earlier map shows them. When presenting, the maps present too and the sentences name people by the same label mode, so no
 * name appears that the maps do not show. Bound to an editing session (`for` a map, or `session`), it presents, labels
 * and blanks with that session too: a comparison beside a presenting map on a shared screen follows it.
 *
 * @summary Two snapshots side by side, or one map with the changes marked.
 *
 * @csspart changes - The list of changes.
 * @csspart map - Each map.
 *
 * @cssproperty --relmap-compare-height - Height of each map (default 460px, 640px side by side).
 */
export class RelationshipCompare extends SessionBoundElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--relmap-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      color: var(--relmap-foreground, #1f2430);
    }
    .maps {
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: 600;
      margin-bottom: 4px;
    }
    relationship-map {
      height: var(--relmap-compare-height, 460px);
    }
    /* Two maps share the width, and a narrow map puts its legend below: give each the height to keep the drawing large. */
    :host([mode='side-by-side']) relationship-map {
      height: var(--relmap-compare-height, 640px);
    }
    ul {
      margin: 8px 0 0;
      padding-left: 1.2em;
    }
    .none {
      color: var(--relmap-muted-foreground, #5b6272);
    }
  `;

  /** The earlier snapshot. */
  @property({ attribute: false }) earlier: Snapshot | undefined;

  /** The later snapshot. */
  @property({ attribute: false }) later: Snapshot | undefined;

  /** `changes` (one map, changes marked) or `side-by-side`. */
  @property({ reflect: true }) mode: CompareMode = 'changes';

  /** Presenting on a shared screen: the maps present, and the sentences use their labels. */
  @property({ type: Boolean, reflect: true }) presenting = false;

  /** What labels show; as on `<relationship-map>`. */
  @property({ attribute: 'label-mode' }) labelMode: LabelMode | undefined;

  /** Replaces any of the texts the comparison shows: its own, the sentences of the changes, and the maps'. */
  @property({ attribute: false }) strings: Partial<CompareStrings> = {};

  /** Says when nothing changed; `strings.noChanges` does the same, and this wins when both are set. */
  @property({ attribute: false }) noChangesText: string | undefined;

  /** Whether the comparison presents: its own `presenting`, or its session's. */
  private get isPresenting(): boolean {
    return this.presenting || (this.binding.session?.presenting ?? false);
  }

  /** The label mode in force: its own `label-mode`, else its session's. */
  private get labelModeInForce(): LabelMode | undefined {
    return this.labelMode ?? this.binding.session?.labelMode;
  }

  private get text(): CompareStrings {
    return { ...defaultCompareStrings, ...this.strings };
  }

  /** The sentences shown for the current pair, as they are listed. */
  get changeSentences(): string[] {
    if (!this.earlier || !this.later) return [];
    const after = this.later.inventory;
    const before = this.earlier.inventory;
    const mode = labelModeFor(this.labelModeInForce, this.isPresenting);
    const mapText = { ...defaultStrings, ...this.text.map };
    const label = (ref: PersonRef): string => {
      const person = after.people[ref.id] ?? before.people[ref.id];
      return person ? personLabel({ ...person, name: ref.name }, mode, mapText) : ref.name;
    };
    // A goal's wording is the clinician's sentence and may name people: it is said only where names are shown.
    const goals = mode === 'name' ? {} : { goalLabel: () => undefined };
    return describeDiff(diffInventories(before, after), { label, ...goals, strings: this.text.sentences });
  }

  protected override render(): TemplateResult | typeof nothing {
    const { earlier: before, later: after } = this;
    if (!before || !after) return nothing;
    const t = this.text;
    // Blanking the session blanks every element bound to it (S8).
    if (this.binding.session?.blanked) return html`<p part="blanked">${t.blanked}</p>`;
    const highlight = changedPeople(diffInventories(before.inventory, after.inventory));
    const sentences = this.changeSentences;
    // The later map is laid out from the earlier one, so that only people whose data changed move (layout SPEC L17).
    const map = (snapshot: Snapshot, marked: readonly string[], caption = snapshot.label, from?: Inventory): TemplateResult => html`<figure>
      <figcaption>${caption}</figcaption>
      <relationship-map part="map" readonly .layoutFrom=${from} .inventory=${snapshot.inventory} .highlight=${marked}
        ?presenting=${this.isPresenting} label-mode=${this.labelModeInForce ?? nothing} .strings=${t.map}></relationship-map>
    </figure>`;
    const beforeMarked = highlight.filter((id) => Object.hasOwn(before.inventory.people, id));
    return html`<div class="maps">
        ${
          this.mode === 'side-by-side'
            ? html`${map(before, beforeMarked)}${map(after, highlight, after.label, before.inventory)}`
            : map(after, highlight, t.changesCaption(before.label, after.label), before.inventory)
        }
      </div>
      <section aria-label=${t.changesLabel(before.label, after.label)}>
        ${
          sentences.length
            ? html`<ul part="changes">${sentences.map((s) => html`<li>${s}</li>`)}</ul>`
            : html`<p class="none">${this.noChangesText ?? t.noChanges}</p>`
        }
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relationship-compare': RelationshipCompare;
  }
}
