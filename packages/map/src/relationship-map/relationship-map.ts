import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { command, type Change, type Command, type Id, type Inventory, type Person, type Transaction } from '@relmap/core';
import type { LayoutOptions } from '@relmap/layout';
import { DocumentController } from '../controllers/document-controller.ts';
import { LayoutController } from '../controllers/layout-controller.ts';
import { PointerController } from '../controllers/pointer-controller.ts';
import { ViewportController } from '../controllers/viewport-controller.ts';
import { relmapEvent } from '../events.ts';
import type { LabelMode } from '../labels.ts';
import { labelFor, labelModeFor } from '../presenting-policy.ts';
import { defaultStrings, type MapStrings } from '../strings.ts';
import { legendKeysFor, legendStrings, legendStyles, lineStyles, renderLegend } from '../visual/index.ts';
import { PersonViews } from './person-views.ts';
import { changeAnnouncement } from './announce.ts';
import { Gestures } from './gestures.ts';
import { handleMapKey, type KeyTarget } from './keyboard.ts';
import { mapEditor, mapToolbar, readableHost, toggleBlank } from './map-editor.ts';
import { drawnIdOf, focusActive, labelPosition, personElement } from './map-dom.ts';
import { InPlaceRename } from './in-place-rename.ts';
import { renderQuickAdd, renderToolbar } from './render-controls.ts';
import { paintView, renderDrawing } from './render-drawing.ts';
import { drawingExtent, NODE_RADIUS } from './render-map.ts';
import { mapStyles, waysStyles } from './styles.ts';
import { preferenceStyles } from './preference-styles.ts';
import { personStyles } from './person-styles.ts';
import { isBlankKey, renderBlank } from './blank.ts';
import { LegendDisclosure, legendBoxStyles, type LegendState } from './legend-box.ts';
import { exportSVG, exportPNG } from './export.ts';
import { focusAfterRemoval } from './focus-after-removal.ts';
import { helpStyles } from './help-styles.ts';
import { openHelpDialog, renderHelp } from './render-help.ts';
import { ReadableView } from './readable-view.ts';

/**
 * The interpersonal inventory as an interactive map: the client at the centre, the people in their life on
 * concentric closeness rings, and lines in the ecomap and genogram language clinicians know.
 *
 * @summary An editable relationship map for the IPT interpersonal inventory.
 *
 * @event relmap-change - Before a change is applied; cancelable. Detail: `inventory`, `previous`, `patches`, `inversePatches`, `command`, `kind`.
 * @event relmap-select - The selection changed. Detail: `ids`.
 * @event relmap-settle - The layout came to rest. Detail: `ticks`.
 * @event relmap-blank - The `B` key blanked the map or showed it again. Detail: `blanked`.
 * @event relmap-error - An action or an `inventory` value was refused. Detail: `error` (a `RelmapError`).
 *
 * @csspart base - The element's frame.
 * @csspart map - The SVG drawing.
 * @csspart ring - Each closeness ring; `ring-target` is added to the ring under a dragged person.
 * @csspart ring-label - Each ring's label.
 * @csspart client - The client at the centre.
 * @csspart person - Each person; also `person-selected`, `person-deceased` and `person-highlighted`.
 * @csspart person-halo - The halo behind a highlighted person (see `highlight`).
 * @csspart person-symbol - A person's circle, or a group's rounded square, in their category's tone.
 * @csspart person-inside-label - A person's label, inside their symbol when it fits there.
 * @csspart person-badge - The badge on a person's rim with their category's glyph.
 * @csspart person-selection - The ring around a selected person.
 * @csspart person-label - A person's label.
 * @csspart sectors - The sector dividers and labels, when sectors are on.
 * @csspart sector-divider - A divider between two sectors.
 * @csspart sector-label - A sector's name.
 * @csspart line - Every line; also `line-solid`, `line-dotted`, `line-zigzag`, `line-heavy-zigzag`.
 * @csspart legend - The legend.
 * @csspart legend-box - The legend's box; `legend-toggle` is its button that shows and hides the legend.
 * @csspart toolbar - Undo, redo, link, delete, zoom and fit buttons.
 * @csspart quick-add - The form that adds a person by name.
 * @csspart ways - The row of view controls of a large map: find, show ring, show group, collapse, focus, and the hint.
 *
 * @cssproperty --relmap-background - Background of the map.
 * @cssproperty --relmap-foreground - Text colour.
 * @cssproperty --relmap-muted-foreground - Secondary text (ring labels, dates).
 * @cssproperty --relmap-ring-color - Ring outlines.
 * @cssproperty --relmap-ring-fill - Fill of the rings.
 * @cssproperty --relmap-ring-fill-inner - Fill of the innermost ring.
 * @cssproperty --relmap-node-fill - Fill of every person's symbol, in place of the category tones' fills.
 * @cssproperty --relmap-node-stroke - Edge and badge of every person's symbol, in place of the category tones.
 * @cssproperty --relmap-category-family - Edge and badge of the family tone (partner, parent, child, sibling, other family).
 * @cssproperty --relmap-category-family-fill - Fill of the family tone.
 * @cssproperty --relmap-category-friends - Edge and badge of the friends tone (friend, neighbour).
 * @cssproperty --relmap-category-friends-fill - Fill of the friends tone.
 * @cssproperty --relmap-category-work - Edge and badge of the work tone (colleague).
 * @cssproperty --relmap-category-work-fill - Fill of the work tone.
 * @cssproperty --relmap-category-services - Edge and badge of the services tone (professional, community).
 * @cssproperty --relmap-category-services-fill - Fill of the services tone.
 * @cssproperty --relmap-category-other - Edge and badge of the other tone.
 * @cssproperty --relmap-category-other-fill - Fill of the other tone.
 * @cssproperty --relmap-glyph-color - The category glyph on its badge.
 * @cssproperty --relmap-client-fill - Fill of the client at the centre.
 * @cssproperty --relmap-client-foreground - The client's label.
 * @cssproperty --relmap-line - Colour of lines.
 * @cssproperty --relmap-conflict - Colour of conflict lines (their zigzag and bars carry the meaning too).
 * @cssproperty --relmap-accent - The ring around a selected person, and the drop-target ring.
 * @cssproperty --relmap-highlight-color - The halo of highlighted people.
 * @cssproperty --relmap-focus-color - Keyboard focus.
 * @cssproperty --relmap-surface - Background of buttons, inputs and the legend.
 * @cssproperty --relmap-border-color - Borders of buttons, inputs and the legend.
 * @cssproperty --relmap-font-family - Font.
 * @cssproperty --relmap-font-size - Base font size.
 * @cssproperty --relmap-presenting-font-size - Base font size in presenting mode.
 * @cssproperty --relmap-label-size - Size of people's labels on screen at any zoom out (13px; 16px presenting).
 * @cssproperty --relmap-small-label-size - Size of ring labels and dates on screen (12px; 13px presenting).
 * @cssproperty --relmap-line-thin - Stroke width of thin lines.
 * @cssproperty --relmap-line-normal - Stroke width of normal lines.
 * @cssproperty --relmap-line-thick - Stroke width of thick lines.
 * @cssproperty --relmap-muted-opacity - Opacity of lines to deceased people.
 */
export class RelationshipMap extends LitElement {
  static override styles = [mapStyles, waysStyles, personStyles, preferenceStyles, lineStyles, legendStyles, legendBoxStyles, helpStyles];

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

  /**
   * Ids of people to mark with a halo, without selecting them: for example the people who changed between two
   * sessions. Ids of people not in the inventory are ignored.
   */
  @property({ attribute: false }) highlight: readonly Id[] = [];

  /** The legend at first: `auto` (open on a map 760 px wide or more, else collapsed), `open` or `closed`. */
  @property() legend: LegendState = 'auto';

  /**
   * An earlier inventory to lay this one out from, as if edited into it: people in both keep their earlier places
   * unless their ring or sector changed (`<relationship-compare>` sets it on its later map). Unset: the inventory's own.
   */
  @property({ attribute: false }) layoutFrom: Inventory | undefined;

  /** Hides the whole map at once, leaving nothing of the inventory in the DOM; the `B` key toggles it too. */
  @property({ type: Boolean, reflect: true }) blanked = false;

  /**
   * Today, for the dates a presenting map says relative to it ("† 4 months ago"). The element never reads the clock
   * on its own: when this is not set, it is taken once, on connect, from the window the element is in.
   */
  @property({ attribute: false }) now: Date | undefined;

  @state() private announcement = '';
  @state() private linkMode = false;
  @state() private activeId: Id | undefined;
  @state() private addRing: number | undefined;

  private readonly doc: DocumentController;
  private selected: readonly Id[] = [];
  private readonly gestures: Gestures;
  private readonly keys: KeyTarget;
  private readonly viewport = new ViewportController(this, (t) => !this.renamer.open && paintView(this.renderRoot, t) && (this.readable.viewed(t), true));
  private readonly layout: LayoutController;
  private readonly views = new PersonViews();
  private readonly pointer: PointerController;
  private readonly legendBox = new LegendDisclosure(this, () => this.legend);
  private readonly renamer = new InPlaceRename(this, {
    labelPosition: (id) => labelPosition(this.renderRoot, this.layout.snapshot.positions.get(id), (x, y) => this.viewport.toScreen(x, y)),
    refocus: (id) => personElement(this.renderRoot, id)?.focus(),
  });

  private readonly readable = new ReadableView(readableHost(this));

  constructor() {
    super();
    this.doc = new DocumentController(this, {
      committed: (change) => this.committed(change),
      vetoed: () => this.layout.load(this.doc.inventory, true),
      replaced: (inventory) => {
        this.layout.load(inventory, false, this.layoutFrom);
        this.pruneSelection();
      },
      remember: (inventory) => this.layout.plan(inventory, true),
    });
    this.layout = new LayoutController(this, (ticks) => this.emit('relmap-settle', { ticks }), this.layoutOptions());
    this.gestures = new Gestures(mapEditor(this));
    this.keys = this.gestures.keys();
    this.pointer = new PointerController(this, this.viewport, this.gestures.pointer());
    this.layout.update(this.doc.inventory, false);
  }

  /**
   * The inventory shown and edited. Setting it checks the value first: an invalid document is refused with a
   * `relmap-error` event and the map keeps what it had. Setting exactly the `inventory` of a `relmap-change`
   * that you cancelled applies that change and keeps it undoable.
   */
  @property({ attribute: false })
  get inventory(): Inventory {
    return this.doc.inventory;
  }
  set inventory(value: Inventory) {
    const old = this.doc.inventory;
    if (this.doc.setInventory(value)) this.requestUpdate('inventory', old);
  }

  /** How many closeness rings the map has (2 to 5). Setting it changes the inventory, as an undoable step. */
  @property({ type: Number, reflect: true })
  get rings(): number {
    return this.doc.inventory.settings.rings;
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
    this.selected = [...new Set(ids)].filter((id) => Object.hasOwn(this.doc.inventory.people, id));
    this.requestUpdate('selection', old);
  }

  /** Whether `undo()` would do anything. */
  get canUndo(): boolean {
    return this.doc.store.canUndo;
  }

  /** Whether `redo()` would do anything. */
  get canRedo(): boolean {
    return this.doc.store.canRedo;
  }

  /**
   * Applies a command (from `@relmap/core`) as one undoable step, through `relmap-change`. Returns whether it was
   * applied; a refused command fires `relmap-error` instead of throwing.
   */
  dispatch(cmd: Command): boolean {
    return this.doc.dispatch(cmd);
  }

  /** Applies several commands as one undoable step. */
  transaction(name: string, fn: (tx: Transaction) => void): boolean {
    return this.doc.transaction(name, fn);
  }

  /** Undoes the last step. Returns whether anything was undone. */
  undo(): boolean {
    return this.doc.undo();
  }

  /** Redoes the last undone step. Returns whether anything was redone. */
  redo(): boolean {
    return this.doc.redo();
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
    void this.updateComplete.then(() => personElement(this.renderRoot, id)?.focus());
  }

  /** The map as a standalone SVG document (styles inlined), exactly as shown. */
  toSVG(): string {
    const el = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    return el ? exportSVG(el, drawingExtent(this.layout.snapshot)) : '';
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
    return labelModeFor(this.labelMode, this.presenting);
  }

  private layoutOptions(): LayoutOptions {
    return { label: (p) => labelFor(this.doc.inventory.people, p, this.mode, this.text), nodeRadius: NODE_RADIUS };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('labelMode') || changed.has('presenting') || changed.has('strings')) {
      if (this.hasUpdated) this.layout.reset(this.layoutOptions(), this.doc.inventory, this.layoutFrom);
      this.announcement = ''; // said under the old policy, it may hold a name
    }
    if (changed.has('layoutFrom') && (this.hasUpdated || this.layoutFrom !== undefined)) {
      this.layout.load(this.doc.inventory, false, this.layoutFrom);
    }
    this.viewport.setExtent(drawingExtent(this.layout.snapshot));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const view = this.ownerDocument.defaultView;
    if (!this.now && view) this.now = new view.Date();
  }

  protected override render(): unknown {
    if (this.blanked) return renderBlank(this.text, this.onKey);
    const inv = this.doc.inventory;
    const text = this.text;
    const viewContext = { inventory: inv, text: text, strings: this.strings, mode: this.mode, now: this.presenting ? this.now : undefined, labelOf: (id: Id) => this.labelOf(id) };
    return html`<div part="base" class="base" @keydown=${this.onKey}>
      ${this.readonly ? nothing : renderToolbar(mapToolbar(this), text)}
      ${this.readable.renderControls()}
      ${renderDrawing({
        presenting: this.presenting,
        inventory: inv,
        snapshot: this.layout.snapshot,
        transform: this.viewport.transform,
        text,
        gestures: this.gestures,
        selected: this.selected,
        highlight: this.highlight,
        activeId: this.activeId,
        label: (person) => labelFor(inv.people, person, this.mode, text),
        mode: this.mode,
        spokenAndShown: (person, ringLabels) => this.views.of(person, ringLabels, viewContext),
        onFocusIn: this.onFocusIn,
        ...this.readable.drawing(),
      })}
      ${this.legendBox.render(text.legendTitle, renderLegend(legendKeysFor(inv), { ...legendStrings, ...text.legend }, text.legendTitle))}
      ${this.readonly ? nothing : renderQuickAdd(inv, Math.min(this.addRing ?? inv.settings.rings, inv.settings.rings), this.onAdd, (r) => (this.addRing = r), text, () => focusActive(this.renderRoot, this.activeId))}
      ${this.renamer.render(text)}
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      ${renderHelp(text, () => focusActive(this.renderRoot, this.activeId))}
    </div>`;
  }

  private onAdd = (name: string, ring: number, input: HTMLInputElement): void => {
    if (this.dispatch(command('addPerson', { name, ring }))) input.value = '';
  };

  /** Opens the list of keyboard shortcuts, as a modal dialog; closing it returns focus to the map. */
  openHelp(): void {
    openHelpDialog(this.renderRoot);
  }

  /** Starts renaming a person in place. */
  rename(id: Id): void {
    this.renamer.start(id);
  }

  private onKey = (e: KeyboardEvent): void => {
    if (isBlankKey(e)) return toggleBlank(this, e);
    handleMapKey(this.keys, e);
  };

  private onFocusIn = (e: FocusEvent): void => {
    const id = drawnIdOf(e.target as Element);
    if (id) this.activeId = id;
  };

  private select(ids: readonly Id[]): void {
    const next = [...new Set(ids)];
    if (next.length === this.selected.length && next.every((id, i) => id === this.selected[i])) return;
    this.selection = next;
    this.emit('relmap-select', { ids: this.selected });
  }

  private pruneSelection(): void {
    const kept = this.selected.filter((id) => Object.hasOwn(this.doc.inventory.people, id));
    if (kept.length !== this.selected.length) this.select(kept);
  }

  private labelOf(id: Id): string {
    const person = this.doc.inventory.people[id];
    return person ? labelFor(this.doc.inventory.people, person, this.mode, this.text) : id;
  }

  private committed(change: Change): void {
    const focused = drawnIdOf(this.renderRoot.querySelector?.(':focus'));
    const refocus = focusAfterRemoval(focused, [...this.layout.snapshot.positions.values()], change.inventory);
    // An edit was planned (and recorded) before it was committed; undo and redo are laid out as a reload would (L16).
    if (change.kind === 'undo' || change.kind === 'redo') this.layout.load(change.inventory, true);
    else this.layout.update(change.inventory, true);
    if (refocus !== undefined) {
      this.activeId = refocus ?? undefined;
      void this.updateComplete.then(() => (refocus ? personElement(this.renderRoot, refocus) : this.renderRoot.querySelector<SVGSVGElement>('svg.map'))?.focus());
    }
    this.pruneSelection();
    const labelIn = (person: Person): string => // as they were before the change, or are after it
      labelFor(change.inventory.people[person.id] === person ? change.inventory.people : change.previous.people, person, this.mode, this.text);
    const message = changeAnnouncement(change, labelIn, this.text);
    if (message) this.announce(message);
    this.requestUpdate();
  }

  private announce(message: string): void {
    // Re-setting the same text would not be announced again, so a repeat gets an invisible difference.
    this.announcement = message === this.announcement ? `${message}\u200b` : message;
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
