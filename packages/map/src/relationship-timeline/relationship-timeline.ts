import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Id } from '@relmap/core';
import { domKey, labelModeFor } from '../presenting-policy.ts';
import { SessionBoundElement } from '../session-bound-element.ts';
import { renderAxis } from './render-axis.ts';
import { optionId, renderList } from './render-list.ts';
import { listKeyAction } from './timeline-keys.ts';
import { timelineItems } from './timeline-items.ts';
import { timelineDomain } from './timeline-scale.ts';
import { defaultTimelineStrings, type TimelineStrings } from './timeline-strings.ts';
import { timelineStyles } from './timeline-styles.ts';
import { sayDate, viewItem, type ItemView, type ViewContext } from './timeline-view.ts';

const TITLE_ID = 'timeline-title';

/**
 * The inventory's life events on a time axis, beside a `<relationship-map>`: a year or a month drawn as a bar over
 * the whole of it and a day as a dot, close events stacked in lanes, the events of the focus marked (the primary
 * focus more strongly), onset of symptoms as a band across the axis, and deaths, including those known only from a
 * deceased person's date of death. The reviews of the treatment goals are marks of their own (a diamond on a day,
 * a dashed bar over a month or year), as are the dates the client agreed to goals. Under the axis the same items
 * are a list in reading order, with dates in words, a review's progress in words and its goal, and the people each
 * concerns; arrow keys move through it and Enter or Space selects an item.
 *
 * Selecting an event marks its people on the map (the map's `highlight`); selecting people on the map marks their
 * events here. While presenting (its own `presenting` attribute, or the map's) a private event label is left out
 * of the DOM, as are a private review note and a goal's private wording ("A private goal"), dates are said relative
 * to today as the map says them, and people are labelled in the mode in force.
 * Blanking the map blanks the timeline.
 *
 * Bind it with the `for` attribute (the id of a map in the same document or shadow root), the `map` property, or the
 * `session` property (an editing session a host shares among elements): it reads that session and marks people
 * through the session's `highlight`.
 *
 * @summary The life events of the inventory on a time axis, bound to a relationship map.
 *
 * @csspart axis - The scrolling time axis.
 * @csspart list - The list of events.
 * @csspart empty - The empty state.
 * @csspart blanked - What shows while the map is blanked.
 *
 * @cssproperty --relmap-background - Background.
 * @cssproperty --relmap-foreground - Text colour.
 * @cssproperty --relmap-muted-foreground - Secondary text, ticks and events outside the focus.
 * @cssproperty --relmap-surface - Background of the list's items.
 * @cssproperty --relmap-border-color - Borders and the axis line.
 * @cssproperty --relmap-accent - Events of the focus.
 * @cssproperty --relmap-highlight-color - Events of the people selected on the map.
 * @cssproperty --relmap-focus-color - Keyboard focus and the selected event.
 * @cssproperty --relmap-onset-color - The band of the onset of symptoms.
 * @cssproperty --relmap-goal-color - The marks of goal reviews and agreements.
 * @cssproperty --relmap-font-family - Font.
 * @cssproperty --relmap-font-size - Base font size.
 */
export class RelationshipTimeline extends SessionBoundElement {
  static override styles = timelineStyles;

  /** Presenting on a shared screen: no private event label in the DOM, dates relative to today. The map's counts too. */
  @property({ type: Boolean, reflect: true }) presenting = false;

  /** The colour theme: `light` or `dark`. */
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  /** Replaces any of the texts the timeline shows or speaks. */
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};

  /** The selected event's key (its id, or `died:` and a person's id for a death known only from the person). */
  @state() private selectedKey: string | undefined;
  @state() private activeKey: string | undefined;
  /** The element's width, measured; the axis is drawn for it. */
  @state() private room = 640;

  /** The ids this timeline put in the map's highlight, so that it clears only its own. */
  private ownHighlight: readonly Id[] | undefined;
  private resize: ResizeObserver | undefined;
  /** Whether the axis has been scrolled to its latest events since binding. */
  private scrolledToEnd = false;
  /** Server-rendered: the first browser render repeats the unbound frame, which Lit hydrates (as the table does). */
  private hydrating: boolean;

  constructor() {
    super();
    this.hydrating = this.shadowRoot != null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resize ??= new ResizeObserver(([entry]) => {
        const width = Math.round(entry?.contentRect.width ?? 0);
        // Drawn in the next frame: drawing changes the element's height, which would be observed in this one.
        if (width > 0 && width !== this.room) requestAnimationFrame(() => (this.room = width));
      });
      this.resize.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // An event removed from the inventory is no longer selected, and its people no longer marked.
    const items = this.session ? timelineItems(this.session.inventory) : [];
    if (this.selectedKey !== undefined && !items.some((i) => i.key === this.selectedKey)) this.choose(undefined);
    if (this.activeKey !== undefined && !items.some((i) => i.key === this.activeKey)) this.activeKey = undefined;
  }

  protected override updated(): void {
    // On a narrow screen the axis starts at its latest events, the ones a session is most likely about.
    const scroller = this.scrolledToEnd ? null : this.renderRoot.querySelector<HTMLElement>('.axis-scroll');
    if (!scroller || scroller.clientWidth === 0) return;
    this.scrolledToEnd = true;
    scroller.scrollLeft = scroller.scrollWidth;
  }

  protected override firstUpdated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    this.requestUpdate();
  }

  private get text(): TimelineStrings {
    return { ...defaultTimelineStrings, ...this.strings };
  }

  protected override render(): TemplateResult {
    const session = this.session;
    const t = this.text;
    if (!session || this.hydrating) return html`<p class="note">${t.unbound}</p>`;
    // Blanking the map blanks what is bound to it: nothing of the inventory stays in the DOM.
    if (session.blanked) return html`<p class="note" part="blanked">${t.blanked}</p>`;
    const presenting = this.presenting || session.presenting;
    const context: ViewContext = {
      inventory: session.inventory,
      text: t,
      mapText: session.text,
      mode: labelModeFor(session.labelMode, presenting),
      presenting,
      now: session.now,
      selection: session.selection,
    };
    const views = timelineItems(session.inventory).map((item) => viewItem(item, context));
    const title = html`<p class="title" id=${TITLE_ID}>${t.title}</p>`;
    const base = `base${presenting ? ' presenting' : ''}`;
    if (views.length === 0) {
      return html`<section class="${base} empty" part="empty" aria-labelledby=${TITLE_ID}>
        ${title}
        <div class="empty-axis" aria-hidden="true"><span></span><span></span><span></span></div>
        <p class="empty-text">${t.empty}</p>
        <p class="empty-hint">${t.emptyHint}</p>
      </section>`;
    }
    const dated = views.filter((v) => v.item.span);
    const active = this.activeKey ?? this.selectedKey ?? views[0]!.item.key;
    const domain = timelineDomain(views.map((v) => v.item));
    const relative = presenting && session.now !== undefined;
    return html`<section class=${base} aria-labelledby=${TITLE_ID}>
      ${title}
      ${
        domain
          ? renderAxis({
              views: dated,
              domain,
              room: this.room,
              selected: this.selectedKey,
              active,
              description: t.axisDescription(dated[0]!.date, dated[dated.length - 1]!.date, dated.length),
              tick: (date, major) => (relative ? sayDate(date, context) : t.tick(date, major)),
              // "11 years ago" needs about twice the room of "2015".
              tickSpacing: relative ? 104 : 56,
              pick: (key) => this.pick(key, true),
              domKey: (key) => domKey(key, presenting),
            })
          : nothing
      }
      ${dated.length < views.length ? html`<p class="note">${t.undatedNote(views.length - dated.length)}</p>` : nothing}
      ${renderList({
        views,
        selected: this.selectedKey,
        active,
        labelledBy: TITLE_ID,
        concernsSelected: t.concernsSelected,
        separator: t.separator,
        keydown: (e) => this.onKey(e, views, active),
        focus: (key) => (this.activeKey = key),
        pick: (key) => this.pick(key, false),
        domKey: (key) => domKey(key, presenting),
      })}
    </section>`;
  }

  private onKey(e: KeyboardEvent, views: readonly ItemView[], active: string): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const index = Math.max(
      0,
      views.findIndex((v) => v.item.key === active),
    );
    const action = listKeyAction(e.key, index, views.length);
    if (!action) return;
    if ('move' in action) {
      const key = views[action.move]!.item.key;
      this.activeKey = key;
      this.focusOption(action.move);
    } else if ('toggle' in action) {
      this.pick(active, false);
    } else {
      if (this.selectedKey === undefined) return;
      this.choose(undefined);
    }
    e.preventDefault();
  }

  /** Selects an event, or unselects it when it was selected; from the axis, the keyboard goes on from its option. */
  private pick(key: string, fromAxis: boolean): void {
    this.activeKey = key;
    this.choose(this.selectedKey === key ? undefined : key);
    if (fromAxis) {
      const index = this.session ? timelineItems(this.session.inventory).findIndex((i) => i.key === key) : -1;
      if (index >= 0) this.focusOption(index);
    }
  }

  /** Selects an event and marks its people on the map; unselecting takes back the marks this timeline made. */
  private choose(key: string | undefined): void {
    this.selectedKey = key;
    const session = this.session;
    if (!session) return;
    const item = key === undefined ? undefined : timelineItems(session.inventory).find((i) => i.key === key);
    if (item) {
      this.ownHighlight = item.people.filter((id) => Object.hasOwn(session.inventory.people, id));
      session.highlight = this.ownHighlight;
    } else if (this.ownHighlight) {
      // A highlight the host set since is the host's: leave it.
      if (sameIds(session.highlight, this.ownHighlight)) session.highlight = [];
      this.ownHighlight = undefined;
    }
  }

  /** Focuses an option once rendered, and scrolls the axis sideways (never the page) to show its mark. */
  private focusOption(index: number): void {
    void this.updateComplete.then(() => {
      const root = this.renderRoot;
      const option = root.querySelector<HTMLElement>(`#${optionId(index)}`);
      option?.focus({ preventScroll: false });
      const key = option?.dataset['key'];
      const scroller = root.querySelector<HTMLElement>('.axis-scroll');
      const mark = key === undefined ? null : root.querySelector<HTMLElement>(`.mark[data-key="${CSS.escape(key)}"]`);
      if (!scroller || !mark) return;
      const left = mark.offsetLeft;
      const right = left + mark.offsetWidth;
      if (left < scroller.scrollLeft || right > scroller.scrollLeft + scroller.clientWidth) {
        scroller.scrollLeft = Math.max(0, left - (scroller.clientWidth - mark.offsetWidth) / 2);
      }
    });
  }

  protected override sessionBound(): void {
    this.selectedKey = undefined;
    this.activeKey = undefined;
    this.ownHighlight = undefined;
    this.scrolledToEnd = false;
  }
}

function sameIds(a: readonly Id[], b: readonly Id[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

declare global {
  interface HTMLElementTagNameMap {
    'relationship-timeline': RelationshipTimeline;
  }
}
