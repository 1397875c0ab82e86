import { html, nothing, type TemplateResult } from 'lit';
import type { Snapshot } from '@relmap/core';
import type { CompareMode, LabelMode } from '@relmap/map';
import type { PresentView } from './session-sync.ts';

/** Which two moments to compare: snapshot ids, or `now` for the inventory as it is. */
export interface CompareChoice {
  readonly from: string;
  readonly to: string;
  readonly mode: CompareMode;
}

/** The state of the therapist's page that its template shows. */
export interface TherapistView {
  presenting: boolean;
  shared: PresentView;
  viewers: number;
  status: string;
  error: string;
  snapshots: Snapshot[];
  compare: CompareChoice | undefined;
  /** The comparison is on the shared screen instead of the map. */
  compareShared: boolean;
  presenterUrl: string;
  /** The remote session with the client's device, once invited. */
  remote:
    | {
        readonly link: string;
        readonly connected: boolean;
        readonly clientHere: boolean;
        readonly moveRings: boolean;
        /** The label (as the client sees it) of the person the client is dragging now. */
        readonly clientMoving: string | undefined;
        /** The client's last change, in words. */
        readonly lastEdit: string | undefined;
      }
    | undefined;
}

/** What the page's controls do. */
export interface TherapistActions {
  openPresenter(): void;
  /** Opens a room on the relay, shares the picture into it, and shows the link to send. */
  inviteClient(): void;
  /** Lets the client move people between rings, or not. */
  setClientMoves(on: boolean): void;
  /** Ends the remote session. */
  endRemote(): void;
  toggleBlank(): void;
  /** Shows the formulation on the shared screen, or the map alone again. */
  toggleFormulation(): void;
  setPresenting(on: boolean): void;
  setLabelMode(mode: LabelMode): void;
  takeSnapshot(label: string): Promise<void>;
  deleteSnapshot(id: string): Promise<void>;
  compare(choice: CompareChoice | undefined): void;
  shareCompare(on: boolean): void;
  importFile(file: File): Promise<void>;
  exportJson(): void;
  exportShareableJson(): void;
  exportSvg(): Promise<void>;
  exportPng(): Promise<void>;
  /** Opens the client's printable one-page handout in a new window. */
  openHandout(): Promise<void>;
  /** The inventory as it is now, as a snapshot to compare with. */
  now(): Snapshot;
}

const LABEL_MODES: readonly [LabelMode, string][] = [
  ['initials', 'Initials'],
  ['alias', 'Alias'],
  ['role', 'Role'],
  ['name', 'Names (only if the client agrees)'],
];

/** The therapist's page: a bar of session controls, the map, and a side column of detail, snapshots and files. */
export function renderTherapist(v: TherapistView, a: TherapistActions): TemplateResult {
  return html`<header class="bar">
      <h1>Relmap <span>live session</span></h1>
      <div class="session-controls" role="group" aria-label="Shared screen">
        <button type="button" @click=${a.openPresenter}>Open presenter window</button>
        <button type="button" aria-pressed=${v.shared.blanked ? 'true' : 'false'} aria-keyshortcuts="B" @click=${a.toggleBlank}>
          ${v.shared.blanked ? 'Show shared screen' : 'Blank shared screen'} <kbd>B</kbd>
        </button>
        <button type="button" aria-pressed=${v.shared.formulation ? 'true' : 'false'} @click=${a.toggleFormulation}>
          ${v.shared.formulation ? 'Hide the formulation' : 'Show the formulation'}
        </button>
        <label>Shared labels
          <select @change=${(e: Event) => a.setLabelMode((e.target as HTMLSelectElement).value as LabelMode)}>
            ${LABEL_MODES.map(([mode, label]) => html`<option value=${mode} ?selected=${mode === v.shared.labelMode}>${label}</option>`)}
          </select>
        </label>
        <label><input type="checkbox" .checked=${v.presenting} @change=${(e: Event) => a.setPresenting((e.target as HTMLInputElement).checked)} />
          Present this page</label>
      </div>
      ${renderRemote(v, a)}
      <p class="status" role="status">
        ${v.viewers > 0 ? html`<strong>Presenter window open</strong>` : 'No presenter window'}${v.shared.blanked ? html` · <strong>shared screen blanked</strong>` : nothing}
        · ${v.status}
      </p>
    </header>
    ${v.error ? html`<p class="error" role="alert">${v.error}</p>` : nothing}
    <main class="layout">
      <section class="map-area" aria-label="Map">
        <relationship-map id="map"></relationship-map>
        ${renderCompare(v, a)}
        <relationship-timeline for="map"></relationship-timeline>
      </section>
      <aside class="side">
        <section class="panel" aria-labelledby="detail-h">
          <h2 id="detail-h">Selected person</h2>
          <relationship-detail for="map"></relationship-detail>
        </section>
        <section class="panel" aria-labelledby="goals-h">
          <h2 id="goals-h">Goals</h2>
          <relationship-goals for="map"></relationship-goals>
        </section>
        ${renderSnapshots(v, a)}
        ${renderFiles(a)}
      </aside>
    </main>
    <details class="panel table-area">
      <summary><h2>The inventory as a table</h2></summary>
      <relationship-table for="map"></relationship-table>
    </details>`;
}

function renderRemote(v: TherapistView, a: TherapistActions): TemplateResult {
  const r = v.remote;
  if (!r) {
    return html`<div class="session-controls" role="group" aria-label="Client's device">
      <button type="button" @click=${a.inviteClient}>Invite the client</button>
    </div>`;
  }
  const presence = !r.connected ? 'Not connected to the relay' : r.clientHere ? 'Client connected' : 'Waiting for the client';
  return html`<div class="session-controls" role="group" aria-label="Client's device">
    <label>Link for the client <input readonly class="invite-link" .value=${r.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>
    <label><input type="checkbox" .checked=${r.moveRings} @change=${(e: Event) => a.setClientMoves((e.target as HTMLInputElement).checked)} />
      Client may move people between rings</label>
    <span class="presence" role="status">${presence}</span>
    <span class="client-moving">${r.clientMoving === undefined ? '' : `The client is moving ${r.clientMoving}`}</span>
    <span class="client-edit" role="status">${r.lastEdit ?? ''}</span>
    <button type="button" @click=${a.endRemote}>End remote session</button>
  </div>`;
}

function renderSnapshots(v: TherapistView, a: TherapistActions): TemplateResult {
  const take = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('label') as HTMLInputElement;
    const label = input.value.trim() || `Snapshot ${v.snapshots.length + 1}`;
    await a.takeSnapshot(label);
    input.value = '';
  };
  const compare = (e: SubmitEvent): void => {
    e.preventDefault();
    const f = (e.target as HTMLFormElement).elements;
    const value = (name: string): string => (f.namedItem(name) as HTMLSelectElement).value;
    a.compare({ from: value('from'), to: value('to'), mode: value('mode') as CompareMode });
  };
  const options = (selected: string): TemplateResult[] => [
    ...v.snapshots.map((s) => html`<option value=${s.id} ?selected=${s.id === selected}>${s.label}</option>`),
    html`<option value="now" ?selected=${selected === 'now'}>Now</option>`,
  ];
  return html`<section class="panel" aria-labelledby="snap-h">
    <h2 id="snap-h">Snapshots</h2>
    <form class="row" @submit=${take}>
      <input name="label" aria-label="Snapshot name" placeholder="Name, such as Session 6" maxlength="80" />
      <button type="submit">Take snapshot</button>
    </form>
    <ol class="snapshots">
      ${v.snapshots.map(
        (s) => html`<li><span>${s.label}</span> <time datetime=${s.takenAt}>${s.takenAt.slice(0, 10)}</time>
          <button type="button" class="link" @click=${() => a.compare({ from: s.id, to: 'now', mode: 'changes' })}>Compare with now</button>
          <button type="button" class="link" aria-label=${`Delete snapshot ${s.label}`} @click=${() => a.deleteSnapshot(s.id)}>Delete</button></li>`,
      )}
    </ol>
    ${
      v.snapshots.length
        ? html`<form class="compare-form" @submit=${compare}>
          <label>From <select name="from">${options(v.compare?.from ?? v.snapshots[0]!.id)}</select></label>
          <label>To <select name="to">${options(v.compare?.to ?? 'now')}</select></label>
          <label>Show <select name="mode">
            <option value="changes" ?selected=${v.compare?.mode !== 'side-by-side'}>Changes on one map</option>
            <option value="side-by-side" ?selected=${v.compare?.mode === 'side-by-side'}>Side by side</option>
          </select></label>
          <button type="submit">Compare</button>
        </form>`
        : nothing
    }
  </section>`;
}

function renderCompare(v: TherapistView, a: TherapistActions): TemplateResult | typeof nothing {
  const c = v.compare;
  if (!c) return nothing;
  const find = (id: string): Snapshot | undefined => (id === 'now' ? a.now() : v.snapshots.find((s) => s.id === id));
  const earlier = find(c.from);
  const later = find(c.to);
  if (!earlier || !later) return nothing;
  return html`<section class="compare" aria-labelledby="compare-h">
    <div class="row"><h2 id="compare-h">${earlier.label} → ${later.label}</h2>
      <span class="row">
        <button type="button" aria-pressed=${v.compareShared ? 'true' : 'false'} @click=${() => a.shareCompare(!v.compareShared)}>
          ${v.compareShared ? 'Show the map on the shared screen' : 'Show this on the shared screen'}</button>
        <button type="button" @click=${() => a.compare(undefined)}>Close comparison</button>
      </span></div>
    <relationship-compare .earlier=${earlier} .later=${later} .mode=${c.mode} ?presenting=${v.presenting}
      label-mode=${v.presenting ? v.shared.labelMode : 'name'}></relationship-compare>
  </section>`;
}

function renderFiles(a: TherapistActions): TemplateResult {
  const open = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await a.importFile(file);
    input.value = '';
  };
  return html`<section class="panel" aria-labelledby="files-h">
    <h2 id="files-h">Files</h2>
    <label class="file">Open an inventory (JSON) <input type="file" accept=".json,application/json" @change=${open} /></label>
    <div class="buttons">
      <button type="button" @click=${a.exportJson} title="Everything, private notes included: for your records only">Save JSON (full, with private notes)</button>
      <button type="button" @click=${a.exportShareableJson}>Save JSON without private notes</button>
      <button type="button" @click=${a.exportSvg}>Picture as the client sees it (SVG)</button>
      <button type="button" @click=${a.exportPng}>Picture as the client sees it (PNG)</button>
      <button type="button" class="handout-button" @click=${a.openHandout} title="One printable page for the client: the map, its legend, the focus in plain words; no names or notes">Handout</button>
    </div>
  </section>`;
}
