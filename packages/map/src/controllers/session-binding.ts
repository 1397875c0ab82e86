import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EditingSession } from '../session/editing-session.ts';
import type { SessionEvent } from '../session/session-events.ts';

/** An element that carries an editing session, such as `<relationship-map>` (its `session` property). */
export interface SessionCarrier extends HTMLElement {
  readonly session: EditingSession;
}

/** An element bound to a session: it names the element that carries it by id in `htmlFor` (its `for` attribute). */
export interface SessionBindingHost extends ReactiveControllerHost, HTMLElement {
  readonly htmlFor: string;
}

/** What the bound element does when its session changes or says something. */
export interface SessionBindingCallbacks {
  /** The element is bound to another session, or to none. */
  bound?(session: EditingSession | undefined): void;
  /** An event of the bound session; the element is asked to update after it in any case. */
  event?(event: SessionEvent): void;
}

// By shape, not `instanceof`: an element that only binds (a timeline on its own) need not ship the session's code,
// and a second copy of the package still binds.
function carriesSession(el: Element | null | undefined): el is SessionCarrier {
  const session = (el as Partial<SessionCarrier> | null | undefined)?.session;
  return typeof session?.subscribe === 'function' && typeof session.dispatch === 'function';
}

/**
 * The one way an element binds to an editing session (session rule S9): a session set directly, else the session
 * of an element set directly (`map`), else the session of the element whose id is in `for`, looked up in the
 * bound element's document or shadow root when it connects, when `for` changes, when the page finishes parsing,
 * and at each update while nothing is found (a map added later). It follows a map that is handed another session,
 * and lets go of the session when the element is disconnected, so a long-lived session keeps no dead element.
 */
export class SessionBinding implements ReactiveController {
  private explicitSession: EditingSession | undefined;
  private explicitTarget: SessionCarrier | undefined;
  private found: SessionCarrier | undefined;
  private current: EditingSession | undefined;
  private unsubscribe: (() => void) | undefined;
  private watched: SessionCarrier | undefined;

  constructor(
    private readonly host: SessionBindingHost,
    private readonly callbacks: SessionBindingCallbacks = {},
  ) {
    host.addController(this);
  }

  /** The session the element is bound to, if any. */
  get session(): EditingSession | undefined {
    return this.current;
  }

  /** The element whose session this is, when bound through one. */
  get target(): SessionCarrier | undefined {
    return this.explicitSession ? undefined : (this.explicitTarget ?? this.found);
  }

  /** Binds to this session, whatever `map` and `for` say; `undefined` goes back to them. */
  useSession(session: EditingSession | undefined): void {
    this.explicitSession = session;
    this.resolve();
  }

  /** Binds to this element's session, whatever `for` says; `undefined` goes back to `for`. */
  useTarget(target: SessionCarrier | undefined): void {
    this.explicitTarget = target;
    this.resolve();
  }

  /** Looks the `for` target up again (after `for` changed). */
  resolve(): void {
    if (!this.explicitSession && !this.explicitTarget) this.found = this.lookUp();
    const target = this.target;
    this.watch(target);
    this.bind(this.explicitSession ?? target?.session);
  }

  hostConnected(): void {
    this.resolve();
    // An element written before its map in the page's HTML connects before the map is parsed: look again then.
    const doc = this.host.ownerDocument;
    if (!this.current && doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => this.current ?? this.resolve(), { once: true });
  }

  hostDisconnected(): void {
    this.watch(undefined);
    this.bind(undefined);
  }

  hostUpdate(): void {
    if (!this.current && this.host.isConnected) this.resolve();
  }

  private lookUp(): SessionCarrier | undefined {
    if (!this.host.htmlFor || !this.host.isConnected) return undefined;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const el = root.getElementById?.(this.host.htmlFor);
    return carriesSession(el) ? el : undefined;
  }

  private watch(target: SessionCarrier | undefined): void {
    if (target === this.watched) return;
    this.watched?.removeEventListener('relmap-session', this.onSwap);
    this.watched = target;
    target?.addEventListener('relmap-session', this.onSwap);
  }

  private onSwap = (): void => this.resolve();

  private bind(session: EditingSession | undefined): void {
    if (session === this.current) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = session;
    if (session) {
      this.unsubscribe = session.subscribe((e) => {
        this.callbacks.event?.(e);
        this.host.requestUpdate();
      });
    }
    this.callbacks.bound?.(session);
    this.host.requestUpdate();
  }
}
