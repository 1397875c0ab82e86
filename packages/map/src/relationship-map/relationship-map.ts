import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { command, type Change, type Id, type Inventory, type RecordLayoutArgs } from '@relmap/core';
import type { LayoutOptions } from '@relmap/layout';
import { FirstPaint } from '../controllers/first-paint.ts';
import { LayoutController } from '../controllers/layout-controller.ts';
import { PointerController } from '../controllers/pointer-controller.ts';
import { ViewportController } from '../controllers/viewport-controller.ts';
import { relmapEvent } from '../events.ts';
import type { EditingSession } from '../session/editing-session.ts';
import type { SessionEvent } from '../session/session-events.ts';
import { lineStyles } from '../visual/index.ts';
import { PersonViews } from './person-views.ts';
import { announceChange } from './announce-change.ts';
import { Gestures } from './gestures.ts';
import { handleMapKey, type KeyTarget } from './keyboard.ts';
import { mapEditor, mapToolbar, readableHost, toggleBlank, type MapParts } from './map-editor.ts';
import { SessionBackedElement } from './session-backed-element.ts';
import { MapUi } from './map-ui.ts';
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
import type { ExportOptions } from './export-sheet.ts';
import { exportPart, legendPart } from './on-demand-parts.ts';
import { focusAfterRemoval } from './focus-after-removal.ts';
import { HelpDialog } from './help-dialog.ts';
import { ReadableView } from './readable-view.ts';

/**
 * The interpersonal inventory as an interactive map: the client at the centre, the people in their life on
 * concentric closeness rings, and lines in the ecomap and genogram language clinicians know.
 *
 * The first paint of a map of more than 24 people is drawn in short tasks (rule M51): `aria-busy` is on the
 * drawing meanwhile, `updateComplete` resolves only once everyone, every line and every label is drawn, and
 * `relmap-settle` fires after the last step. Edits made meanwhile are drawn by the next step.
 *
 * @summary An editable relationship map for the IPT interpersonal inventory.
 *
 * @event relmap-change - Before a change is applied; cancelable. Detail: `inventory`, `previous`, `patches`, `inversePatches`, `command`, `kind`.
 * @event relmap-select - The selection changed. Detail: `ids`.
 * @event relmap-settle - The layout came to rest; after a first paint in steps, once everything is drawn. Detail: `ticks`.
 * @event relmap-blank - The `B` key blanked the map (and every element bound to its session) or showed it again. Detail: `blanked`.
 * @event relmap-drag - A person is dragged with a pointer: `start`, `move`, then `end` after the drop's change (or a cancelled drag). Detail: `id`, `phase`.
 * @event relmap-error - An action or an `inventory` value was refused. Detail: `error` (a `RelmapError`).
 * @event relmap-session - The map was handed another editing session (`session`); elements bound to the map follow it. Not bubbling.
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
export class RelationshipMap extends SessionBackedElement {
  static override styles = [mapStyles, waysStyles, personStyles, preferenceStyles, lineStyles, legendBoxStyles];

  /** The colour theme: `light` or `dark`. */
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  /** The legend at first: `auto` (open on a map 760 px wide or more, else collapsed), `open` or `closed`. */
  @property() legend: LegendState = 'auto';

  /**
   * An earlier inventory to lay this one out from, as if edited into it: people in both keep their earlier places
   * unless their ring or sector changed (`<relationship-compare>` sets it on its later map). Unset: the inventory's own.
   */
  @property({ attribute: false }) layoutFrom: Inventory | undefined;

  /**
   * Whether the IPT formulation is drawn on the map: `on` (the default) marks each person in a focus with its
   * problem area (filled and larger for the primary focus) and each person whom life events name with a small
   * calendar, in the legend and in their spoken description; `off` hides the marks and their legend entries. The
   * marks never show a focus's formulation note or an event's label, so they are drawn while presenting too.
   */
  @property({ reflect: true }) formulation: 'on' | 'off' = 'on';

  private readonly ui = new MapUi(this, (error) => this.emit('relmap-error', { error }));
  private readonly gestures: Gestures;
  private readonly keys: KeyTarget;
  private readonly viewport: ViewportController = new ViewportController(
    this,
    (t) => !this.renamer.open && paintView(this.renderRoot, t) && (this.readable.viewed(t), true),
    () => !this.firstPaint.busy, // a first paint in steps leaves the measuring to the frame (rule M51)
  );
  private readonly layout: LayoutController;
  private readonly views = new PersonViews();
  private readonly legendBox = new LegendDisclosure(this, () => this.legend);
  private readonly renamer = new InPlaceRename(this, {
    labelPosition: (id) => labelPosition(this.renderRoot, this.layout.snapshot.positions.get(id), (x, y) => this.viewport.toScreen(x, y)),
    refocus: (id) => personElement(this.renderRoot, id)?.focus(),
  });
  private readonly parts: MapParts;
  private readonly readable: ReadableView;
  private readonly firstPaint: FirstPaint;
  private readonly help = new HelpDialog(this, this.ui);

  constructor() {
    super();
    this.layout = new LayoutController(this, (ticks) => this.firstPaint.after(() => this.emit('relmap-settle', { ticks })), this.layoutOptions());
    this.parts = {
      element: this,
      session: () => this.session,
      ui: this.ui,
      layout: this.layout,
      viewport: this.viewport,
      readable: () => this.readable,
      removeSelected: () => this.gestures.removeSelected(),
      emit: (type, detail) => this.emit(type, detail),
    };
    this.readable = new ReadableView(readableHost(this.parts));
    this.firstPaint = new FirstPaint(this, () => ({ inventory: this.session.inventory, snapshot: this.layout.snapshot }), this.readable, this.layout);
    this.gestures = new Gestures(mapEditor(this.parts));
    this.keys = this.gestures.keys();
    // The pointer controller registers itself with the element; nothing else needs to reach it.
    new PointerController(this, this.viewport, this.gestures.pointer());
    this.layout.update(this.session.inventory, false);
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
    this.session.select([id]);
    this.ui.activeId = id;
    this.viewport.centreOn(at.x, at.y);
    void this.updateComplete.then(() => personElement(this.renderRoot, id)?.focus());
  }

  /**
   * The map as a standalone SVG document (styles inlined), exactly as shown; with `options`, its legend beside it
   * (`legend: true`), a `title` and a `date` line above it. The export code is loaded at the first call (rule
   * M53); a failed load rejects with a `RelmapError` (`load-failed`).
   */
  async toSVG(options: ExportOptions = {}): Promise<string> {
    const { svgOf } = await exportPart.get();
    return svgOf(this.renderRoot, drawingExtent(this.layout.snapshot), options);
  }

  /** The map as a PNG image, at `scale` times its size on screen, with the options of `toSVG()`. */
  async toPNG(scale = 2, options: ExportOptions = {}): Promise<Blob> {
    const { exportPNG, svgOf } = await exportPart.get();
    return exportPNG(svgOf(this.renderRoot, drawingExtent(this.layout.snapshot), options), scale, this.ownerDocument);
  }

  /**
   * Where the layout settled what the document does not remember yet, as `recordLayout` takes it; a host showing
   * the picture on another device sends it along, so the map there opens the same before an edit records it.
   */
  get layoutMemory(): RecordLayoutArgs | undefined {
    return this.layout.memory();
  }

  /** Runs the layout to rest now, without animation (for tests and exports). */
  settle(): void {
    this.layout.settleNow();
  }

  /**
   * Opens the list of keyboard shortcuts, as a modal dialog; closing it returns focus to the map. It is loaded the
   * first time (rule M53); resolves once it is open. A failed load is reported with `relmap-error`.
   */
  openHelp(): Promise<void> {
    return this.help.open().catch((error: unknown) => this.emit('relmap-error', { error }));
  }

  /** Starts renaming a person in place. */
  rename(id: Id): void {
    this.renamer.start(id);
  }

  // A first paint in steps lays its document out before the first update (rule M51).
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.firstPaint.beforeUpdate(() => super.scheduleUpdate());
  }

  protected override remember(inventory: Inventory): RecordLayoutArgs | undefined {
    return this.layout.plan(inventory, true);
  }

  protected override sessionReplaced(session: EditingSession): void {
    this.layout.load(session.inventory, false, this.layoutFrom);
  }

  private layoutOptions(): LayoutOptions {
    return { label: (p) => this.session.policy.label(p), nodeRadius: NODE_RADIUS };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('labelMode') || changed.has('presenting') || changed.has('strings')) {
      if (this.hasUpdated) this.layout.reset(this.layoutOptions(), this.session.inventory, this.layoutFrom);
      this.ui.clearAnnouncement(); // said under the old policy, it may hold a name (S7)
    }
    if (changed.has('layoutFrom') && (this.hasUpdated || this.layoutFrom !== undefined)) {
      this.layout.load(this.session.inventory, false, this.layoutFrom);
    }
    this.viewport.setExtent(drawingExtent(this.layout.snapshot));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const view = this.ownerDocument.defaultView;
    if (!this.now && view) this.now = new view.Date();
  }

  protected override render(): unknown {
    const session = this.session;
    const text = session.text;
    if (session.blanked) return renderBlank(text, this.onKey);
    const inv = session.inventory;
    const policy = session.policy;
    const mode = policy.mode;
    const formulation = this.formulation !== 'off';
    const viewContext = {
      inventory: inv,
      text,
      strings: session.strings,
      mode,
      now: session.presenting ? session.now : undefined,
      labelOf: (id: Id) => policy.labelOf(id) ?? id,
      formulation,
    };
    return html`<div part="base" class="base" @keydown=${this.onKey}>
      ${session.readonly ? nothing : renderToolbar(mapToolbar(this.parts), text)}
      ${this.readable.renderControls()}
      ${renderDrawing({
        inventory: inv,
        snapshot: this.layout.snapshot,
        transform: this.viewport.transform,
        text,
        gestures: this.gestures,
        selected: session.selection,
        highlight: session.highlight,
        activeId: this.ui.activeId,
        label: (person) => policy.label(person),
        mode,
        spokenAndShown: (person, ringLabels) => this.views.of(person, ringLabels, viewContext),
        onFocusIn: this.onFocusIn,
        formulation,
        presenting: session.presenting,
        shown: this.firstPaint.shown,
        ...this.readable.drawing(),
      })}
      ${this.legendBox.render(text.legendTitle, () => this.ui.part(legendPart)?.renderLegend(inv, formulation, text.legend, text.legendTitle))}
      ${session.readonly ? nothing : renderQuickAdd(inv, this.ui, this.onAdd, text, () => focusActive(this.renderRoot, this.ui.activeId))}
      ${this.renamer.render(text)}
      <div class="sr-only" role="status" aria-live="polite">${this.ui.announcement}</div>
      ${this.help.render(text, () => focusActive(this.renderRoot, this.ui.activeId))}
    </div>`;
  }

  private onAdd = (name: string, ring: number, input: HTMLInputElement): void => {
    if (this.dispatch(command('addPerson', { name, ring }))) input.value = '';
  };

  private onKey = (e: KeyboardEvent): void => {
    if (isBlankKey(e)) return toggleBlank(this.parts, e);
    handleMapKey(this.keys, e);
  };

  private onFocusIn = (e: FocusEvent): void => {
    const id = drawnIdOf(e.target as Element);
    if (id) this.ui.activeId = id;
  };

  protected override onSession(e: SessionEvent): void {
    switch (e.type) {
      case 'change':
        return this.committed(e.change);
      case 'replace':
        this.layout.load(e.inventory, false, this.layoutFrom);
        return this.requestUpdate();
      case 'veto':
        return this.layout.load(this.session.inventory, true);
      case 'selection':
        this.requestUpdate('selection');
        if (e.origin !== 'host') this.emit('relmap-select', { ids: e.ids });
        return;
      case 'view':
        return this.reflectView();
      case 'error':
        return this.emit('relmap-error', { error: e.error });
    }
  }

  private committed(change: Change): void {
    const focused = drawnIdOf(this.renderRoot.querySelector?.(':focus'));
    const refocus = focusAfterRemoval(focused, [...this.layout.snapshot.positions.values()], change.inventory);
    // An edit was planned (and recorded) before it was committed; undo and redo are laid out as a reload would (L16).
    if (change.kind === 'undo' || change.kind === 'redo') this.layout.load(change.inventory, true);
    else this.layout.update(change.inventory, true);
    if (refocus !== undefined) {
      this.ui.activeId = refocus ?? undefined;
      void this.updateComplete.then(() =>
        (refocus ? personElement(this.renderRoot, refocus) : this.renderRoot.querySelector<SVGSVGElement>('svg.map'))?.focus(),
      );
    }
    announceChange(this.ui, change, this.session);
    this.requestUpdate();
  }

  /** Also waits for every step of a first paint (M51) and the parts of the code and announcements asked for (M53, M54). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.firstPaint.busy || this.ui.busy) {
      await (this.firstPaint.busy ? this.firstPaint.done : this.ui.settled());
      done = await super.getUpdateComplete();
    }
    return done;
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
