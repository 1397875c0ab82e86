import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Id } from '@relmap/core';
import type { ViewportController } from './viewport-controller.ts';

/** What the pointer controller asks of the element. */
export interface PointerDelegate {
  /** Whether edits are allowed (drag and link are off when read-only; pan, zoom and select stay). */
  readonly editable: boolean;
  /** Whether a plain drag from a person links rather than moves (link mode). */
  readonly linkMode: boolean;
  /**
   * The person nearest to a point in layout coordinates, if the point is on them; `reach` (layout units), when
   * given, widens what counts as on a person, for a fingertip.
   */
  personAtPoint(x: number, y: number, reach?: number): Id | undefined;
  dragMove(id: Id, x: number, y: number): void;
  dragEnd(id: Id, x: number, y: number): void;
  dragCancel(id: Id): void;
  linkMove(from: Id, x: number, y: number): void;
  linkEnd(from: Id, to: Id | undefined): void;
  tap(id: Id | undefined, additive: boolean): void;
  doubleTap(id: Id): void;
}

/** A point in the SVG's pixels. */
interface Point {
  readonly sx: number;
  readonly sy: number;
}

type Gesture =
  | { kind: 'pending'; id: Id | undefined; pointer: number; sx: number; sy: number; link: boolean; additive: boolean; touch: boolean }
  | { kind: 'drag'; id: Id; pointer: number; touch: boolean }
  | { kind: 'link'; id: Id; pointer: number; touch: boolean }
  | { kind: 'pan'; pointer: number; sx: number; sy: number }
  | { kind: 'pinch'; a: number; b: number };

/** Pixels a pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;
/** A fingertip wobbles more than a mouse, and a second finger must have time to land before a drag begins. */
const TOUCH_DRAG_THRESHOLD = 10;
/** Half a 44 px touch target: a finger this close to a person's centre is on them, however far out the map is zoomed. */
const TOUCH_REACH = 22;
/** The longest gap between two taps of a double tap, in milliseconds. */
const DOUBLE_TAP_TIME = 400;
/** The farthest apart two finger taps may land and still be a double tap (a rename), in pixels. */
const DOUBLE_TAP_SLOP = 24;

/**
 * Pointer input on the map's SVG, for a mouse, a pen or fingers: drag a person (and drop on a ring), drag from one
 * person to another to link them (with Shift, or in link mode), drag the background to pan, wheel to zoom, click
 * to select, double-click to rename; with two fingers, pinch to zoom about the pinch centre and move them together
 * to pan. Every pointer down on the drawing is tracked: a second finger turns whatever the first one began into
 * a pinch, cancelling a drag or a link it had started, and once fingers have pinched, none of them selects, drags,
 * links or renames until all are lifted. Listeners are bound to the SVG inside the shadow root, never to the
 * document.
 */
export class PointerController implements ReactiveController {
  private gesture: Gesture | undefined;
  /** Every pointer that went down on the drawing and is not up yet, where it is now. */
  private readonly points = new Map<number, Point>();
  /** The SVG the listeners are bound to: only while the host is connected. */
  private svg: SVGSVGElement | undefined;
  /** The SVG to bind to whenever the host is connected. */
  private target: SVGSVGElement | undefined;
  private connected = false;
  private lastTap = { id: undefined as Id | undefined, time: 0, sx: 0, sy: 0, touch: false };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
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

  /** Binds to the drawing once the host has rendered it (and again if a render ever replaces it). */
  hostUpdated(): void {
    const drawing = this.host.shadowRoot?.querySelector<SVGSVGElement>('svg.map');
    if (drawing) this.attach(drawing);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
    this.gesture = undefined;
    this.points.clear();
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

  private local(e: PointerEvent | WheelEvent, box: DOMRect = this.svg!.getBoundingClientRect()): Point {
    return { sx: e.clientX - box.left, sy: e.clientY - box.top };
  }

  /** The person under a screen point; a finger reaches a little farther than a mouse. */
  private personAt(p: Point, touch: boolean): Id | undefined {
    const w = this.viewport.toWorld(p.sx, p.sy);
    return this.delegate.personAtPoint(w.x, w.y, touch ? TOUCH_REACH / this.viewport.transform.k : undefined);
  }

  private onDown = (e: PointerEvent): void => {
    if (e.button !== 0 || this.points.has(e.pointerId)) return;
    if (this.points.size === 0) this.box = this.svg!.getBoundingClientRect();
    const at = this.local(e, this.box);
    this.points.set(e.pointerId, at);
    this.capture(e.pointerId);
    if (this.points.size === 1) {
      const touch = e.pointerType === 'touch';
      const link = e.shiftKey || this.delegate.linkMode;
      this.gesture = { kind: 'pending', id: this.personAt(at, touch), pointer: e.pointerId, ...at, link, additive: e.ctrlKey || e.metaKey, touch };
    } else if (this.gesture?.kind !== 'pinch') {
      // A second finger: whatever the first began is not what the user meant.
      this.abandon();
      const [a, b] = [...this.points.keys()] as [number, number];
      this.gesture = { kind: 'pinch', a, b };
      this.lastTap.id = undefined;
    }
  };

  private capture(pointerId: number): void {
    try {
      this.svg?.setPointerCapture?.(pointerId);
    } catch (error) {
      // A pointer the browser does not track (a synthetic event) cannot be captured; the gesture works without.
      if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
    }
  }

  /** Undoes the on-screen part of a one-pointer gesture, which leaves no command behind. */
  private abandon(): void {
    const g = this.gesture;
    if (g?.kind === 'drag') this.delegate.dragCancel(g.id);
    if (g?.kind === 'link') this.delegate.linkEnd(g.id, undefined);
    this.gesture = undefined;
  }

  private onMove = (e: PointerEvent): void => {
    if (!this.points.has(e.pointerId)) return;
    const at = this.local(e, this.box);
    const g = this.gesture;
    if (g?.kind === 'pinch') {
      if (e.pointerId !== g.a && e.pointerId !== g.b) {
        this.points.set(e.pointerId, at);
        return;
      }
      const before = this.pair(g);
      this.points.set(e.pointerId, at);
      const after = this.pair(g);
      const factor = before.span > 0 && after.span > 0 ? after.span / before.span : 1;
      this.viewport.pinch(factor, before.sx, before.sy, after.sx, after.sy);
      return;
    }
    this.points.set(e.pointerId, at);
    if (!g || g.pointer !== e.pointerId) return;
    const { sx, sy } = at;
    if (g.kind === 'pending') {
      if (Math.hypot(sx - g.sx, sy - g.sy) < (g.touch ? TOUCH_DRAG_THRESHOLD : DRAG_THRESHOLD)) return;
      if (g.id === undefined || !this.delegate.editable) this.gesture = { kind: 'pan', pointer: g.pointer, sx: g.sx, sy: g.sy };
      else this.gesture = { kind: g.link ? 'link' : 'drag', id: g.id, pointer: g.pointer, touch: g.touch };
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

  /** The centre of two pinching fingers and the distance between them. */
  private pair(g: { a: number; b: number }): { sx: number; sy: number; span: number } {
    const a = this.points.get(g.a)!;
    const b = this.points.get(g.b)!;
    return { sx: (a.sx + b.sx) / 2, sy: (a.sy + b.sy) / 2, span: Math.hypot(a.sx - b.sx, a.sy - b.sy) };
  }

  /** A pinching finger was lifted: two fingers left pinch on, one pans, and none ends the gesture. */
  private afterPinch(): void {
    const left = [...this.points.entries()];
    if (left.length >= 2) this.gesture = { kind: 'pinch', a: left[0]![0], b: left[1]![0] };
    else if (left.length === 1) this.gesture = { kind: 'pan', pointer: left[0]![0], ...left[0]![1] };
    else this.gesture = undefined;
  }

  private release(pointerId: number): void {
    this.points.delete(pointerId);
    if (this.svg?.hasPointerCapture?.(pointerId)) this.svg.releasePointerCapture(pointerId);
  }

  private onUp = (e: PointerEvent): void => {
    if (!this.points.has(e.pointerId)) return;
    this.release(e.pointerId);
    const g = this.gesture;
    if (g?.kind === 'pinch') return this.afterPinch();
    if (!g || g.pointer !== e.pointerId) return;
    this.gesture = undefined;
    const at = this.local(e);
    if (g.kind === 'pending') this.tapped(g, e.timeStamp);
    else if (g.kind === 'drag') {
      const w = this.viewport.toWorld(at.sx, at.sy);
      this.delegate.dragEnd(g.id, w.x, w.y);
    } else if (g.kind === 'link') {
      const target = this.personAt(at, g.touch);
      this.delegate.linkEnd(g.id, target === g.id ? undefined : target);
    }
  };

  /** A press that never moved: a tap selects, and a second tap on the same person soon after renames them. */
  private tapped(g: Extract<Gesture, { kind: 'pending' }>, now: number): void {
    const last = this.lastTap;
    const near = !g.touch || (last.touch && Math.hypot(g.sx - last.sx, g.sy - last.sy) <= DOUBLE_TAP_SLOP);
    if (g.id !== undefined && last.id === g.id && now - last.time < DOUBLE_TAP_TIME && near) {
      this.lastTap = { id: undefined, time: 0, sx: 0, sy: 0, touch: false };
      this.delegate.doubleTap(g.id);
    } else {
      this.lastTap = { id: g.id, time: now, sx: g.sx, sy: g.sy, touch: g.touch };
      this.delegate.tap(g.id, g.additive);
    }
  }

  private onCancel = (e: PointerEvent): void => {
    if (!this.points.has(e.pointerId)) return;
    this.release(e.pointerId);
    const g = this.gesture;
    if (g?.kind === 'pinch') return this.afterPinch();
    if (g && g.pointer === e.pointerId) this.abandon();
  };

  private onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const { sx, sy } = this.local(e);
    this.viewport.zoomBy(Math.exp(-e.deltaY * 0.0015), sx, sy);
  };
}
