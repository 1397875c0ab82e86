import '@relmap/map';
import '@relmap/map/relationship-timeline';
import { formulationSummary, type RelationshipCompare, type RelationshipMap } from '@relmap/map';
import { html, render } from 'lit';
import type { AppWindow } from './app-window.ts';
import { channelName, createSyncViewer, type PresentView, type SharedCompare } from './session-sync.ts';

/** The running presenter window. */
export interface PresenterPage {
  readonly map: RelationshipMap;
  /** The comparison shown instead of the map, when the therapist shows one. */
  readonly compare: RelationshipCompare;
  /** Resolves once the first state from the therapist's page has arrived. */
  readonly joined: Promise<void>;
  destroy(): void;
}

/**
 * Starts a presenter window in `root`: one read-only, presenting map that follows the therapist's page of the same
 * session. It never opens storage and never receives a private note: the therapist's page removes them before
 * anything is sent.
 */
export function startPresenterPage(root: HTMLElement, win: AppWindow, sessionId: string): PresenterPage {
  render(
    html`<section class="formulation" aria-label="What we are working on" hidden></section>
      <relationship-map id="presented" readonly presenting label-mode="initials"></relationship-map>
      <relationship-timeline for="presented" hidden></relationship-timeline>
      <relationship-compare id="compared" presenting label-mode="initials" hidden></relationship-compare>
      <p class="waiting" role="status">Waiting for the therapist's page…</p>`,
    root,
  );
  const map = root.querySelector<RelationshipMap>('#presented')!;
  const compare = root.querySelector<RelationshipCompare>('#compared')!;
  const waiting = root.querySelector<HTMLElement>('.waiting')!;
  const formulation = root.querySelector<HTMLElement>('.formulation')!;
  const timeline = root.querySelector<HTMLElement>('relationship-timeline')!;
  let showing = false;
  // The formulation, under the shared screen's own policy: its people highlighted, its events on the timeline.
  const showFormulation = (): void => {
    const on = showing && !map.blanked && !map.hidden;
    formulation.hidden = !on;
    timeline.hidden = !on;
    if (!on) {
      render(null, formulation);
      if (map.highlight.length > 0) map.highlight = [];
      return;
    }
    const summary = formulationSummary(map.inventory, map.session.policy);
    map.highlight = summary.people;
    render(
      html`<h2>We are working on</h2>
        <p class="focus-words">${summary.primary}</p>
        ${summary.also ? html`<p>${summary.also}</p>` : ''}
        ${summary.goals.length ? html`<h2>Our goals</h2><ul>${summary.goals.map((g) => html`<li>${g}</li>`)}</ul>` : ''}`,
      formulation,
    );
  };
  let shown: SharedCompare | undefined;
  // Blanking wins over a comparison: a blanked screen shows neither, and holds neither in the DOM.
  const showCompare = (): void => {
    const on = shown !== undefined && !map.blanked;
    compare.earlier = on ? shown!.earlier : undefined;
    compare.later = on ? shown!.later : undefined;
    if (shown) compare.mode = shown.mode;
    compare.hidden = !on;
    map.hidden = on;
  };
  let joinedResolve: () => void = () => {};
  const joined = new Promise<void>((resolve) => (joinedResolve = resolve));
  const applyView = (view: PresentView): void => {
    map.blanked = view.blanked;
    map.labelMode = view.labelMode;
    map.theme = view.theme;
    compare.labelMode = view.labelMode;
    showCompare();
    showing = view.formulation ?? false;
    showFormulation();
  };
  const channel = new win.BroadcastChannel(channelName(sessionId));
  const viewer = createSyncViewer(channel, {
    inventory: (inventory) => {
      map.inventory = inventory;
      showFormulation();
      waiting.hidden = true;
      joinedResolve();
    },
    view: applyView,
    compare: (next) => {
      shown = next;
      showCompare();
      showFormulation();
    },
  });
  const onHide = (): void => viewer.close();
  win.addEventListener('pagehide', onHide);
  win.document.title = 'Relmap: shared screen';
  return {
    map,
    compare,
    joined,
    destroy() {
      win.removeEventListener('pagehide', onHide);
      viewer.close();
      channel.close();
      render(null, root);
    },
  };
}
