import * as Y from 'yjs';
import type { EditingSession } from '@relmap/map/session';
import {
  SealedProvider,
  importRoomKey,
  newRoomKeyText,
  newRoomName,
  sharePicture,
  trackPresence,
  type PictureLabelMode,
  type PictureShare,
  type SharePermissions,
} from '@relmap/sync';
import { clientEditWords } from './client-edit-words.ts';
import type { AppWindow } from './app-window.ts';

/** The relay the example uses unless the page's address names another (`?relay=ws://…`). */
export const DEFAULT_RELAY = 'ws://127.0.0.1:1234';

/** An invitation to the client's device: the link to send, and who is connected. */
export interface RemoteInvite {
  /** The address the client opens; the room name and key are in the fragment, which browsers never send to a server. */
  readonly link: string;
  /** The picture shared: its label mode and what the client may change. */
  readonly share: PictureShare;
  /** Whether the client's page is connected to the room now. */
  readonly clientHere: boolean;
  /** Whether this page is connected to the relay now. */
  readonly connected: boolean;
  /** Whom the client is dragging on their map now, by this session's id. */
  readonly clientMoving: string | undefined;
  /** The last change the client made that this session took, in words, with the labels the client sees. */
  readonly lastEdit: string | undefined;
  /** How the client's page labels a person of this session (the shared picture's label). */
  labelOf(id: string): string | undefined;
  /** Tells the client's page whom the therapist is dragging now (`undefined`: nobody). */
  moving(id: string | undefined): void;
  /** Stops sharing and leaves the room; the room is gone once the client's page has left too. */
  close(): void;
}

/**
 * Invites the client's device to a remote session: a room of 128 random bits on the relay, the picture of the
 * therapist's session shared into it (never the inventory itself: `sharePicture`), and the link to send. Presence
 * says whom either side is dragging, by the picture's ids only (`trackPresence`). `onChange` is called when the
 * client's page joins or leaves, starts or stops dragging someone, changes something, or the connection changes.
 */
export function inviteClient(
  win: AppWindow,
  session: EditingSession,
  options: { relay: string; labelMode: PictureLabelMode; permissions: SharePermissions; onChange: () => void },
): RemoteInvite {
  const room = newRoomName();
  const doc = new Y.Doc();
  let lastEdit: string | undefined;
  const share: PictureShare = sharePicture(session, doc, {
    labelMode: options.labelMode,
    permissions: options.permissions,
    onClientEdit: (edit) => {
      lastEdit = clientEditWords(edit, share.picture);
      options.onChange();
    },
  });
  // A sealed room (rules E1 to E5): the relay passes on only ciphertext; the key travels in the link's fragment.
  const key = newRoomKeyText();
  const provider = new SealedProvider(options.relay, room, importRoomKey(key), doc);
  const presence = trackPresence(provider.awareness, 'therapist', { ids: share.ids, onChange: options.onChange });
  const client = (): { moving: string | undefined } | undefined => presence.peers.find((p) => p.role === 'client');
  provider.on('status', options.onChange);
  const url = new win.URL('client.html', win.location.href);
  url.search = '';
  url.hash = new URLSearchParams({ room, key, relay: options.relay }).toString();
  return {
    link: url.href,
    share,
    get clientHere() {
      return client() !== undefined;
    },
    get connected() {
      return provider.connected;
    },
    get clientMoving() {
      const id = client()?.moving;
      return id !== undefined && Object.hasOwn(session.inventory.people, id) ? id : undefined;
    },
    get lastEdit() {
      return lastEdit;
    },
    labelOf: (id) => share.picture.people[share.ids.toPicture(id)]?.name,
    moving: (id) => presence.moving(id),
    close() {
      presence.destroy();
      share.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
