import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { Id } from '@relmap/core';
import { adoptLater } from './late-styles.ts';
import type { OnDemand } from './on-demand.ts';

/** A part of the map's code loaded on demand; its styles, if any, are added to the map that uses it. */
export interface Part {
  readonly styles?: CSSResult;
}

/**
 * The map's own screen state, apart from the session's: which person has keyboard focus, whether link mode is
 * on, the ring the add form puts people on, the live region's messages in order, and the parts of its code it has
 * asked for (rules M52 to M54). The element, its gestures and its view controls share this one object instead of
 * reaching into the element; every change redraws the map.
 */
export class MapUi {
  private active: Id | undefined;
  private linking = false;
  private ring: number | undefined;
  private message = '';
  /** Messages waiting for their words, in the order they were asked for; the next message waits behind them. */
  private queue: Promise<void> | undefined;
  /** Bumped when the live region is emptied: messages still waiting were made under another policy (S7). */
  private said = 0;
  private readonly asked = new Set<OnDemand<object>>();
  private readonly waits = new Set<Promise<unknown>>();

  /** `failed` reports a part that could not be loaded (the element's `relmap-error`). */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly failed: (error: unknown) => void,
  ) {}

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

  /**
   * Says `message` in the live region, after any message still waiting for its words; a repeat gets an invisible
   * difference, as the same text is not said again.
   */
  announce(message: string): void {
    if (this.queue) return this.announceLater(Promise.resolve(message));
    this.say(message);
  }

  /**
   * Says what `words` gives once it has it (nothing for `undefined`), after every message asked for before and
   * before every message asked for after (rule M54). A message whose words fail is reported and not said.
   */
  announceLater(words: Promise<string | undefined>): void {
    const said = this.said;
    const next = (this.queue ?? Promise.resolve())
      .then(() => words)
      .then(
        (message) => {
          if (this.queue === next) this.queue = undefined;
          if (message && said === this.said) this.say(message);
        },
        (error: unknown) => {
          if (this.queue === next) this.queue = undefined;
          this.failed(error);
        },
      );
    this.queue = next;
    this.track(next);
  }

  /** Empties the live region, and drops the messages still waiting: made under another policy, they may hold a name (session rule S7). */
  clearAnnouncement(): void {
    this.said++;
    this.queue = undefined;
    if (this.message === '') return;
    this.message = '';
    this.host.requestUpdate();
  }

  /**
   * `part` if it has loaded, its styles added to this map; otherwise starts loading it (once) and gives `undefined`.
   * A failed load is reported and tried again by the next render that needs it.
   */
  part<T extends object>(part: OnDemand<T>): T | undefined {
    const loaded = this.loaded(part);
    if (loaded || this.asked.has(part)) return loaded;
    this.asked.add(part);
    void this.load(part).then(
      () => this.asked.delete(part),
      (error: unknown) => (this.asked.delete(part), this.failed(error)),
    );
    return undefined;
  }

  /** `part` if it has loaded (by this map or another), its styles added to this map; it never starts a load. */
  loaded<T extends object>(part: OnDemand<T>): T | undefined {
    const loaded = part.loaded;
    const styles = (loaded as Part | undefined)?.styles;
    if (styles) adoptLater(this.host.renderRoot, styles);
    return loaded;
  }

  /**
   * `part`, loaded, its styles added to this map, and the map redrawn with it; `updateComplete` waits for it. A
   * failed load rejects with a `RelmapError` (`load-failed`).
   */
  load<T extends object>(part: OnDemand<T>): Promise<T> {
    const loaded = part.get().then(() => {
      this.host.requestUpdate();
      return this.loaded(part)!;
    });
    this.track(loaded);
    return loaded;
  }

  /** Whether a part or a message is still on its way; the element's `updateComplete` waits for them. */
  get busy(): boolean {
    return this.waits.size > 0;
  }

  /** Resolves once nothing is on its way any more. */
  async settled(): Promise<void> {
    while (this.waits.size > 0) await Promise.all([...this.waits]);
  }

  private say(message: string): void {
    this.message = message === this.message ? `${message}\u200b` : message;
    this.host.requestUpdate();
  }

  private track(work: Promise<unknown>): void {
    const done = work.catch(() => undefined);
    this.waits.add(done);
    void done.then(() => this.waits.delete(done));
  }
}
