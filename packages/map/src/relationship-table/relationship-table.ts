import { LitElement, html, type PropertyValues, type ReactiveController } from 'lit';
import { property, state } from 'lit/decorators.js';
import { command, createInventory, findTieBetween, type Command, type Id, type Inventory, type Person } from '@relmap/core';
import type { LabelMode } from '../labels.ts';
import { labelFor, labelModeFor } from '../presenting-policy.ts';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { defaultStrings } from '../strings.ts';
import { renderTable } from './render-table.ts';
import { renderSettings } from './render-settings.ts';
import { renderTies, tieRow } from './render-ties.ts';
import { handleTableKey } from './table-keys.ts';
import type { TieRow } from './sort-ties.ts';
import { keepOrder, sortRows, type SortKey, type SortState } from './sort-rows.ts';
import { defaultTableStrings, type TableStrings } from './table-strings.ts';
import { tableStyles } from './table-styles.ts';

const EMPTY = createInventory();

/**
 * The interpersonal inventory as a table: one row per person with ring, conflict, support, contact and notes,
 * sortable by column and editable with native controls, and a second table of the ties between people (closeness,
 * conflict, label, ended), with a form that ties two people, and the map's settings. It is a second view of a `<relationship-map>`: it reads
 * the map's `inventory`, follows every update of the map, and makes each edit through the map's `dispatch`, so an
 * edit in either view shows in the other at once, is undoable with the map's undo, can be vetoed by the host's
 * `relmap-change` listener, and is announced by the map's live region.
 *
 * Bind it with the `for` attribute (the id of a map in the same document or shadow root) or the `map` property.
 * Rows keep their places while you edit, so a changed ring never moves the row away from the keyboard; a click on
 * a column header sorts again.
 *
 * @summary A sortable, editable table view of the inventory, bound to a relationship map.
 *
 * @csspart table - The `<table>`.
 * @csspart add - The form that adds a person.
 * @csspart ties - The `<table>` of ties between people.
 * @csspart add-tie - The form that ties two people.
 * @csspart settings - The map's settings: client label, rings, ring labels, sectors.
 *
 * @cssproperty --relmap-background - Background.
 * @cssproperty --relmap-foreground - Text colour.
 * @cssproperty --relmap-muted-foreground - Secondary text.
 * @cssproperty --relmap-surface - Background of inputs, selects and buttons.
 * @cssproperty --relmap-border-color - Borders of cells and controls.
 * @cssproperty --relmap-focus-color - Keyboard focus.
 * @cssproperty --relmap-font-family - Font.
 * @cssproperty --relmap-font-size - Base font size.
 */
export class RelationshipTable extends LitElement {
  static override styles = tableStyles;

  /** The id of the `<relationship-map>` to show and edit, looked up in this element's document or shadow root. */
  @property({ attribute: 'for', reflect: true }) htmlFor = '';

  /** Shows the table without editing controls, even when the map is editable. A read-only map makes it read-only too. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The colour theme: `light` or `dark`. */
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';

  /** Replaces any of the texts the table shows. */
  @property({ attribute: false }) strings: Partial<TableStrings> = {};

  // Rows start by ring, innermost first, as the map reads; the header says so through aria-sort.
  @state() private sort: SortState = { key: 'ring', direction: 'ascending' };
  @state() private order: readonly Id[] = [];
  @state() private shown: Inventory = EMPTY;
  @state() private tieError = '';

  private bound: RelationshipMap | undefined;
  private explicitMap: RelationshipMap | undefined;
  private readonly follower: ReactiveController = { hostUpdated: () => this.follow() };
  private presentingSeen = false;
  private readonlySeen = false;
  private blankedSeen = false;

  /** The map this table shows: set directly, or found through the `for` attribute. */
  @property({ attribute: false })
  get map(): RelationshipMap | undefined {
    return this.bound;
  }
  set map(value: RelationshipMap | undefined) {
    this.explicitMap = value;
    this.bind(value);
  }

  /**
   * Rendered on a server (a declarative shadow root is there before the first update), the table could not find
   * its map; its first render in the browser draws the same unbound frame, which Lit hydrates, and the next one
   * the table.
   */
  private hydrating: boolean;

  constructor() {
    super();
    this.hydrating = this.shadowRoot != null;
    this.addEventListener('keydown', (e) => void (this.bound && !this.bound.readonly && !this.readonly && handleTableKey(this.bound, e)));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.bind(this.explicitMap ?? this.lookUp());
    // A table written before its map in the page's HTML connects before the map is parsed: look again when it is.
    if (!this.bound && this.ownerDocument.readyState === 'loading') {
      this.ownerDocument.addEventListener('DOMContentLoaded', () => this.bound ?? this.bind(this.explicitMap ?? this.lookUp()), { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.bound?.removeController(this.follower);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && !this.explicitMap && this.isConnected) this.bind(this.lookUp());
  }

  protected override firstUpdated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    this.requestUpdate();
  }

  protected override render(): unknown {
    const map = this.bound;
    const text = { ...defaultTableStrings, ...this.strings };
    if (!map || this.hydrating) return html`<p>${text.unbound}</p>`;
    // Blanking the map blanks what is bound to it: nothing of the inventory stays in the DOM.
    if (map.blanked) return html`<p part="blanked">${text.blanked}</p>`;
    const mapText = { ...defaultStrings, ...map.strings };
    const mode: LabelMode = labelModeFor(map.labelMode, map.presenting);
    const people = map.inventory.people;
    const label = (p: Person): string => labelFor(people, p, mode, mapText);
    const editable = !this.readonly && !map.readonly;
    // A refused or vetoed edit leaves the inventory as it was; re-rendering puts the controls back to match it.
    const edit = (cmd: Command): void => void (map.dispatch(cmd) || this.requestUpdate());
    const common = { inventory: this.shown, order: this.order, editable, presenting: map.presenting, label, text, mapText, edit };
    return html`${renderTable({
      ...common,
      sort: this.sort,
      sortBy: (key) => this.sortBy(key),
      add: (name, ring, input) => {
        if (map.dispatch(command('addPerson', { name, ring }))) input.value = '';
      },
    })}
    ${renderTies({
      ...common,
      error: this.tieError,
      link: (a, b) => this.link(map, a, b, (x, y) => mapText.tieLabel(label(x), label(y))),
      unlink: (id, rows) => this.unlink(map, id, rows),
      clearError: () => (this.tieError = ''),
    })}
    ${renderSettings({ inventory: this.shown, editable, text, edit })}`;
  }

  /** Ties two people from the form, or says in the form why it cannot. */
  private link(map: RelationshipMap, a: Id, b: Id, pair: (a: Person, b: Person) => string): void {
    const text = { ...defaultTableStrings, ...this.strings };
    const [first, second] = [this.shown.people[a], this.shown.people[b]];
    if (a === b) this.tieError = text.tieSamePerson;
    else if (first && second && findTieBetween(this.shown, a, b)) this.tieError = text.tieExists(pair(first, second));
    else if (map.dispatch(command('linkPeople', { a, b }))) this.tieError = '';
  }

  /** Removes a tie; focus goes to the next row's remove button (or the previous one's, or the form), not to the page. */
  private unlink(map: RelationshipMap, id: Id, rows: readonly TieRow[]): void {
    const at = rows.findIndex((r) => r.tie.id === id);
    const neighbour = rows[at + 1] ?? rows[at - 1];
    if (!map.dispatch(command('unlinkPeople', { id }))) return;
    void this.updateComplete.then(() => {
      const root = this.renderRoot;
      const next = neighbour && tieRow(root, neighbour.tie.id)?.querySelector<HTMLElement>('button.remove');
      (next ?? root.querySelector<HTMLElement>('form.add-tie select'))?.focus();
    });
  }

  private lookUp(): RelationshipMap | undefined {
    if (!this.htmlFor) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const el = root.getElementById?.(this.htmlFor);
    return el?.localName === 'relationship-map' ? (el as RelationshipMap) : undefined;
  }

  private bind(map: RelationshipMap | undefined): void {
    if (map === this.bound) return;
    this.bound?.removeController(this.follower);
    this.bound = map;
    map?.addController(this.follower);
    this.shown = EMPTY;
    this.order = [];
    this.tieError = '';
    this.follow();
    this.requestUpdate();
  }

  /** Runs after every update of the map: takes its inventory when it changed, and its presenting and read-only states. */
  private follow(): void {
    const map = this.bound;
    if (!map) return;
    const inv = map.inventory;
    if (inv !== this.shown) {
      this.shown = inv;
      this.order = keepOrder(this.order, inv, this.sorted(inv));
    }
    if (map.presenting !== this.presentingSeen || map.readonly !== this.readonlySeen || map.blanked !== this.blankedSeen) {
      // A message written before presenting may name people ("Jonas and Anneli are already tied."): it goes.
      if (map.presenting !== this.presentingSeen) this.tieError = '';
      this.presentingSeen = map.presenting;
      this.readonlySeen = map.readonly;
      this.blankedSeen = map.blanked;
      this.requestUpdate();
    }
  }

  private sorted(inv: Inventory): Id[] {
    const map = this.bound;
    const mode: LabelMode = labelModeFor(map?.labelMode, map?.presenting ?? false);
    const mapText = { ...defaultStrings, ...map?.strings };
    return sortRows(inv, this.sort, (p) => labelFor(inv.people, p, mode, mapText));
  }

  private sortBy(key: SortKey): void {
    const direction = this.sort.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
    this.order = this.sorted(this.shown);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relationship-table': RelationshipTable;
  }
}
