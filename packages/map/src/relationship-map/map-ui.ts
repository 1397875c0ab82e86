import type { ReactiveControllerHost } from 'lit';
import type { Id } from '@relmap/core';

/**
 * The map's own screen state, apart from the session's: which person has keyboard focus, whether link mode is
 * on, the ring the add form puts people on, and the live region's last message. The element, its gestures and its
 * view controls share this one object instead of reaching into the element; every change redraws the map.
 */
export class MapUi {
  private active: Id | undefined;
  private linking = false;
  private ring: number | undefined;
  private message = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The person keyboard focus is on, if any. */
  get activeId(): Id | undefined {
    return this.active;
  }
  set activeId(id: Id | undefined) {
    if (id === this.active) return;
    this.active = id;
    this.host.requestUpdate();
  }

  /** Whether a click on two people links them. */
  get linkMode(): boolean {
    return this.linking;
  }
  set linkMode(on: boolean) {
    this.linking = on;
    this.host.requestUpdate();
  }

  /** The ring the add form puts new people on; unset, the outermost. */
  get addRing(): number | undefined {
    return this.ring;
  }
  set addRing(ring: number | undefined) {
    this.ring = ring;
    this.host.requestUpdate();
  }

  /** What the live region says. */
  get announcement(): string {
    return this.message;
  }

  /** Says `message` in the live region; a repeat gets an invisible difference, as the same text is not said again. */
  announce(message: string): void {
    this.message = message === this.message ? `${message}\u200b` : message;
    this.host.requestUpdate();
  }

  /** Empties the live region: what it said under another policy may hold a name (session rule S7). */
  clearAnnouncement(): void {
    if (this.message === '') return;
    this.message = '';
    this.host.requestUpdate();
  }
}
