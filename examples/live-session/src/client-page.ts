import '@relmap/map/relationship-map';
import * as Y from 'yjs';
import type { RelationshipMap } from '@relmap/map';
import { EditingSession } from '@relmap/map/session';
import { SealedProvider, importRoomKey, isRoomKeyText, isRoomName, joinPicture, trackPresence } from '@relmap/sync';
import { html, render } from 'lit';
import { movingMark } from './moving-mark.ts';

/** The running client's page. */
export interface ClientPage {
  readonly map: RelationshipMap;
  readonly session: EditingSession;
  readonly provider: SealedProvider;
  destroy(): void;
}

/**
 * The client's page of a remote session, opened from the therapist's invitation link: one presenting map of the
 * picture the therapist shares, which the client may change as far as the therapist permits. It never opens storage
 * and never holds the therapist's inventory: only the picture reaches it.
 */
export function startClientPage(root: HTMLElement, fragment: string): ClientPage | undefined {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const room = params.get('room') ?? '';
  const relay = params.get('relay') ?? '';
  const key = params.get('key') ?? '';
  if (!isRoomName(room) || !isRoomKeyText(key) || !/^wss?:\/\//.test(relay)) {
    root.textContent = 'This link is not a session invitation. Ask your therapist for a new one.';
    return undefined;
  }
  render(
    html`<relationship-map id="picture"></relationship-map>
      <p class="waiting" role="status">Connecting to your therapist's session…</p>
      <p class="therapist-moving"></p>`,
    root,
  );
  const map = root.querySelector<RelationshipMap>('#picture')!;
  const status = root.querySelector<HTMLElement>('.waiting')!;
  const session = new EditingSession();
  const doc = new Y.Doc();
  const view = joinPicture(session, doc);
  map.session = session;
  const provider = new SealedProvider(relay, room, importRoomKey(key), doc);
  const markMoving = movingMark(session);
  const moving = root.querySelector<HTMLElement>('.therapist-moving')!;
  const showMoving = (): void => {
    const id = presence.peers.find((p) => p.role === 'therapist')?.moving;
    const person = id === undefined ? undefined : session.inventory.people[id];
    markMoving(person?.id);
    moving.textContent = person ? `Your therapist is moving ${person.name}` : '';
  };
  const presence = trackPresence(provider.awareness, 'client', { onChange: () => (show(), showMoving()) });
  const therapistHere = (): boolean => presence.peers.some((p) => p.role === 'therapist');
  // Whom the client drags is shown on the therapist's page, by the picture's id only.
  const onDrag = (e: HTMLElementEventMap['relmap-drag']): void => presence.moving(e.detail.phase === 'end' ? undefined : e.detail.id);
  map.addEventListener('relmap-drag', onDrag);
  const show = (): void => {
    status.textContent = !provider.connected
      ? 'Reconnecting… your changes are kept and will be sent.'
      : therapistHere()
        ? session.readonly
          ? 'Connected. Your therapist is showing the map.'
          : 'Connected. You can move people between the rings.'
        : 'Waiting for your therapist…';
  };
  provider.on('status', show);
  const unsubscribe = session.subscribe(show);
  show();
  return {
    map,
    session,
    provider,
    destroy() {
      unsubscribe();
      map.removeEventListener('relmap-drag', onDrag);
      presence.destroy();
      view.destroy();
      provider.destroy();
      render(null, root);
    },
  };
}
