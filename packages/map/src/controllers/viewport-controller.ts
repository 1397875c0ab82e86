import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from './window-of.ts';

/** A zoom and pan transform: screen = world × k + (x, y). */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** The farthest the user can zoom out, unless fitting a large map needs farther. */
const MIN_ZOOM = 0.15;
const MAX_ZOOM = 6;
/**
 * Below this zoom, labels would be drawn at 6 px or less: unreadable, yet the costliest part of every repaint of a
 * large map. The drawing gets the class `far` and the styles leave labels out until the user zooms in.
 */
export const FAR_ZOOM = 0.45;

/**
 * Zoom, pan and fit for the map. Holds the transform from layout coordinates (client at 0,0) to the SVG's
 * pixels, follows the drawing's size through a `ResizeObserver`, and re-fits on resize until the user zooms or
 * pans. A new transform goes to `paint`, which applies it to what is drawn and returns `true`; the host renders
 * again only when it returns `false` (nothing drawn yet), since nothing else it draws depends on the view.
 */
export class ViewportController implements ReactiveController {
  width = 0;
  height = 0;
  transform: ViewTransform = { k: 1, x: 0, y: 0 };
  private userMoved = false;
  private extent = 300;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;

  /**
   * `measureNow` says whether a new drawing is measured at once, in the render that made it (forcing the page's
   * style and layout then), or left to the observer, which reports in the frame's own rendering, before its paint.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly paint: (transform: ViewTransform) => boolean,
    private readonly measureNow: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.target) this.observe(this.target);
  }

  /** Follows the drawing once the host has rendered it (and again if a render ever replaces it). */
  hostUpdated(): void {
    const drawing = this.host.shadowRoot?.querySelector('svg.map');
    if (drawing) this.observe(drawing);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Follows the size of the element the map is drawn in (the SVG, once rendered). */
  observe(target: Element): void {
    if (this.target === target && this.observer) return;
    this.target = target;
    this.observer?.disconnect();
    const view = windowOf(this.host);
    if (!view || !this.host.isConnected) return;
    this.observer = new view.ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) this.setSize(box.width, box.height);
    });
    this.observer.observe(target);
    // Measure now as well, unless told otherwise: a render's `updateComplete` comes before the observer reports.
    if (!this.measureNow()) return;
    const box = target.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) this.setSize(box.width, box.height);
  }

  /** Sets the drawing size in CSS pixels. */
  setSize(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    if (!this.userMoved) this.fit();
  }

  /** Tells the controller how far the drawing reaches from the centre, so `fit` shows all of it. */
  setExtent(extent: number): void {
    this.extent = Math.max(extent, 50);
    if (!this.userMoved) this.fit();
  }

  /** Shows the whole map, centred. */
  fit(): void {
    this.userMoved = false;
    const w = this.width || 600;
    const h = this.height || 600;
    // Fitting is never clamped below: a map of hundreds of people must still show everyone at once.
    const k = Math.min(Math.min(w, h) / (2 * this.extent * 1.04), MAX_ZOOM);
    this.show({ k, x: w / 2, y: h / 2 });
  }

  /** Zooms by `factor` around a screen point (default: the centre of the view). */
  zoomBy(factor: number, sx = this.width / 2, sy = this.height / 2): void {
    this.pinch(factor, sx, sy, sx, sy);
  }

  /**
   * One step of a two-finger gesture: zooms by `factor` and carries the layout point under the screen point
   * (`fromX`, `fromY`) to (`toX`, `toY`), so that what lies between the fingers stays between them.
   */
  pinch(factor: number, fromX: number, fromY: number, toX: number, toY: number): void {
    const { k, x, y } = this.transform;
    const k2 = clamp(k * factor, Math.min(MIN_ZOOM, k), MAX_ZOOM);
    const wx = (fromX - x) / k;
    const wy = (fromY - y) / k;
    this.userMoved = true;
    this.show({ k: k2, x: toX - wx * k2, y: toY - wy * k2 });
  }

  /** Pans by a screen offset in pixels. */
  panBy(dx: number, dy: number): void {
    const { k, x, y } = this.transform;
    this.userMoved = true;
    this.show({ k, x: x + dx, y: y + dy });
  }

  /** Centres the view on a point in layout coordinates, keeping the zoom. */
  centreOn(wx: number, wy: number): void {
    const { k } = this.transform;
    this.userMoved = true;
    this.show({ k, x: this.width / 2 - wx * k, y: this.height / 2 - wy * k });
  }

  private show(transform: ViewTransform): void {
    this.transform = transform;
    if (!this.paint(transform)) this.host.requestUpdate();
  }

  /** Converts a point in the SVG's pixels to layout coordinates. */
  toWorld(sx: number, sy: number): { x: number; y: number } {
    const { k, x, y } = this.transform;
    return { x: (sx - x) / k, y: (sy - y) / k };
  }

  /** Converts a point in layout coordinates to the SVG's pixels. */
  toScreen(wx: number, wy: number): { x: number; y: number } {
    const { k, x, y } = this.transform;
    return { x: wx * k + x, y: wy * k + y };
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
