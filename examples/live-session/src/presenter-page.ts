import '@relmap/map';
import type { RelationshipMap } from '@relmap/map';
import { html, render } from 'lit';
import type { AppWindow } from './app-window.ts';
import { channelName, createSyncViewer, type PresentView } from './session-sync.ts';

/** The running presenter window. */
export interface PresenterPage {
  readonly map: RelationshipMap;
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
      <p class="waiting" role="status">Waiting for the therapist's page…</p>`,
    root,
  );
  const map = root.querySelector<RelationshipMap>('#presented')!;
  const waiting = root.querySelector<HTMLElement>('.waiting')!;
  let joinedResolve: () => void = () => {};
  const joined = new Promise<void>((resolve) => (joinedResolve = resolve));
  const applyView = (view: PresentView): void => {
    map.blanked = view.blanked;
    map.labelMode = view.labelMode;
    map.theme = view.theme;
  };
  const channel = new win.BroadcastChannel(channelName(sessionId));
  const viewer = createSyncViewer(channel, {
    inventory: (inventory) => {
      map.inventory = inventory;
      waiting.hidden = true;
      joinedResolve();
    },
    view: applyView,
  });
  const onHide = (): void => viewer.close();
  win.addEventListener('pagehide', onHide);
  win.document.title = 'Relmap: shared screen';
  return {
    map,
    joined,
    destroy() {
      win.removeEventListener('pagehide', onHide);
      viewer.close();
      channel.close();
      render(null, root);
    },
  };
}
