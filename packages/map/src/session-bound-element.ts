import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SessionBinding, type SessionCarrier } from './controllers/session-binding.ts';
import type { EditingSession } from './session/editing-session.ts';
import type { SessionEvent } from './session/session-events.ts';

/**
 * An element that shows an editing session it does not own: the table, the detail panel, the comparison and the
 * timeline. It binds by the one mechanism of session rule S9 (`session`, else `map`, else `for`) and redraws on
 * every event of the session; subclasses hear about a new session and about each event through two hooks.
 */
export abstract class SessionBoundElement extends LitElement {
  /** The id of the `<relationship-map>` (in the same document or shadow root) whose session this element shows. */
  @property({ attribute: 'for', reflect: true }) htmlFor = '';

  /** How the element is bound; subclasses read the session through it. */
  protected readonly binding = new SessionBinding(this, {
    bound: (session) => this.sessionBound(session),
    event: (event) => this.sessionEvent(event),
  });

  /** The map whose session this element shows: set directly, or found through the `for` attribute. */
  @property({ attribute: false })
  get map(): SessionCarrier | undefined {
    return this.binding.target;
  }
  set map(value: SessionCarrier | undefined) {
    this.binding.useTarget(value);
  }

  /** The editing session this element shows: set directly (one a host shares among elements), or its map's. */
  @property({ attribute: false })
  get session(): EditingSession | undefined {
    return this.binding.session;
  }
  set session(value: EditingSession | undefined) {
    this.binding.useSession(value);
  }

  /** The element is bound to another session, or to none. */
  protected sessionBound(_session: EditingSession | undefined): void {}

  /** An event of the bound session, before the element redraws. */
  protected sessionEvent(_event: SessionEvent): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && this.isConnected) this.binding.resolve();
  }
}
