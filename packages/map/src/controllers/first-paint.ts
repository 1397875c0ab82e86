import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id, Inventory } from '@relmap/core';
import type { LayoutSnapshot } from '@relmap/layout';
import { drawOrder } from '../relationship-map/render-map.ts';
import { windowOf } from './window-of.ts';

/** The time one step may take, in milliseconds: well under the 50 ms of a long task, on a slower machine too. */
const SLICE_MS = 12;
/** People in the first chunk; a map this small is drawn at once. Later chunks are sized by how long the last took. */
const FIRST_CHUNK = 24;

/** The labels of the map, placed in steps; held (not placed after each render) while the first paint is drawing. */
export interface StepwiseLabels {
  held: boolean;
  /** Whether the labels are placed for what is drawn now. */
  readonly placed: boolean;
  painting(): Generator<unknown, unknown>;
}

/** The layout of the map, worked out in steps when a first paint in steps begins with a new document. */
export interface StepwiseLayout {
  /** Asked before a new document is laid out: whether to lay it out in steps (`FirstPaint` answers). */
  inSteps: (inventory: Inventory) => boolean;
  /** Does one short step; says whether any is left. */
  step(): boolean;
}

/**
 * The first paint of a large map as a sequence of short tasks (rule M51), yielding to the event loop between them
 * so that the page keeps answering input: the layout in slices, when the first paint begins with a new document
 * (the layout asks `inSteps`; the element's update waits for it, see `beforeUpdate`), then the frame (rings, the
 * client, the controls; the view is fitted to its size in the frame's own rendering), then the people and their
 * lines in chunks (each line's route worked out as it is drawn), then the labels in time slices. The drawing is
 * `aria-busy` meanwhile (the template reads `shown`), and `done` resolves when everything is drawn.
 *
 * Each step draws the document as it is then: an edit or a new inventory during the first paint is drawn by the
 * next chunk, and labels are placed again if the map was rendered while they were being placed. Later renders
 * (edits, drags, zooms) draw at once, as before; so does a map small enough for one chunk.
 */
export class FirstPaint implements ReactiveController {
  /** The people drawn so far while the first paint is under way; `undefined` when everyone is drawn. */
  shown: Set<Id> | undefined;
  /** Resolves when the first paint under way (if any) has drawn everything, or the map left the page. */
  done: Promise<void> = Promise.resolve();
  private begun = false;
  private running = false;
  private channel: MessageChannel | undefined;
  private finish = (): void => {};
  private settled: (() => void) | undefined;
  private updates = 0;
  private frame = 0;
  private updateStart = 0;
  private updateMs = 0;
  /** While the layout is worked out in steps: the element's update waits for it. */
  private laying: Promise<void> | undefined;
  private laid = (): void => {};

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly model: () => { readonly inventory: Inventory; readonly snapshot: LayoutSnapshot },
    private readonly labels: StepwiseLabels,
    private readonly layout: StepwiseLayout,
  ) {
    host.addController(this);
    layout.inSteps = (inventory) => this.begin(inventory, true);
  }

  /** Whether a first paint is under way. */
  get busy(): boolean {
    return this.running;
  }

  /** Runs the element's update now or, while the layout is worked out in steps, in the task after it is done. */
  beforeUpdate<T>(update: () => T): T | Promise<T> {
    return this.laying ? this.laying.then(update) : update();
  }

  hostUpdate(): void {
    this.updateStart = performance.now();
    // This update draws the frame: the people come in the chunks that follow.
    this.begin(this.model().inventory, false);
  }

  /**
   * Begins a first paint in steps, if this is one (nothing drawn yet, more than one chunk of people); with
   * `laying`, it begins with the layout of the new document, in steps. Says whether it began.
   */
  private begin(inventory: Inventory, laying: boolean): boolean {
    if (this.begun) return false;
    const count = Object.keys(inventory.people).length;
    if (count === 0) return false;
    this.begun = true;
    const view = windowOf(this.host);
    if (count <= FIRST_CHUNK || !view) return false;
    this.running = true;
    this.shown = new Set();
    this.labels.held = true;
    this.done = new Promise((resolve) => (this.finish = resolve));
    if (laying) this.laying = new Promise((resolve) => (this.laid = resolve));
    const channel = (this.channel = new view.MessageChannel());
    void this.run(channel);
    return true;
  }

  hostUpdated(): void {
    this.updates++;
    this.updateMs = performance.now() - this.updateStart;
  }

  hostConnected(): void {
    // Taken off the page before its frame was drawn, the map drew no more than the frame: the rest comes now.
    if (this.shown && !this.running) {
      this.shown = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    // Whatever is left is drawn at once if the map comes back; nothing keeps running meanwhile.
    this.settled = undefined;
    if (!this.busy) return;
    const laying = this.laying !== undefined;
    this.end();
    // The update that waited for the layout runs now, off the page, and draws no more than the frame.
    if (laying) this.shown = new Set();
  }

  /** Calls `fn` now, or when the first paint has drawn everything (the latest call wins): `relmap-settle`. */
  after(fn: () => void): void {
    if (this.busy) this.settled = fn;
    else fn();
  }

  private async run(channel: MessageChannel): Promise<void> {
    // A message, not a timer: nested timers are clamped to 4 ms each, and a frame's worth of them adds up.
    const turn = (): Promise<boolean> =>
      new Promise((resolve) => {
        channel.port1.onmessage = () => resolve(this.channel === channel);
        channel.port2.postMessage(0);
      });
    const shown = this.shown!;
    if (this.laying) {
      for (let more = true; more;) {
        if (!(await turn())) return;
        const start = performance.now();
        while ((more = this.layout.step()) && performance.now() - start < SLICE_MS);
      }
      // The frame is drawn in a task of its own: the update that waited runs now.
      if (!(await turn())) return;
      this.open();
    }
    if (!this.host.isConnected) {
      // Laid out before the map was ever on the page: nothing can be drawn yet; it is all drawn when it is put there.
      this.end();
      this.shown = new Set();
      return;
    }
    let size = FIRST_CHUNK;
    for (;;) {
      if (!(await turn())) return;
      const next = drawOrder(this.model().inventory).filter((id) => !shown.has(id));
      if (next.length > 0) {
        for (const id of next.slice(0, size)) shown.add(id);
        this.host.requestUpdate();
        const before = this.updates;
        if (!(await turn())) return;
        // The update ran in the task just ended: the next chunk is sized to take about one slice.
        if (this.updates > before) size = Math.max(8, Math.round((size * SLICE_MS) / Math.max(this.updateMs, 1)));
        continue;
      }
      if (!this.labels.placed) {
        const steps = this.labels.painting();
        const at = this.updates;
        let placed = false;
        while (!placed && this.updates === at) {
          const start = performance.now();
          while (!(placed = steps.next().done === true) && performance.now() - start < SLICE_MS);
          if (!placed && !(await turn())) return;
        }
        // Rendered while the labels were being placed (an edit): anyone new is drawn, then the labels placed again.
        continue;
      }
      if (this.shown === undefined) break;
      // The last render, without `aria-busy`; then a frame, in which the drawing may change size (the hint of
      // hidden labels takes room) and the view with it, which the labels must follow.
      this.shown = undefined;
      this.host.requestUpdate();
      if (!(await turn())) return;
      const view = windowOf(this.host);
      await new Promise((resolve) => (this.frame = view?.requestAnimationFrame(resolve) ?? 0));
    }
    this.end();
  }

  private open(): void {
    this.laying = undefined;
    this.laid();
  }

  private end(): void {
    this.open();
    if (this.frame) windowOf(this.host)?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.channel?.port1.close();
    this.channel?.port2.close();
    this.channel = undefined;
    this.running = false;
    this.shown = undefined;
    this.labels.held = false;
    this.finish();
    const settled = this.settled;
    this.settled = undefined;
    settled?.();
  }
}
