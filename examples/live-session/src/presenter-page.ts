import '@relmap/map';
import type { RelationshipCompare, RelationshipMap } from '@relmap/map';
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
    html`<relationship-map id="presented" readonly presenting label-mode="initials"></relationship-map>
      <relationship-compare id="compared" presenting label-mode="initials" hidden></relationship-compare>
      <p class="waiting" role="status">Waiting for the therapist's page…</p>`,
    root,
  );
  const map = root.querySelector<RelationshipMap>('#presented')!;
  const compare = root.querySelector<RelationshipCompare>('#compared')!;
  const waiting = root.querySelector<HTMLElement>('.waiting')!;
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
  };
  const channel = new win.BroadcastChannel(channelName(sessionId));
  const viewer = createSyncViewer(channel, {
    inventory: (inventory) => {
      map.inventory = inventory;
      waiting.hidden = true;
      joinedResolve();
    },
    view: applyView,
    compare: (next) => {
      shown = next;
      showCompare();
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
