import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { command, type Command, type Id, type Inventory, type RecordLayoutArgs, type Transaction } from '@relmap/core';
import type { LabelMode } from '../labels.ts';
import type { EditingSession } from '../session/editing-session.ts';
import type { SessionEvent } from '../session/session-events.ts';
import type { MapStrings } from '../strings.ts';
import { MapSessionLink } from './map-session.ts';

type ViewState = Pick<EditingSession, 'presenting' | 'labelMode' | 'blanked' | 'readonly' | 'highlight' | 'strings' | 'now'>;

/**
 * The map element's properties and methods that belong to its editing session: each reads the session and writes
 * to it, so that a map, a host and every element bound to the same session see one document, one selection and one
 * view state. Changes made to the session from elsewhere reach Lit as property changes, which reflects attributes.
 */
export abstract class SessionBackedElement extends LitElement {
  private readonly link: MapSessionLink;
  /** The session's view state as the element last reflected it, for Lit's change records. */
  private seen: ViewState;

  constructor() {
    super();
    this.link = new MapSessionLink(this, {
      event: (e) => this.onSession(e),
      remember: (inventory) => this.remember(inventory),
      // What happened to the session while the map was out of the page: drawn again, as a replaced session is.
      relinked: (missed) => {
        if (missed) this.sessionReplaced(this.session);
        this.reflectView();
        this.requestUpdate();
      },
    });
    this.seen = this.viewState();
  }

  /** Every event of the session, while the element is bound to it. */
  protected abstract onSession(event: SessionEvent): void;

  /** Where the layout settles people in an edit's inventory, kept in that edit's own step. */
  protected abstract remember(inventory: Inventory): RecordLayoutArgs | undefined;

  /** The element now shows another session. */
  protected abstract sessionReplaced(session: EditingSession): void;

  /**
   * The editing session behind the map: its document, undo history, selection and view state. The map makes one of
   * its own; give it another to share one session among several elements (a table, a detail panel, a comparison, or
   * a second map), which then show and edit the same document under the same presenting policy.
   */
  @property({ attribute: false })
  get session(): EditingSession {
    return this.link.session;
  }
  set session(value: EditingSession) {
    if (value === this.link.session) return;
    this.link.use(value);
    this.sessionReplaced(value);
    this.reflectView();
    this.dispatchEvent(new Event('relmap-session'));
  }

  /**
   * The inventory shown and edited. Setting it checks the value first: an invalid document is refused with a
   * `relmap-error` event and the map keeps what it had. Setting exactly the `inventory` of a `relmap-change`
   * that you cancelled applies that change and keeps it undoable.
   */
  @property({ attribute: false })
  get inventory(): Inventory {
    return this.session.inventory;
  }
  set inventory(value: Inventory) {
    this.session.setInventory(value);
  }

  /** Refuses edits: no drag, no add, no delete; pan, zoom, select and keyboard navigation still work. */
  @property({ type: Boolean, reflect: true })
  get readonly(): boolean {
    return this.session.readonly;
  }
  set readonly(value: boolean) {
    this.session.readonly = value;
  }

  /** What labels show: `name`, `initials`, `alias` or `role`. Default: `name`, or `initials` when presenting. */
  @property({ attribute: 'label-mode', reflect: true })
  get labelMode(): LabelMode | undefined {
    return this.session.labelMode;
  }
  set labelMode(value: LabelMode | undefined) {
    this.session.labelMode = value ?? undefined;
  }

  /** Presenting on a shared screen: names only when `label-mode="name"` is chosen, and a larger type. */
  @property({ type: Boolean, reflect: true })
  get presenting(): boolean {
    return this.session.presenting;
  }
  set presenting(value: boolean) {
    this.session.presenting = value;
  }

  /** Hides the whole map, and every element bound to its session, leaving nothing of the inventory in the DOM; the `B` key toggles it too. */
  @property({ type: Boolean, reflect: true })
  get blanked(): boolean {
    return this.session.blanked;
  }
  set blanked(value: boolean) {
    this.session.blanked = value;
  }

  /** Replaces any of the texts the map shows or announces. */
  @property({ attribute: false })
  get strings(): Partial<MapStrings> {
    return this.session.strings;
  }
  set strings(value: Partial<MapStrings>) {
    this.session.strings = value ?? {};
  }

  /**
   * Ids of people to mark with a halo, without selecting them: for example the people who changed between two
   * sessions. Ids of people not in the inventory are ignored.
   */
  @property({ attribute: false })
  get highlight(): readonly Id[] {
    return this.session.highlight;
  }
  set highlight(ids: readonly Id[]) {
    this.session.highlight = ids ?? [];
  }

  /**
   * Today, for the dates a presenting map says relative to it ("† 4 months ago"). The element never reads the clock
   * on its own: when this is not set, it is taken once, on connect, from the window the element is in.
   */
  @property({ attribute: false })
  get now(): Date | undefined {
    return this.session.now;
  }
  set now(value: Date | undefined) {
    this.session.now = value;
  }

  /** How many closeness rings the map has (2 to 5). Setting it changes the inventory, as an undoable step. */
  @property({ type: Number, reflect: true })
  get rings(): number {
    return this.session.inventory.settings.rings;
  }
  set rings(value: number) {
    if (value === this.rings || value === null || Number.isNaN(value)) return;
    this.dispatch(command('setRings', { rings: value }));
  }

  /** The ids of the selected people. */
  @property({ attribute: false })
  get selection(): readonly Id[] {
    return this.session.selection;
  }
  set selection(ids: readonly Id[]) {
    this.session.select(ids, { origin: 'host' });
  }

  /** Whether `undo()` would do anything. */
  get canUndo(): boolean {
    return this.session.canUndo;
  }

  /** Whether `redo()` would do anything. */
  get canRedo(): boolean {
    return this.session.canRedo;
  }

  /**
   * Applies a command (from `@relmap/core`) as one undoable step, through `relmap-change`. Returns whether it was
   * applied; a refused command fires `relmap-error` instead of throwing.
   */
  dispatch(cmd: Command): boolean {
    return this.session.dispatch(cmd);
  }

  /** Applies several commands as one undoable step. */
  transaction(name: string, fn: (tx: Transaction) => void): boolean {
    return this.session.transaction(name, fn);
  }

  /** Undoes the last step. Returns whether anything was undone. */
  undo(): boolean {
    return this.session.undo();
  }

  /** Redoes the last undone step. Returns whether anything was redone. */
  redo(): boolean {
    return this.session.redo();
  }

  private viewState(): ViewState {
    const s = this.session;
    return {
      presenting: s.presenting,
      labelMode: s.labelMode,
      blanked: s.blanked,
      readonly: s.readonly,
      highlight: s.highlight,
      strings: s.strings,
      now: s.now,
    };
  }

  /** Tells Lit which of the session's view properties changed, so that attributes reflect them and `willUpdate` sees them. */
  protected reflectView(): void {
    const before = this.seen;
    this.seen = this.viewState();
    for (const key of Object.keys(before) as (keyof ViewState)[]) {
      if (before[key] !== this.seen[key]) this.requestUpdate(key, before[key]);
    }
  }
}
