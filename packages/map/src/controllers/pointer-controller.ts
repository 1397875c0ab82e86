import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '@relmap/core';
import type { ViewportController } from './viewport-controller.ts';

/** What the pointer controller asks of the element. */
export interface PointerDelegate {
  /** Whether edits are allowed (drag and link are off when read-only; pan, zoom and select stay). */
  readonly editable: boolean;
  /** Whether a plain drag from a person links rather than moves (link mode). */
  readonly linkMode: boolean;
  /** The person nearest to a point in layout coordinates, if the point is on them. */
  personAtPoint(x: number, y: number): Id | undefined;
  dragMove(id: Id, x: number, y: number): void;
  dragEnd(id: Id, x: number, y: number): void;
  dragCancel(id: Id): void;
  linkMove(from: Id, x: number, y: number): void;
  linkEnd(from: Id, to: Id | undefined): void;
  tap(id: Id | undefined, additive: boolean): void;
  doubleTap(id: Id): void;
}

type Gesture =
  | { kind: 'pending'; id: Id | undefined; pointer: number; sx: number; sy: number; link: boolean; additive: boolean }
  | { kind: 'drag'; id: Id; pointer: number }
  | { kind: 'link'; id: Id; pointer: number }
  | { kind: 'pan'; pointer: number; sx: number; sy: number };

/** Pixels a pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

/**
 * Pointer input on the map's SVG: drag a person (and drop on a ring), drag from one person to another to link
 * them (with Shift, or in link mode), drag the background to pan, wheel to zoom, click to select, double-click
 * to rename. Listeners are bound to the SVG inside the shadow root, never to the document.
 */
export class PointerController implements ReactiveController {
  private gesture: Gesture | undefined;
  /** The SVG the listeners are bound to: only while the host is connected. */
  private svg: SVGSVGElement | undefined;
  /** The SVG to bind to whenever the host is connected. */
  private target: SVGSVGElement | undefined;
  private connected = false;
  private lastTap = { id: undefined as Id | undefined, time: 0 };

  constructor(
    host: ReactiveControllerHost,
    private readonly viewport: ViewportController,
    private readonly delegate: PointerDelegate,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // A map taken out of the page and put back is not rendered again, so it binds here to the SVG it has.
    if (this.target) this.attach(this.target);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
    this.gesture = undefined;
  }

  /**
   * Binds to the map's SVG once it is rendered (and again if it is ever replaced). A render that completes after
   * the host left the page only remembers the SVG, so that a removed map holds no listeners.
   */
  attach(svg: SVGSVGElement): void {
    this.target = svg;
    if (this.svg === svg || !this.connected) return;
    this.detach();
    this.svg = svg;
    svg.addEventListener('pointerdown', this.onDown);
    svg.addEventListener('pointermove', this.onMove);
    svg.addEventListener('pointerup', this.onUp);
    svg.addEventListener('pointercancel', this.onCancel);
    svg.addEventListener('wheel', this.onWheel, { passive: false });
  }

  private detach(): void {
    const svg = this.svg;
    if (!svg) return;
    svg.removeEventListener('pointerdown', this.onDown);
    svg.removeEventListener('pointermove', this.onMove);
    svg.removeEventListener('pointerup', this.onUp);
    svg.removeEventListener('pointercancel', this.onCancel);
    svg.removeEventListener('wheel', this.onWheel);
    this.svg = undefined;
  }

  /** Where the SVG was when the gesture began: read once, not on every move, which may follow a write. */
  private box: DOMRect | undefined;

  private local(e: PointerEvent | WheelEvent, box: DOMRect = this.svg!.getBoundingClientRect()): { sx: number; sy: number } {
    return { sx: e.clientX - box.left, sy: e.clientY - box.top };
  }

  private onDown = (e: PointerEvent): void => {
    if (e.button !== 0 || this.gesture) return;
    this.box = this.svg!.getBoundingClientRect();
    const { sx, sy } = this.local(e, this.box);
    const w = this.viewport.toWorld(sx, sy);
    const id = this.delegate.personAtPoint(w.x, w.y);
    this.gesture = {
      kind: 'pending',
      id,
      pointer: e.pointerId,
      sx,
      sy,
      link: e.shiftKey || this.delegate.linkMode,
      additive: e.ctrlKey || e.metaKey,
    };
    this.capture(e.pointerId);
  };

  private capture(pointerId: number): void {
    try {
      this.svg?.setPointerCapture?.(pointerId);
    } catch (error) {
      // A pointer the browser does not track (a synthetic event) cannot be captured; the gesture works without.
      if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
    }
  }

  private onMove = (e: PointerEvent): void => {
    const g = this.gesture;
    if (!g || g.pointer !== e.pointerId) return;
    const { sx, sy } = this.local(e, this.box);
    if (g.kind === 'pending') {
      if (Math.hypot(sx - g.sx, sy - g.sy) < DRAG_THRESHOLD) return;
      if (g.id === undefined) this.gesture = { kind: 'pan', pointer: g.pointer, sx: g.sx, sy: g.sy };
      else if (!this.delegate.editable) this.gesture = { kind: 'pan', pointer: g.pointer, sx: g.sx, sy: g.sy };
      else this.gesture = { kind: g.link ? 'link' : 'drag', id: g.id, pointer: g.pointer };
    }
    const cur = this.gesture!;
    if (cur.kind === 'pan') {
      this.viewport.panBy(sx - cur.sx, sy - cur.sy);
      this.gesture = { ...cur, sx, sy };
      return;
    }
    const w = this.viewport.toWorld(sx, sy);
    if (cur.kind === 'drag') this.delegate.dragMove(cur.id, w.x, w.y);
    else if (cur.kind === 'link') this.delegate.linkMove(cur.id, w.x, w.y);
  };

  private onUp = (e: PointerEvent): void => {
    const g = this.gesture;
    if (!g || g.pointer !== e.pointerId) return;
    this.gesture = undefined;
    if (this.svg?.hasPointerCapture?.(e.pointerId)) this.svg.releasePointerCapture(e.pointerId);
    const { sx, sy } = this.local(e);
    const w = this.viewport.toWorld(sx, sy);
    if (g.kind === 'pending') {
      const now = e.timeStamp;
      if (g.id !== undefined && this.lastTap.id === g.id && now - this.lastTap.time < 400) {
        this.lastTap = { id: undefined, time: 0 };
        this.delegate.doubleTap(g.id);
      } else {
        this.lastTap = { id: g.id, time: now };
        this.delegate.tap(g.id, g.additive);
      }
    } else if (g.kind === 'drag') {
      this.delegate.dragEnd(g.id, w.x, w.y);
    } else if (g.kind === 'link') {
      const target = this.delegate.personAtPoint(w.x, w.y);
      this.delegate.linkEnd(g.id, target === g.id ? undefined : target);
    }
  };

  private onCancel = (e: PointerEvent): void => {
    const g = this.gesture;
    if (!g || g.pointer !== e.pointerId) return;
    this.gesture = undefined;
    if (g.kind === 'drag') this.delegate.dragCancel(g.id);
    if (g.kind === 'link') this.delegate.linkEnd(g.id, undefined);
  };

  private onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const { sx, sy } = this.local(e);
    this.viewport.zoomBy(Math.exp(-e.deltaY * 0.0015), sx, sy);
  };
}
