import {
  createInventory,
  createStore,
  inventoryError,
  isRelmapError,
  parseInventory,
  type Change,
  type Command,
  type Id,
  type Inventory,
  type RecordLayoutArgs,
  type RelmapError,
  type Store,
  type Transaction,
} from '@relmap/core';
import type { LabelMode } from '../labels.ts';
import { presentingPolicy, type PresentingPolicy } from '../presenting-policy.ts';
import { defaultStrings, type MapStrings } from '../strings.ts';
import type { ChangeGuard, ChangeOrigin, SessionEvent, SessionListener, ViewKey } from './session-events.ts';

/** What a new session starts with. */
export interface SessionOptions {
  /** The inventory; checked like `setInventory` (an invalid one throws here, as there is no one to tell). */
  readonly inventory?: Inventory;
  readonly labelMode?: LabelMode;
  readonly presenting?: boolean;
  readonly readonly?: boolean;
  readonly strings?: Partial<MapStrings>;
  /** How many undo steps to keep. Default 1,000. */
  readonly historyLimit?: number;
}

/** Options of an edit made through the session. */
export interface EditOptions {
  /** Where the edit comes from; default `local`. */
  readonly origin?: ChangeOrigin;
}

/**
 * One editing session: the document with its undo history and its guards, the selection, and the view state a
 * shared screen depends on (presenting, label mode, blanking, read-only, texts, highlight, today's date), with the
 * presenting policy that follows from them. It has no DOM: `<relationship-map>` makes one by default and exposes
 * it as `map.session`; a host can make one and hand it to several elements (map, table, detail panel, comparison),
 * which all read it, edit through it and redraw on its events (session rules S1 to S12).
 */
export class EditingSession {
  private readonly store: Store;
  private readonly listeners = new Set<SessionListener>();
  private readonly guards = new Set<ChangeGuard>();
  private memory: ((inventory: Inventory) => RecordLayoutArgs | undefined) | undefined;
  private selected: readonly Id[] = [];
  private mark: readonly Id[] = [];
  private mode: LabelMode | undefined;
  private shared = false;
  private blank = false;
  private locked = false;
  private texts: Partial<MapStrings> = {};
  private merged: MapStrings = defaultStrings;
  private today: Date | undefined;
  private policyCache: { readonly people: Inventory['people']; readonly policy: PresentingPolicy } | undefined;
  /** The change being offered to the guards, and whether a guard applied it itself meanwhile (S5). */
  private offering: { readonly change: Change; appliedInside: boolean } | undefined;
  /** The last change a guard refused, which setting exactly its inventory applies (S5). */
  private vetoed: Change | undefined;
  private origin: ChangeOrigin = 'local';

  constructor(options: SessionOptions = {}) {
    this.store = createStore(createInventory(), {
      ...(options.historyLimit === undefined ? {} : { historyLimit: options.historyLimit }),
      beforeChange: (change) => this.offer(change),
      remember: (inventory) => (this.locked || !this.memory ? undefined : this.memory(inventory)),
    });
    this.store.subscribe((change) => this.emit({ type: 'change', change, origin: this.origin }));
    if (options.inventory) {
      const result = parseInventory(options.inventory);
      if (!result.ok) throw inventoryError(result.errors);
      this.store.reset(result.inventory);
    }
    this.mode = options.labelMode;
    this.shared = options.presenting ?? false;
    this.locked = options.readonly ?? false;
    if (options.strings) this.strings = options.strings;
  }

  /** The current inventory (deeply frozen). */
  get inventory(): Inventory {
    return this.store.inventory;
  }

  /** Whether `undo()` would do anything. */
  get canUndo(): boolean {
    return !this.locked && this.store.canUndo;
  }

  /** Whether `redo()` would do anything. */
  get canRedo(): boolean {
    return !this.locked && this.store.canRedo;
  }

  /** The presenting policy for the current inventory and view state (S3): every element labels and hides by it. */
  get policy(): PresentingPolicy {
    const people = this.store.inventory.people;
    if (this.policyCache?.people !== people) this.policyCache = { people, policy: presentingPolicy(people, this.mode, this.shared, this.merged) };
    return this.policyCache.policy;
  }

  /** The ids of the selected people, in the order selected. */
  get selection(): readonly Id[] {
    return this.selected;
  }

  /** Ids of people marked without being selected (the people of a life event, the changes between sessions). */
  get highlight(): readonly Id[] {
    return this.mark;
  }
  set highlight(ids: readonly Id[]) {
    this.mark = [...new Set(ids)];
    this.emit({ type: 'view', keys: ['highlight'] });
  }

  /** The host's label mode (`undefined`: names, or initials while presenting). */
  get labelMode(): LabelMode | undefined {
    return this.mode;
  }
  set labelMode(mode: LabelMode | undefined) {
    if (mode === this.mode) return;
    this.mode = mode;
    this.view('labelMode');
  }

  /** Whether the screen is shared: labels by the presenting label mode, and no private note on screen. */
  get presenting(): boolean {
    return this.shared;
  }
  set presenting(on: boolean) {
    if (on === this.shared) return;
    this.shared = on;
    this.view('presenting');
  }

  /** Whether every bound element is blanked: nothing of the inventory on any of them (S8). */
  get blanked(): boolean {
    return this.blank;
  }
  set blanked(on: boolean) {
    if (on === this.blank) return;
    this.blank = on;
    this.view('blanked');
  }

  /** Whether every edit is refused (select, pan and read still work). */
  get readonly(): boolean {
    return this.locked;
  }
  set readonly(on: boolean) {
    if (on === this.locked) return;
    this.locked = on;
    this.view('readonly');
  }

  /** The map texts the session labels people with (category names, how colliding labels are told apart). */
  get strings(): Partial<MapStrings> {
    return this.texts;
  }
  set strings(value: Partial<MapStrings>) {
    this.texts = value;
    this.merged = { ...defaultStrings, ...value };
    this.view('strings');
  }

  /** Every map text, the session's replacements over the defaults. */
  get text(): MapStrings {
    return this.merged;
  }

  /** Today, for dates said relative to it while presenting; set by the host or the first element connected. */
  get now(): Date | undefined {
    return this.today;
  }
  set now(value: Date | undefined) {
    if (value?.getTime() === this.today?.getTime()) return;
    this.today = value;
    this.emit({ type: 'view', keys: ['now'] });
  }

  /**
   * Calls `listener` with every event of the session (changes, selection, view state, refusals), synchronously, in
   * order. Returns a function that unsubscribes it.
   */
  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Adds a guard that every change must pass before it is committed (S4). Returns a function that removes it. */
  guard(guard: ChangeGuard): () => void {
    this.guards.add(guard);
    return () => void this.guards.delete(guard);
  }

  /**
   * Keeps the layout's picture in the document: called with the inventory each edit produces, it returns where the
   * layout settles people (core rule H11). One function at a time; the map that draws the session sets it.
   * Returns a function that removes it.
   */
  rememberLayout(remember: (inventory: Inventory) => RecordLayoutArgs | undefined): () => void {
    this.memory = remember;
    return () => void (this.memory === remember && (this.memory = undefined));
  }

  /**
   * Applies a command as one undoable step, through the guards. Returns whether it was applied; a refused command
   * emits an `error` event instead of throwing (S2).
   */
  dispatch(cmd: Command, options?: EditOptions): boolean {
    return this.attempt(options, () => this.store.dispatch(cmd));
  }

  /** Applies several commands as one undoable step. */
  transaction(name: string, fn: (tx: Transaction) => void, options?: EditOptions): boolean {
    return this.attempt(options, () => this.store.transaction(name, fn));
  }

  /** Undoes the last step. Returns whether anything was undone. */
  undo(options?: EditOptions): boolean {
    return !this.locked && this.attempt(options, () => this.store.undo());
  }

  /** Redoes the last undone step. Returns whether anything was redone. */
  redo(options?: EditOptions): boolean {
    return !this.locked && this.attempt(options, () => this.store.redo());
  }

  /**
   * Replaces the inventory after checking it (S6): an invalid value emits an `error` event and changes nothing.
   * Setting exactly the inventory of a change a guard refused applies that change as an undoable step (S5).
   * Returns whether the session now holds `value` (or its checked copy).
   */
  setInventory(value: Inventory, options?: EditOptions): boolean {
    const current = this.store.inventory;
    if (value === current) return false;
    const offering = this.offering;
    if (offering && !offering.appliedInside && value === offering.change.inventory) {
      offering.appliedInside = true;
      this.store.commit(offering.change);
      return true;
    }
    const vetoed = this.vetoed;
    this.vetoed = undefined;
    if (vetoed && value === vetoed.inventory && vetoed.previous === current) {
      this.store.commit(vetoed);
      return true;
    }
    const result = parseInventory(value);
    if (!result.ok) {
      this.fail(inventoryError(result.errors));
      return false;
    }
    this.store.reset(result.inventory);
    this.emit({ type: 'replace', inventory: result.inventory, origin: options?.origin ?? 'host' });
    this.prune();
    return true;
  }

  /**
   * Takes in a change made on another device and already merged (a sync binding's remote update, as core's
   * `mergeChange` computes it from this session's inventory), its inventory checked in full like `setInventory`
   * (S13). It is not a step of this session: the undo history is kept (undo undoes only this screen's own edits), no
   * guard is asked (the edit was made elsewhere), and it is announced as one `change` event with origin `remote`
   * unless told otherwise. Returns whether it was taken in.
   */
  merge(change: Change, options?: EditOptions): boolean {
    const result = parseInventory(change.inventory);
    if (!result.ok) return (this.fail(inventoryError(result.errors)), false);
    // A change that does not start from the current inventory is refused by the store with a typed error.
    return this.attempt({ origin: options?.origin ?? 'remote' }, () => {
      this.store.rebase(change);
      this.emit({ type: 'change', change, origin: this.origin });
      return change;
    });
  }

  /** Selects people (ids not in the inventory are dropped). Emits a `selection` event when it changed. */
  select(ids: readonly Id[], options?: EditOptions): void {
    const people = this.store.inventory.people;
    const next = [...new Set(ids)].filter((id) => Object.hasOwn(people, id));
    if (next.length === this.selected.length && next.every((id, i) => id === this.selected[i])) return;
    this.selected = next;
    this.emit({ type: 'selection', ids: next, origin: options?.origin ?? 'local' });
  }

  /** Emits an `error` event for a refusal made outside the session (a bound element's own check). */
  fail(error: RelmapError): void {
    this.emit({ type: 'error', error });
  }

  private attempt(options: EditOptions | undefined, fn: () => Change | undefined): boolean {
    const before = this.origin;
    this.origin = options?.origin ?? 'local';
    try {
      const done = fn() !== undefined;
      if (done) this.prune();
      return done;
    } catch (error) {
      if (!isRelmapError(error)) throw error;
      this.fail(error);
      return false;
    } finally {
      this.origin = before;
    }
  }

  private offer(change: Change): boolean {
    if (this.locked) return false;
    const offering = { change, appliedInside: false };
    const outer = this.offering;
    this.offering = offering;
    let accepted = true;
    try {
      for (const guard of [...this.guards]) {
        if (guard(change, this.origin) === false) {
          accepted = false;
          break;
        }
      }
    } finally {
      this.offering = outer;
    }
    // A guard that applied the change itself (a host that cancels `relmap-change` and sets the inventory at once)
    // has committed it already: committing again would fail.
    if (offering.appliedInside) return false;
    if (!accepted) {
      this.vetoed = change;
      this.emit({ type: 'veto', change, origin: this.origin });
    }
    return accepted;
  }

  private prune(): void {
    const people = this.store.inventory.people;
    if (this.selected.some((id) => !Object.hasOwn(people, id))) this.select(this.selected, { origin: this.origin });
  }

  private view(key: ViewKey): void {
    this.policyCache = undefined;
    this.emit({ type: 'view', keys: [key] });
  }

  private emit(event: SessionEvent): void {
    const errors: unknown[] = [];
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        errors.push(error);
      }
    }
    // Every listener hears every event; one that throws does not silence the others (S10).
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} session listeners threw.`);
  }
}
