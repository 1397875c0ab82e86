import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Inventory, RecordLayoutArgs } from '@relmap/core';
import { LayoutEngine, type LayoutOptions, type LayoutSnapshot, type UpdateOptions } from '@relmap/layout';
import { endLive, forgetPainted, paintPositions } from '../relationship-map/draw-lines.ts';
import { paintDragging, paintRingTarget } from '../relationship-map/render-map.ts';
import { drain } from '../drain.ts';
import { windowOf } from './window-of.ts';

/** Ticks per animation frame: enough to settle an edit in a few hundred milliseconds, few enough to stay smooth. */
const TICKS_PER_FRAME = 3;
/**
 * The time a frame may spend in ticks, in milliseconds. The first tick always runs; more only while they fit, so
 * that a large map (a tick of a thousand people takes several milliseconds) keeps its frame rate and settles over
 * more frames instead.
 */
const TICK_BUDGET_MS = 4;

/**
 * Runs the ring layout for the element. A new document is settled synchronously before it is painted, so the
 * first frame is already calm; an edit then animates the few people who move, frame by frame, unless the user
 * prefers reduced motion, in which case it settles at once. `onSettle` is called when the layout comes to rest.
 *
 * While the layout moves (an animated edit, a drag), each frame only moves what is drawn (`paintPositions`): the
 * element's template is rendered again when the layout comes to rest, not on every tick, because a full render
 * of a few hundred people costs far more than a frame.
 *
 * The first document of a first paint in steps (rule M51) is laid out in steps too: `inSteps` says which, and
 * `step()` moves the layout on, a short part at a time, until it is done. Whatever needs the layout before then
 * (its snapshot, an edit, a drag) finishes it at once.
 */
export class LayoutController implements ReactiveController {
  private engine: LayoutEngine;
  private frame = 0;
  private ticksSinceChange = 0;
  private connected = false;
  private pendingSettle = false;
  private inventory: Inventory | undefined;
  private dragRing: { id: string; ring: number } | undefined;
  /** Frames have drawn positions rounded to the visible step, which only an exact paint puts right. */
  private roughPaint = false;
  private current: LayoutSnapshot;
  private steps: Generator<void, void, undefined> | undefined;
  /** Whether a new document (a fresh layout, laid out still) is laid out in steps; the first paint answers. */
  inSteps: (inventory: Inventory) => boolean = () => false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onSettle: (ticks: number) => void,
    options: LayoutOptions = {},
  ) {
    this.engine = new LayoutEngine(options);
    this.current = this.engine.snapshot();
    host.addController(this);
  }

  /** The layout as it stands; a layout still being worked out in steps is finished first. */
  get snapshot(): LayoutSnapshot {
    this.finish();
    return this.current;
  }

  /** Does one short step of a layout in steps; says whether any step is left. */
  step(): boolean {
    this.steps?.next();
    return this.steps !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    if (this.pendingSettle) this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.cancel();
  }

  hostUpdated(): void {
    if (this.host.shadowRoot) forgetPainted(this.host.shadowRoot);
  }

  /**
   * Replaces the options (label sizes change with the label mode). People are resized where they stand rather
   * than laid out afresh, so switching to initials on a shared screen does not reshuffle the map. A comparison's
   * later map (`from`) is laid out from the earlier one again, under the new options.
   */
  reset(options: LayoutOptions, inventory: Inventory, from?: Inventory): void {
    this.finish();
    this.engine.setOptions(options);
    if (from !== undefined) this.load(inventory, false, from);
    else this.update(inventory, false);
  }

  /**
   * Plans an edit before it is committed: places the people of the inventory it produces, as `update` would, and
   * returns what the inventory must record to remember that picture (core's `recordLayout`), which the store
   * folds into the edit's own step. If the edit is then refused, `load` puts the picture back.
   */
  plan(inventory: Inventory, animate: boolean): RecordLayoutArgs | undefined {
    this.update(inventory, animate);
    return this.ready.record();
  }

  /** What the inventory would record of the picture now (core's `recordLayout`); `undefined` when it holds it all. */
  memory(): RecordLayoutArgs | undefined {
    return this.engine.record();
  }

  /**
   * Lays an inventory out from what it remembers, as a reload would (layout SPEC L16): the picture of a document
   * is its own, whatever was on the map before (an undo, a redo, a refused edit, a newly set inventory). With
   * `from`, the inventory is laid out as if edited from that one instead: people in both keep their places in its
   * picture (a comparison's later map). With `animate`, people already on the map travel to their places.
   */
  load(inventory: Inventory, animate: boolean, from?: Inventory): void {
    if (from !== undefined) {
      this.ready.update(from, { fresh: true });
      this.apply(inventory, { keepPlaces: true }, false);
    } else {
      this.apply(inventory, { fresh: true }, animate);
    }
  }

  /**
   * Feeds a new inventory to the layout. With `animate`, people move over the next frames; otherwise the layout
   * settles now and `onSettle` follows in the next frame.
   */
  update(inventory: Inventory, animate: boolean): void {
    this.apply(inventory, {}, animate);
  }

  private apply(inventory: Inventory, options: UpdateOptions, animate: boolean): void {
    this.finish();
    this.inventory = inventory;
    const still = !animate || this.prefersReducedMotion();
    if (still && options.fresh === true && this.inSteps(inventory)) {
      this.steps = this.inStepsOf(inventory, options);
      return;
    }
    this.engine.update(inventory, { ...options, animate: !still });
    this.ticksSinceChange = still ? this.engine.settle() : 0;
    this.laidOut();
  }

  private *inStepsOf(inventory: Inventory, options: UpdateOptions): Generator<void, void, undefined> {
    yield* this.engine.updating(inventory, options);
    this.ticksSinceChange = this.engine.settle();
    this.steps = undefined;
    this.laidOut();
  }

  /** Runs what is left of a layout in steps, at once. */
  private finish(): void {
    if (this.steps) drain(this.steps);
  }

  /** The engine, with no layout in steps left half done. */
  private get ready(): LayoutEngine {
    this.finish();
    return this.engine;
  }

  private laidOut(): void {
    // Placement usually leaves everyone at rest already, with no tick to run: the render this asks for draws it.
    this.current = this.engine.snapshot();
    this.pendingSettle = true;
    this.schedule();
    this.host.requestUpdate();
  }

  /** Holds a person at a point while the user drags them. */
  drag(id: string, x: number, y: number): void {
    // The snapshot follows in the next frame, once: pointer events come faster than frames.
    this.ready.drag(id, x, y);
    this.pendingSettle = true;
    this.schedule();
    // The next frame draws the move. The dragged person's style and the drop-target ring are set on what is
    // drawn, without rendering the element, which at a few hundred people would cost more than a frame.
    const ring = this.ready.nearestRing(x, y);
    const root = this.host.shadowRoot;
    if (this.dragRing?.id !== id) {
      if (root) paintDragging(root, id);
      if (root) paintRingTarget(root, ring);
    } else if (this.dragRing.ring !== ring && root) {
      paintRingTarget(root, ring);
    }
    this.dragRing = { id, ring };
  }

  /** Lets go of a dragged person. */
  release(id: string): void {
    // Cleared here as well as by the render that follows, which only rewrites what it drew itself.
    if (this.dragRing && this.host.shadowRoot) {
      paintRingTarget(this.host.shadowRoot, undefined);
      paintDragging(this.host.shadowRoot, undefined);
      endLive(this.host.shadowRoot);
    }
    this.dragRing = undefined;
    this.ready.release(id);
    this.pendingSettle = true;
    this.schedule();
    this.host.requestUpdate();
  }

  /** The ring whose radius is nearest to a point in layout coordinates. */
  nearestRing(x: number, y: number): number {
    return this.ready.nearestRing(x, y);
  }

  /** The angle of a point, in degrees clockwise from 12 o'clock. */
  angleOf(x: number, y: number): number {
    return this.ready.angleOf(x, y);
  }

  /** Settles now, synchronously (for tests, exports and reduced motion). */
  settleNow(): void {
    this.ticksSinceChange += this.ready.settle();
    this.current = this.engine.snapshot();
    this.host.requestUpdate();
  }

  /** Whether an animation frame is pending. */
  get running(): boolean {
    return this.frame !== 0;
  }

  private schedule(): void {
    const view = windowOf(this.host);
    if (!this.connected || this.frame !== 0 || !view) return;
    this.frame = view.requestAnimationFrame(() => this.onFrame());
  }

  private onFrame(): void {
    this.frame = 0;
    // A layout in steps asks for a frame when it is done.
    if (!this.connected || this.steps) return;
    const wasMoving = this.engine.moving;
    const clock = windowOf(this.host)?.performance;
    const start = clock?.now() ?? 0;
    let moving = false;
    for (let i = 0; i < TICKS_PER_FRAME; i++) {
      moving = this.engine.tick();
      this.ticksSinceChange++;
      if (!moving || (clock && clock.now() - start > TICK_BUDGET_MS)) break;
    }
    if (moving) {
      this.current = this.engine.snapshot();
      this.paint(false);
      this.schedule();
      return;
    }
    // Frames skip sub-pixel moves; at rest everyone is drawn exactly where the layout put them. A pause within a
    // drag is not the end of it: the element renders when the person is let go. A layout that was already at
    // rest (a new document settles before its first render) has nothing new to draw.
    if (wasMoving || this.roughPaint) {
      this.current = this.engine.snapshot();
      this.paint(true);
      if (wasMoving && !this.dragRing) this.host.requestUpdate();
    }
    if (this.pendingSettle) {
      this.pendingSettle = false;
      this.onSettle(this.ticksSinceChange);
    }
  }

  /** Moves the drawn people and lines to the current snapshot, without rendering the element. */
  private paint(exact: boolean): void {
    const root = this.host.shadowRoot;
    if (root && this.inventory) paintPositions(root, this.inventory, this.current, exact, this.dragRing !== undefined);
    this.roughPaint = !exact;
  }

  private cancel(): void {
    const view = windowOf(this.host);
    if (this.frame !== 0 && view) view.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private prefersReducedMotion(): boolean {
    const view = windowOf(this.host);
    return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }
}
