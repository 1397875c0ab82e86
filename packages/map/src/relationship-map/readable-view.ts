import { nothing, type ReactiveController, type ReactiveControllerHost, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Id, Inventory } from '@relmap/core';
import type { LayoutSnapshot, Sector } from '@relmap/layout';
import type { MapStrings } from '../strings.ts';
import { labelPainter } from './paint-labels.ts';
import { drain } from '../drain.ts';
import { COLLAPSED_RADIUS } from './render-map.ts';
import type { OnDemand } from './on-demand.ts';
import { waysPart } from './on-demand-parts.ts';
import { drawnIdOf } from './drawn-ids.ts';
import { isWholeMap, waysView, WHOLE_MAP, type WaysState, type WaysView } from './ways.ts';

/** From this many people on, the ways through are offered even when every label fits. */
export const WAYS_FROM = 20;

/** What the readable view needs from the map element. */
export interface ReadableHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly inventory: Inventory;
  readonly snapshot: LayoutSnapshot;
  readonly selection: readonly Id[];
  readonly highlight: readonly Id[];
  readonly activeId: Id | undefined;
  readonly text: MapStrings;
  /** The current view transform (screen = world × k + (x, y)) and the drawing's size in CSS pixels. */
  readonly view: { readonly k: number; readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  labelOf(id: Id): string;
  announce(message: string): void;
  /** A part of the code loaded on demand, if it has loaded; otherwise it starts loading and the map redraws when it has. */
  part<T extends object>(part: OnDemand<T>): T | undefined;
  focusPerson(id: Id): void;
  focusMap(): void;
}

/**
 * Keeps a map readable at any size (rules M40 to M50): places its labels after every render and every zoom step,
 * counts the labels that do not fit, says so, and holds the ways through (search, one ring, one group, collapsed
 * groups, focus) with their controls, their classes on the drawing and their announcements.
 */
export class ReadableView implements ReactiveController {
  private state: WaysState = WHOLE_MAP;
  private hidden = 0;
  private placedAt = '';
  /** What the labels were last placed for: a render that changed none of it (the hint, the toolbar) leaves them. */
  private placedFor: readonly unknown[] = [];
  private frame = 0;
  private current: WaysView | undefined;

  constructor(private readonly host: ReadableHost) {
    host.addController(this);
  }

  /** The view of the current inventory, computed once per render. */
  private get view(): WaysView {
    this.current ??= waysView(this.state, this.host.inventory, this.host.snapshot, this.host.selection, (id) => this.host.labelOf(id));
    return this.current;
  }

  /** The people folded into collapsed groups. */
  get collapsedIds(): ReadonlySet<Id> {
    return this.view.collapsed;
  }

  hostUpdate(): void {
    this.current = undefined;
  }

  /** Labels are not placed after each render while this is set: the first paint places them once, at its end. */
  held = false;

  hostUpdated(): void {
    if (!this.held) this.paint();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** After a change of view (zoom or pan): places the labels again at the next frame. */
  viewed(t: { k: number; x: number; y: number }): void {
    const key = `${t.k} ${Math.round(t.x)} ${Math.round(t.y)}`;
    if (key === this.placedAt || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.held) this.paint();
    });
  }

  /** The hint that labels are hidden, or ''. */
  get hint(): string {
    return this.hidden > 0
      ? this.host.text.ways.hiddenLabels(this.hidden, Object.keys(this.host.inventory.people).length - this.view.faded.size - this.view.collapsed.size)
      : '';
  }

  /** What the map's description adds: the view chosen and the hint. */
  describe(): string {
    const w = this.host.text.ways;
    const s = this.state;
    const ringLabel = s.ring ? this.host.text.ring(s.ring, this.host.inventory.settings.ringLabels[s.ring - 1] ?? '') : undefined;
    const focus = s.focus && this.host.selection.length ? this.host.selection.map((id) => this.host.labelOf(id)).join(', ') : undefined;
    const summary = w.viewSummary({
      ring: ringLabel,
      group: s.group ? w.groups[s.group] : undefined,
      collapsed: s.collapsed.map((g) => w.groups[g]),
      focus,
      matches: s.query.trim() ? this.view.matches.size : undefined,
    });
    return [summary, this.hint].filter(Boolean).join(' ');
  }

  /**
   * The row of controls, when the map is large, labels are hidden, or a way through is in use; loaded the first
   * time it is shown, which the map's `updateComplete` waits for (rule M53).
   */
  renderControls(): TemplateResult | typeof nothing {
    const inv = this.host.inventory;
    if (Object.keys(inv.people).length < WAYS_FROM && this.hidden === 0 && isWholeMap(this.state)) return nothing;
    const controls = this.host.part(waysPart);
    if (!controls) return nothing;
    return controls.renderWays({
      inventory: inv,
      state: this.state,
      text: this.host.text.ways,
      ringLabels: inv.settings.ringLabels.map((l, i) => this.host.text.ring(i + 1, l)),
      hint: this.hint,
      hasSelection: this.host.selection.length > 0,
      search: (query) => this.set({ query }, () => this.host.text.ways.announceMatches(this.view.matches.size, query.trim())),
      goToMatch: () => {
        const first = [...this.view.matches].sort((a, b) => this.host.labelOf(a).localeCompare(this.host.labelOf(b)))[0];
        if (first) this.host.focusPerson(first);
      },
      leaveSearch: () => {
        this.set({ query: '' }, () => this.host.text.ways.announceMatches(0, ''));
        this.host.focusMap();
      },
      showRing: (ring) =>
        this.set({ ring }, () => this.host.text.ways.announceRing(ring ? this.host.text.ring(ring, inv.settings.ringLabels[ring - 1] ?? '') : undefined)),
      showGroup: (group) => this.set({ group }, () => this.host.text.ways.announceGroup(group ? this.host.text.ways.groups[group] : undefined)),
      toggleCollapsed: (group) => this.toggleCollapsed(group),
      toggleFocus: () => this.toggleFocus(),
    });
  }

  /** What the drawing takes from the readable view: the collapsed groups' nodes and the view's description. */
  drawing(): { overlay: SVGTemplateResult | typeof nothing; viewDescription: string } {
    return { overlay: this.renderGroups(), viewDescription: this.describe() };
  }

  /** The collapsed groups' nodes, drawn over the people. */
  renderGroups(): SVGTemplateResult | typeof nothing {
    if (!this.view.groups.length) return nothing;
    return this.host.part(waysPart)?.renderCollapsedGroups(this.view.groups, this.host.text.ways, (g) => this.toggleCollapsed(g)) ?? nothing;
  }

  /** Folds a group into one node, or unfolds it. */
  toggleCollapsed(group: Sector): void {
    const collapsed = this.state.collapsed.includes(group) ? this.state.collapsed.filter((g) => g !== group) : [...this.state.collapsed, group];
    const count = Object.values(this.host.inventory.people).filter((p) => this.view.groups.some((g) => g.group === group && g.ids.includes(p.id))).length;
    this.set({ collapsed }, () =>
      this.host.text.ways.announceCollapsed(
        this.host.text.ways.groups[group],
        count || (this.view.groups.find((g) => g.group === group)?.ids.length ?? 0),
        collapsed.includes(group),
      ),
    );
  }

  /** Turns the focus view on or off; on, it fades all but the selected people and their ties. */
  toggleFocus(): void {
    if (!this.state.focus && this.host.selection.length === 0) return this.host.announce(this.host.text.ways.focusNeedsSelection);
    const focus = !this.state.focus;
    this.set({ focus }, () =>
      this.host.text.ways.announceFocus(focus ? this.host.selection.map((id) => this.host.labelOf(id)).join(', ') : undefined, this.view.focusTies),
    );
  }

  /** Moves keyboard focus to the search field. */
  focusSearch(): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('input.ways-search')?.focus());
  }

  private set(change: Partial<WaysState>, say: () => string): void {
    this.state = { ...this.state, ...change };
    this.current = undefined;
    this.host.announce(say());
    this.host.requestUpdate();
  }

  private paint(): void {
    if (!this.placed) drain(this.painting());
  }

  /** Whether the labels are placed for what is drawn now, in the view as it is now. */
  get placed(): boolean {
    const now = this.inputs();
    return now.every((x, i) => x === this.placedFor[i]);
  }

  private inputs(): unknown[] {
    const h = this.host;
    const v = h.view;
    const root = h.renderRoot;
    const drawn = `${root.querySelectorAll('g.person').length} ${root.querySelectorAll('g.marks').length} ${v.k} ${v.x} ${v.y} ${v.width} ${v.height}`;
    return [h.inventory, h.snapshot, h.selection, h.highlight, h.activeId, h.text, this.state, drawn];
  }

  /** Places the labels, and says how many are hidden, in steps (see `labelPainter`). */
  *painting(): Generator<void, void> {
    const inputs = this.inputs();
    const root = this.host.renderRoot;
    const view = this.view;
    const inv = this.host.inventory;
    const focusIds = new Set(this.state.focus ? this.host.selection : []);
    for (const g of root.querySelectorAll<SVGGElement>('g.people g.person[data-id]')) {
      const id = drawnIdOf(g)!;
      g.classList.toggle('faded', view.faded.has(id));
      g.classList.toggle('collapsed', view.collapsed.has(id));
      g.classList.toggle('match', view.matches.has(id));
    }
    for (const line of root.querySelectorAll<SVGGElement>('g.lines g.line[data-id]')) {
      const id = drawnIdOf(line)!;
      const ends = line.getAttribute('data-kind') === 'client' ? [id] : [inv.ties[id]?.a ?? '', inv.ties[id]?.b ?? ''];
      line.classList.toggle(
        'collapsed',
        ends.some((e) => view.collapsed.has(e)),
      );
      line.classList.toggle('faded', ends.some((e) => view.faded.has(e)) || (focusIds.size > 0 && !ends.some((e) => focusIds.has(e))));
    }
    const v = this.host.view;
    const k = v.k;
    // Set through the CSSOM, never a style attribute, which a strict content security policy refuses (rule M40).
    root.querySelector<SVGSVGElement>('svg.map')?.style.setProperty('--k', String(k));
    this.placedAt = `${v.k} ${Math.round(v.x)} ${Math.round(v.y)}`;
    const bounds = v.width > 0 ? { left: -v.x / k, top: -v.y / k, right: (v.width - v.x) / k, bottom: (v.height - v.y) / k } : undefined;
    const required = new Set([...this.host.selection, ...this.host.highlight, ...view.matches]);
    if (this.host.activeId) required.add(this.host.activeId);
    const skip = new Set([...view.faded, ...view.collapsed]);
    const groups = view.groups.map((g) => ({ x: g.x, y: g.y, r: COLLAPSED_RADIUS }));
    const { hidden } = yield* labelPainter(root, inv, this.host.snapshot, k, { required, skip, groups, ...(bounds ? { bounds } : {}) });
    this.placedFor = inputs;
    if (hidden !== this.hidden) {
      const appeared = this.hidden === 0;
      this.hidden = hidden;
      if (appeared) this.host.announce(this.hint);
      this.host.requestUpdate();
    }
  }
}
