import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { command, createInventory, findTieBetween, type Command, type Id, type Inventory, type Person } from '@relmap/core';
import type { EditingSession } from '../session/editing-session.ts';
import type { SessionEvent } from '../session/session-events.ts';
import { SessionBoundElement } from '../session-bound-element.ts';
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
 * conflict, label, ended), with a form that ties two people, and the map's settings. It is a second view of an
 * editing session, usually a `<relationship-map>`'s: it reads the session's inventory, follows every change, and
 * makes each edit through the session, so an edit in either view shows in the other at once, is undoable with the
 * map's undo, can be vetoed by the host's `relmap-change` listener, and is announced by the map's live region. It
 * labels people and blanks by the session's presenting policy.
 *
 * Bind it with the `for` attribute (the id of a map in the same document or shadow root), the `map` property, or
 * the `session` property (a session a host made and shares among elements).
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
export class RelationshipTable extends SessionBoundElement {
  static override styles = tableStyles;

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

  /**
   * Rendered on a server (a declarative shadow root is there before the first update), the table could not find
   * its map; its first render in the browser draws the same unbound frame, which Lit hydrates, and the next one
   * the table.
   */
  private hydrating: boolean;

  constructor() {
    super();
    this.hydrating = this.shadowRoot != null;
    this.addEventListener('keydown', (e) => {
      const session = this.binding.session;
      if (session && !session.readonly && !this.readonly) handleTableKey(session, e);
    });
  }

  protected override firstUpdated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    this.requestUpdate();
  }

  protected override render(): unknown {
    const session = this.binding.session;
    const text = { ...defaultTableStrings, ...this.strings };
    if (!session || this.hydrating) return html`<p>${text.unbound}</p>`;
    // Blanking the session blanks every element bound to it: nothing of the inventory stays in the DOM (S8).
    if (session.blanked) return html`<p part="blanked">${text.blanked}</p>`;
    const mapText = session.text;
    const policy = session.policy;
    const label = (p: Person): string => policy.label(p);
    const editable = !this.readonly && !session.readonly;
    // A refused or vetoed edit leaves the inventory as it was; re-rendering puts the controls back to match it.
    const edit = (cmd: Command): void => void (session.dispatch(cmd) || this.requestUpdate());
    const common = { inventory: this.shown, order: this.order, editable, presenting: policy.presenting, label, text, mapText, edit };
    return html`${renderTable({
      ...common,
      sort: this.sort,
      sortBy: (key) => this.sortBy(key),
      add: (name, ring, input) => {
        if (session.dispatch(command('addPerson', { name, ring }))) input.value = '';
      },
    })}
    ${renderTies({
      ...common,
      error: this.tieError,
      link: (a, b) => this.link(session, a, b, (x, y) => mapText.tieLabel(label(x), label(y))),
      unlink: (id, rows) => this.unlink(session, id, rows),
      clearError: () => (this.tieError = ''),
    })}
    ${renderSettings({ inventory: this.shown, editable, text, edit })}`;
  }

  /** Ties two people from the form, or says in the form why it cannot. */
  private link(session: EditingSession, a: Id, b: Id, pair: (a: Person, b: Person) => string): void {
    const text = { ...defaultTableStrings, ...this.strings };
    const [first, second] = [this.shown.people[a], this.shown.people[b]];
    if (a === b) this.tieError = text.tieSamePerson;
    else if (first && second && findTieBetween(this.shown, a, b)) this.tieError = text.tieExists(pair(first, second));
    else if (session.dispatch(command('linkPeople', { a, b }))) this.tieError = '';
  }

  /** Removes a tie; focus goes to the next row's remove button (or the previous one's, or the form), not to the page. */
  private unlink(session: EditingSession, id: Id, rows: readonly TieRow[]): void {
    const at = rows.findIndex((r) => r.tie.id === id);
    const neighbour = rows[at + 1] ?? rows[at - 1];
    if (!session.dispatch(command('unlinkPeople', { id }))) return;
    void this.updateComplete.then(() => {
      const root = this.renderRoot;
      const next = neighbour && tieRow(root, neighbour.tie.id)?.querySelector<HTMLElement>('button.remove');
      (next ?? root.querySelector<HTMLElement>('form.add-tie select'))?.focus();
    });
  }

  protected override sessionBound(session: EditingSession | undefined): void {
    this.follow(session, true);
  }

  /** Takes the session's inventory when it changed (keeping rows in place), or all of it on binding. */
  private follow(session: EditingSession | undefined, fresh: boolean): void {
    const inv = session?.inventory ?? EMPTY;
    if (fresh) {
      this.shown = EMPTY;
      this.order = [];
      this.tieError = '';
    }
    if (inv !== this.shown) {
      this.shown = inv;
      this.order = keepOrder(this.order, inv, this.sorted(inv));
    }
  }

  protected override sessionEvent(e: SessionEvent): void {
    if (e.type === 'change' || e.type === 'replace') this.follow(this.binding.session, false);
    // A message written before presenting may name people ("Jonas and Anneli are already tied."): it goes (S7).
    if (e.type === 'view' && (e.keys.includes('presenting') || e.keys.includes('labelMode'))) this.tieError = '';
  }

  private sorted(inv: Inventory): Id[] {
    const policy = this.binding.session?.policy;
    return sortRows(inv, this.sort, (p) => policy?.label(p) ?? p.name);
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
