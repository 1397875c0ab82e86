import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  command,
  createInventory,
  createStore,
  isRelmapError,
  parseInventory,
  RelmapError,
  type Change,
  type Command,
  type Id,
  type Inventory,
  type Store,
  type Transaction,
} from '@relmap/core';
import type { LayoutOptions } from '@relmap/layout';
import { LayoutController } from '../controllers/layout-controller.ts';
import { PointerController, type PointerDelegate } from '../controllers/pointer-controller.ts';
import { ViewportController } from '../controllers/viewport-controller.ts';
import { relmapEvent, type RelmapChangeDetail } from '../events.ts';
import { personLabel, type LabelMode } from '../labels.ts';
import { readingOrder } from '../navigation.ts';
import { defaultStrings, type MapStrings } from '../strings.ts';
import { legendKeysFor, legendStyles, renderLegend } from '../visual/index.ts';
import { describePerson, deathDates } from './describe.ts';
import { handleMapKey } from './keyboard.ts';
import { drawOrder, renderClient, renderLines, renderLinkPreview, renderPerson, renderRings, NODE_RADIUS } from './render-map.ts';
import { mapStyles } from './styles.ts';
import { exportSVG, exportPNG } from './export.ts';

/**
 * The interpersonal inventory as an interactive map: the client at the centre, the people in their life on
 * concentric closeness rings, and lines in the ecomap and genogram language clinicians know.
 *
 * @summary An editable relationship map for the IPT interpersonal inventory.
 *
 * @event relmap-change - Before a change is applied; cancelable. Detail: `inventory`, `previous`, `patches`, `inversePatches`, `command`, `kind`.
 * @event relmap-select - The selection changed. Detail: `ids`.
 * @event relmap-settle - The layout came to rest. Detail: `ticks`.
 * @event relmap-error - An action or an `inventory` value was refused. Detail: `error` (a `RelmapError`).
 *
 * @csspart base - The element's frame.
 * @csspart map - The SVG drawing.
 * @csspart ring - Each closeness ring; `ring-target` is added to the ring under a dragged person.
 * @csspart ring-label - Each ring's label.
 * @csspart client - The client at the centre.
 * @csspart person - Each person; also `person-selected` and `person-deceased`.
 * @csspart person-symbol - A person's circle, or a group's rounded square.
 * @csspart person-label - A person's label.
 * @csspart line - Every line; also `line-solid`, `line-dotted`, `line-zigzag`, `line-heavy-zigzag`.
 * @csspart legend - The legend.
 * @csspart toolbar - Undo, redo, link, delete, zoom and fit buttons.
 * @csspart quick-add - The form that adds a person by name.
 *
 * @cssproperty --relmap-background - Background of the map.
 * @cssproperty --relmap-foreground - Text colour.
 * @cssproperty --relmap-muted-foreground - Secondary text (ring labels, dates).
 * @cssproperty --relmap-ring-color - Ring outlines.
 * @cssproperty --relmap-ring-fill - Fill of the rings.
 * @cssproperty --relmap-ring-fill-inner - Fill of the innermost ring.
 * @cssproperty --relmap-node-fill - Fill of a person's symbol.
 * @cssproperty --relmap-node-stroke - Outline of a person's symbol.
 * @cssproperty --relmap-client-fill - Fill of the client at the centre.
 * @cssproperty --relmap-client-foreground - The client's label.
 * @cssproperty --relmap-line - Colour of lines.
 * @cssproperty --relmap-conflict - Colour of conflict lines (their zigzag and bars carry the meaning too).
 * @cssproperty --relmap-accent - Selection and the drop-target ring.
 * @cssproperty --relmap-focus-color - Keyboard focus.
 * @cssproperty --relmap-surface - Background of buttons, inputs and the legend.
 * @cssproperty --relmap-border-color - Borders of buttons, inputs and the legend.
 * @cssproperty --relmap-font-family - Font.
 * @cssproperty --relmap-font-size - Base font size.
 * @cssproperty --relmap-presenting-font-size - Base font size in presenting mode.
 * @cssproperty --relmap-line-thin - Stroke width of thin lines.
 * @cssproperty --relmap-line-normal - Stroke width of normal lines.
 * @cssproperty --relmap-line-thick - Stroke width of thick lines.
 * @cssproperty --relmap-muted-opacity - Opacity of lines to deceased people.
 */
export class RelationshipMap extends LitElement {
  static override styles = [mapStyles, legendStyles];

  /** Refuses edits: no drag, no add, no delete; pan, zoom, select and keyboard navigation still work. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** What labels show: `name`, `initials`, `alias` or `role`. Default: `name`, or `initials` when presenting. */
  @property({ attribute: 'label-mode', reflect: true }) labelMode: LabelMode | undefined;

  /** Presenting on a shared screen: names only when `label-mode="name"` is chosen, and a larger type. */
  @property({ type: Boolean, reflect: true }) presenting = false;

  /** The colour theme: `light` or `dark`. */
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  /** Replaces any of the texts the map shows or announces. */
  @property({ attribute: false }) strings: Partial<MapStrings> = {};

  @state() private announcement = '';
  @state() private linkMode = false;
  @state() private activeId: Id | undefined;
  @state() private renaming: Id | undefined;
  @state() private addRing: number | undefined;

  private store: Store;
  private selected: readonly Id[] = [];
  private vetoed: Change | undefined;
  private dragging: { id: Id; x: number; y: number; ring: number } | undefined;
  private linking: { from: Id; x: number; y: number } | undefined;
  private keyboardLinkFrom: Id | undefined;
  private readonly viewport = new ViewportController(this, () => undefined);
  private readonly layout: LayoutController;
  private readonly pointer: PointerController;

  constructor() {
    super();
    this.store = createStore(createInventory(), { beforeChange: (change) => this.offer(change) });
    this.store.subscribe((change) => this.committed(change));
    this.layout = new LayoutController(this, (ticks) => this.emit('relmap-settle', { ticks }), this.layoutOptions());
    this.pointer = new PointerController(this, this.viewport, this.pointerDelegate());
    this.layout.update(this.store.inventory, false);
  }

  /**
   * The inventory shown and edited. Setting it checks the value first: an invalid document is refused with a
   * `relmap-error` event and the map keeps what it had. Setting exactly the `inventory` of a `relmap-change`
   * that you cancelled applies that change and keeps it undoable.
   */
  @property({ attribute: false })
  get inventory(): Inventory {
    return this.store.inventory;
  }
  set inventory(value: Inventory) {
    const old = this.store.inventory;
    if (value === old) return;
    const vetoed = this.vetoed;
    this.vetoed = undefined;
    if (vetoed && value === vetoed.inventory && vetoed.previous === old) {
      this.store.commit(vetoed);
      return;
    }
    const result = parseInventory(value);
    if (!result.ok) {
      const first = result.errors[0];
      this.fail(new RelmapError('invalid-document', first?.path ?? '', first?.message ?? 'is not an inventory.', result.errors));
      return;
    }
    this.store.reset(result.inventory);
    this.layout.update(result.inventory, false);
    this.pruneSelection();
    this.requestUpdate('inventory', old);
  }

  /** How many closeness rings the map has (2 to 5). Setting it changes the inventory, as an undoable step. */
  @property({ type: Number, reflect: true })
  get rings(): number {
    return this.store.inventory.settings.rings;
  }
  set rings(value: number) {
    if (value === this.rings || value === null || Number.isNaN(value)) return;
    this.dispatch(command('setRings', { rings: value }));
  }

  /** The ids of the selected people. */
  @property({ attribute: false })
  get selection(): readonly Id[] {
    return this.selected;
  }
  set selection(ids: readonly Id[]) {
    const old = this.selected;
    this.selected = [...new Set(ids)].filter((id) => Object.hasOwn(this.store.inventory.people, id));
    this.requestUpdate('selection', old);
  }

  /** Whether `undo()` would do anything. */
  get canUndo(): boolean {
    return this.store.canUndo;
  }

  /** Whether `redo()` would do anything. */
  get canRedo(): boolean {
    return this.store.canRedo;
  }

  /**
   * Applies a command (from `@relmap/core`) as one undoable step, through `relmap-change`. Returns whether it was
   * applied; a refused command fires `relmap-error` instead of throwing.
   */
  dispatch(cmd: Command): boolean {
    return this.attempt(() => this.store.dispatch(cmd));
  }

  /** Applies several commands as one undoable step. */
  transaction(name: string, fn: (tx: Transaction) => void): boolean {
    return this.attempt(() => this.store.transaction(name, fn));
  }

  /** Undoes the last step. Returns whether anything was undone. */
  undo(): boolean {
    if (this.readonly) return false;
    const what = this.store.undoName;
    const done = this.attempt(() => this.store.undo());
    if (done && what) this.announce(this.text.announceUndo(what));
    return done;
  }

  /** Redoes the last undone step. Returns whether anything was redone. */
  redo(): boolean {
    if (this.readonly) return false;
    const what = this.store.redoName;
    const done = this.attempt(() => this.store.redo());
    if (done && what) this.announce(this.text.announceRedo(what));
    return done;
  }

  /** Zooms and pans so that the whole map is in view. */
  fit(): void {
    this.viewport.fit();
  }

  /** Zooms in (factor above 1) or out (below 1) around the centre of the view. */
  zoom(factor: number): void {
    this.viewport.zoomBy(factor);
  }

  /** Selects a person, centres the view on them and gives them keyboard focus. */
  focusPerson(id: Id): void {
    const at = this.layout.snapshot.positions.get(id);
    if (!at) return;
    this.select([id]);
    this.activeId = id;
    this.viewport.centreOn(at.x, at.y);
    void this.updateComplete.then(() => this.personElement(id)?.focus());
  }

  /** The map as a standalone SVG document (styles inlined), exactly as shown. */
  toSVG(): string {
    const el = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    return el ? exportSVG(el, this.layout.snapshot.extent) : '';
  }

  /** The map as a PNG image, at `scale` times its size on screen. */
  toPNG(scale = 2): Promise<Blob> {
    return exportPNG(this.toSVG(), scale, this.ownerDocument);
  }

  /** Runs the layout to rest now, without animation (for tests and exports). */
  settle(): void {
    this.layout.settleNow();
  }

  private get text(): MapStrings {
    return { ...defaultStrings, ...this.strings };
  }

  private get mode(): LabelMode {
    return this.labelMode ?? (this.presenting ? 'initials' : 'name');
  }

  private layoutOptions(): LayoutOptions {
    return { label: (p) => personLabel(p, this.mode, this.text), nodeRadius: NODE_RADIUS };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('labelMode') || changed.has('presenting') || changed.has('strings')) {
      if (this.hasUpdated) this.layout.reset(this.layoutOptions(), this.store.inventory);
    }
    this.viewport.setExtent(this.layout.snapshot.extent);
  }

  protected override updated(): void {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    if (svgEl) {
      this.pointer.attach(svgEl);
      this.viewport.observe(svgEl);
    }
  }

  protected override render(): unknown {
    const inv = this.store.inventory;
    const snap = this.layout.snapshot;
    const t = this.viewport.transform;
    const text = this.text;
    // The DOM keeps one order (by id): reordering would move, and so blur, the focused person.
    const people = drawOrder(inv).flatMap((id) => {
      const at = snap.positions.get(id);
      return at ? [{ id, ring: inv.people[id]!.tie.ring, x: at.x, y: at.y }] : [];
    });
    const active = this.activeId && inv.people[this.activeId] ? this.activeId : readingOrder(people)[0]?.id;
    const ringLabels = inv.settings.ringLabels.map((l, i) => text.ring(i + 1, l));
    return html`<div part="base" class="base" @keydown=${this.onKey}>
      ${this.readonly ? nothing : this.renderToolbar(text)}
      <svg
        part="map"
        class="map"
        role="group"
        aria-roledescription="relationship map"
        aria-label=${text.mapLabel}
        aria-describedby="map-description"
        tabindex=${people.length === 0 ? 0 : -1}
        @focusin=${this.onFocusIn}
      >
        <g class="viewport" transform="translate(${t.x} ${t.y}) scale(${t.k})">
          ${renderRings(snap, inv.settings.ringLabels, this.dragging?.ring)}
          ${renderLines(inv, snap)}
          ${renderClient(inv.client.label)}
          ${people.length === 0 ? svg`<text class="empty" y=${snap.ringRadii[0]! + 24}>${text.emptyMap}</text>` : nothing}
          <g class="people" role="list">
            ${repeat(
              people,
              (p) => p.id,
              (p) => {
                const person = inv.people[p.id]!;
                return svg`<g role="listitem">${renderPerson({
                  person,
                  x: p.x,
                  y: p.y,
                  label: personLabel(person, this.mode, text),
                  description: describePerson(person, this.mode, ringLabels, text),
                  dates: deathDates(person, text),
                  selected: this.selected.includes(p.id),
                  active: p.id === active,
                  dragging: this.dragging?.id === p.id,
                  linkSource: this.keyboardLinkFrom === p.id || this.linking?.from === p.id,
                })}</g>`;
              },
            )}
          </g>
          ${this.linking ? renderLinkPreview(snap.positions.get(this.linking.from), this.linking) : nothing}
        </g>
      </svg>
      <p id="map-description" class="sr-only">${text.mapDescription(inv.client.label, people.length, inv.settings.rings)}</p>
      <details class="legend-box" open>
        <summary>${text.legendTitle}</summary>
        ${renderLegend(legendKeysFor(inv), undefined, text.legendTitle)}
      </details>
      ${this.readonly ? nothing : this.renderQuickAdd(text)}
      ${this.renderRename(text)}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderToolbar(text: MapStrings): unknown {
    return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label="Map tools">
      <button type="button" @click=${() => this.undo()} ?disabled=${!this.store.canUndo} aria-keyshortcuts="Control+Z">${text.undo}</button>
      <button type="button" @click=${() => this.redo()} ?disabled=${!this.store.canRedo} aria-keyshortcuts="Control+Shift+Z">${text.redo}</button>
      <button type="button" aria-pressed=${this.linkMode ? 'true' : 'false'} @click=${() => (this.linkMode = !this.linkMode)}>${text.linkMode}</button>
      <button type="button" ?disabled=${this.selected.length === 0} @click=${() => this.removeSelected()}>${text.deleteSelected}</button>
      <button type="button" @click=${() => this.zoom(1.25)} aria-label=${text.zoomIn}>+</button>
      <button type="button" @click=${() => this.zoom(0.8)} aria-label=${text.zoomOut}>−</button>
      <button type="button" @click=${() => this.fit()}>${text.fit}</button>
    </div>`;
  }

  private renderQuickAdd(text: MapStrings): unknown {
    const rings = this.store.inventory.settings.rings;
    const ring = Math.min(this.addRing ?? rings, rings);
    const labels = this.store.inventory.settings.ringLabels;
    return html`<form part="quick-add" class="quick-add" @submit=${this.onAdd}>
      <input name="name" autocomplete="off" aria-label=${text.addPlaceholder} placeholder=${text.addPlaceholder} />
      <select name="ring" aria-label=${text.ringPicker} @change=${(e: Event) => (this.addRing = Number((e.target as HTMLSelectElement).value))}>
        ${labels.map((l, i) => html`<option value=${i + 1} ?selected=${i + 1 === ring}>${l}</option>`)}
      </select>
      <button type="submit">${text.addButton}</button>
    </form>`;
  }

  private renderRename(text: MapStrings): unknown {
    const id = this.renaming;
    const person = id ? this.store.inventory.people[id] : undefined;
    const at = id ? this.layout.snapshot.positions.get(id) : undefined;
    if (!id || !person || !at) return nothing;
    const p = this.viewport.toScreen(at.x, at.y + NODE_RADIUS + 4);
    const svgBox = this.renderRoot.querySelector('svg.map')?.getBoundingClientRect();
    const baseBox = this.renderRoot.querySelector('.base')?.getBoundingClientRect();
    const s = { x: p.x + (svgBox && baseBox ? svgBox.left - baseBox.left : 0), y: p.y + (svgBox && baseBox ? svgBox.top - baseBox.top : 0) };
    return html`<input
      class="rename"
      aria-label=${text.renameLabel}
      style="left:${s.x}px;top:${s.y}px"
      .value=${person.name}
      @keydown=${(e: KeyboardEvent) => this.onRenameKey(e, id)}
      @blur=${(e: FocusEvent) => this.finishRename(id, (e.target as HTMLInputElement).value)}
    />`;
  }

  private onAdd = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const input = form.elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    if (!name) return;
    const ring = Number((form.elements.namedItem('ring') as HTMLSelectElement).value);
    if (this.dispatch(command('addPerson', { name, ring }))) input.value = '';
  };

  private onRenameKey(e: KeyboardEvent, id: Id): void {
    e.stopPropagation();
    if (e.key === 'Enter') this.finishRename(id, (e.target as HTMLInputElement).value);
    if (e.key === 'Escape') this.finishRename(id, undefined);
  }

  private finishRename(id: Id, value: string | undefined): void {
    if (this.renaming !== id) return;
    this.renaming = undefined;
    const person = this.store.inventory.people[id];
    if (value !== undefined && person && value.trim() && value.trim() !== person.name) {
      this.dispatch(command('updatePerson', { id, changes: { name: value } }));
    }
    void this.updateComplete.then(() => this.personElement(id)?.focus());
  }

  /** Starts renaming a person in place. */
  rename(id: Id): void {
    if (this.readonly || !this.store.inventory.people[id]) return;
    this.renaming = id;
    void this.updateComplete.then(() => {
      const input = this.renderRoot.querySelector<HTMLInputElement>('input.rename');
      input?.focus();
      input?.select();
    });
  }

  private onKey = (e: KeyboardEvent): void => {
    handleMapKey(this.keyTarget, e);
  };

  private onFocusIn = (e: FocusEvent): void => {
    const id = (e.target as Element).getAttribute?.('data-id');
    if (id) this.activeId = id;
  };

  private get keyTarget(): Parameters<typeof handleMapKey>[0] {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const map = this;
    return {
      get inventory() {
        return map.store.inventory;
      },
      get editable() {
        return !map.readonly;
      },
      get activeId() {
        return map.activeId ?? readingOrder(
          [...map.layout.snapshot.positions.values()].map((p) => ({ id: p.id, ring: p.ring, x: p.x, y: p.y })),
        )[0]?.id;
      },
      get linkFrom() {
        return map.keyboardLinkFrom;
      },
      positions: () => [...map.layout.snapshot.positions.values()],
      focus: (id) => {
        map.activeId = id;
        void map.updateComplete.then(() => map.personElement(id)?.focus());
      },
      dispatch: (cmd) => map.dispatch(cmd),
      undo: () => map.undo(),
      redo: () => map.redo(),
      fit: () => map.fit(),
      zoom: (f) => map.zoom(f),
      toggleSelect: (id) => map.select(map.selected.includes(id) ? map.selected.filter((s) => s !== id) : [...map.selected, id]),
      clearSelection: () => map.select([]),
      rename: (id) => map.rename(id),
      removeSelectedOr: (id) => map.removeSelected(id),
      startLink: (id) => {
        map.keyboardLinkFrom = id;
        map.announce(map.text.announceLinkStart(map.labelOf(id)));
        map.requestUpdate();
      },
      cancelLink: () => {
        map.keyboardLinkFrom = undefined;
        map.requestUpdate();
      },
    };
  }

  private pointerDelegate(): PointerDelegate {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const map = this;
    return {
      get editable() {
        return !map.readonly;
      },
      get linkMode() {
        return map.linkMode;
      },
      personAtPoint: (x, y) => {
        let best: Id | undefined;
        let bestD = NODE_RADIUS + 6;
        for (const p of map.layout.snapshot.positions.values()) {
          const d = Math.hypot(p.x - x, p.y - y);
          if (d <= bestD) [best, bestD] = [p.id, d];
        }
        return best;
      },
      dragMove: (id, x, y) => {
        map.dragging = { id, x, y, ring: map.layout.nearestRing(x, y) };
        map.layout.drag(id, x, y);
      },
      dragEnd: (id, x, y) => {
        map.dragging = undefined;
        map.layout.release(id);
        map.dropOnRing(id, x, y);
      },
      dragCancel: (id) => {
        map.dragging = undefined;
        map.layout.release(id);
        map.layout.update(map.store.inventory, true);
      },
      linkMove: (from, x, y) => {
        map.linking = { from, x, y };
        map.requestUpdate();
      },
      linkEnd: (from, to) => {
        map.linking = undefined;
        map.requestUpdate();
        if (to) map.link(from, to);
      },
      tap: (id, additive) => {
        if (id === undefined) return map.select([]);
        map.activeId = id;
        map.select(additive ? [...map.selected, id] : [id]);
      },
      doubleTap: (id) => map.rename(id),
    };
  }

  /** Ends a drag: the ring nearest the drop point becomes the closeness, the angle becomes a pin; one step. */
  private dropOnRing(id: Id, x: number, y: number): void {
    const person = this.store.inventory.people[id];
    if (!person) return;
    const ring = this.layout.nearestRing(x, y);
    const angle = this.layout.angleOf(x, y);
    const applied = this.transaction('moveToRing', (tx) => {
      if (ring !== person.tie.ring) tx.dispatch(command('setCloseness', { id, ring }));
      tx.dispatch(command('setPin', { id, angle }));
    });
    if (!applied) this.layout.update(this.store.inventory, true);
  }

  /** Links two people, or announces why not. */
  link(a: Id, b: Id): boolean {
    const done = this.dispatch(command('linkPeople', { a, b }));
    if (done) this.announce(this.text.announceLinked(this.labelOf(a), this.labelOf(b)));
    return done;
  }

  private removeSelected(fallback?: Id): void {
    const ids = this.selected.length > 0 ? [...this.selected] : fallback ? [fallback] : [];
    if (ids.length === 0) return;
    const names = ids.map((id) => this.labelOf(id));
    const done = this.transaction(ids.length === 1 ? 'removePerson' : 'removePeople', (tx) => {
      for (const id of ids) tx.dispatch(command('removePerson', { id }));
    });
    if (done) this.announce(names.map((n) => this.text.announceRemoved(n)).join(' '));
  }

  private select(ids: readonly Id[]): void {
    const next = [...new Set(ids)];
    if (next.length === this.selected.length && next.every((id, i) => id === this.selected[i])) return;
    this.selection = next;
    this.emit('relmap-select', { ids: this.selected });
  }

  private pruneSelection(): void {
    const kept = this.selected.filter((id) => Object.hasOwn(this.store.inventory.people, id));
    if (kept.length !== this.selected.length) this.select(kept);
  }

  private labelOf(id: Id): string {
    const person = this.store.inventory.people[id];
    return person ? personLabel(person, this.mode, this.text) : id;
  }

  private personElement(id: Id): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`g.person[data-id="${CSS.escape(id)}"]`);
  }

  private attempt(fn: () => Change | undefined): boolean {
    try {
      return fn() !== undefined;
    } catch (error) {
      if (isRelmapError(error)) {
        this.fail(error);
        return false;
      }
      throw error;
    }
  }

  private offer(change: Change): boolean {
    if (this.readonly) return false;
    const detail: RelmapChangeDetail = {
      inventory: change.inventory,
      previous: change.previous,
      patches: change.patches,
      inversePatches: change.inversePatches,
      command: change.command,
      kind: change.kind,
    };
    const accepted = this.dispatchEvent(relmapEvent('relmap-change', detail, true));
    if (!accepted) {
      this.vetoed = change;
      this.layout.update(this.store.inventory, true);
    }
    return accepted;
  }

  private committed(change: Change): void {
    this.layout.update(change.inventory, true);
    this.pruneSelection();
    if (change.kind === 'command' || change.kind === 'transaction') this.announceCommand(change);
    this.requestUpdate();
  }

  private announceCommand(change: Change): void {
    const text = this.text;
    const inv = change.inventory;
    const ringName = (ring: number): string => inv.settings.ringLabels[ring - 1]?.toLowerCase() ?? `ring ${ring}`;
    if (change.command === 'addPerson') {
      const id = change.patches[0]?.path[1];
      const person = typeof id === 'string' ? inv.people[id] : undefined;
      if (person) this.announce(text.announceAdded(this.labelOf(person.id), ringName(person.tie.ring)));
    } else {
      const moved = change.patches.find((p) => p.path[0] === 'people' && p.path[2] === 'tie' && p.path[3] === 'ring');
      const id = moved?.path[1];
      const person = typeof id === 'string' ? inv.people[id] : undefined;
      if (person) this.announce(text.announceMoved(this.labelOf(person.id), ringName(person.tie.ring)));
    }
  }

  private announce(message: string): void {
    // Re-setting the same text would not be announced again, so a repeat gets an invisible difference.
    this.announcement = message === this.announcement ? `${message}\u200b` : message;
  }

  private fail(error: RelmapError): void {
    this.emit('relmap-error', { error });
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(relmapEvent(type, detail));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relationship-map': RelationshipMap;
  }
}
