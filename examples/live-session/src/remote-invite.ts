import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { EditingSession } from '@relmap/map/session';
import { newRoomName, sharePicture, type PictureLabelMode, type PictureShare, type SharePermissions } from '@relmap/sync';
import type { AppWindow } from './app-window.ts';

/** The relay the example uses unless the page's address names another (`?relay=ws://…`). */
export const DEFAULT_RELAY = 'ws://127.0.0.1:1234';

/** An invitation to the client's device: the link to send, and who is connected. */
export interface RemoteInvite {
  /** The address the client opens; the room name is in the fragment, which browsers never send to a server. */
  readonly link: string;
  /** The picture shared: its label mode and what the client may change. */
  readonly share: PictureShare;
  /** Whether the client's page is connected to the room now. */
  readonly clientHere: boolean;
  /** Whether this page is connected to the relay now. */
  readonly connected: boolean;
  /** Stops sharing and leaves the room; the room is gone once the client's page has left too. */
  close(): void;
}

/**
 * Invites the client's device to a remote session: a room of 128 random bits on the relay, the picture of the
 * therapist's session shared into it (never the inventory itself: `sharePicture`), and the link to send. `onChange`
 * is called when the client's page joins or leaves, or the connection to the relay changes.
 */
export function inviteClient(
  win: AppWindow,
  session: EditingSession,
  options: { relay: string; labelMode: PictureLabelMode; permissions: SharePermissions; onChange: () => void },
): RemoteInvite {
  const room = newRoomName();
  const doc = new Y.Doc();
  const share = sharePicture(session, doc, { labelMode: options.labelMode, permissions: options.permissions });
  const provider = new WebsocketProvider(options.relay, room, doc);
  provider.awareness.setLocalStateField('role', 'therapist');
  const clientHere = (): boolean => [...provider.awareness.getStates().values()].some((s) => (s as { role?: string }).role === 'client');
  provider.awareness.on('change', options.onChange);
  provider.on('status', options.onChange);
  const url = new win.URL('client.html', win.location.href);
  url.search = '';
  url.hash = new URLSearchParams({ room, relay: options.relay }).toString();
  return {
    link: url.href,
    share,
    get clientHere() {
      return clientHere();
    },
    get connected() {
      return provider.wsconnected;
    },
    close() {
      share.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
