import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { EditingSession } from '@relmap/map/session';
import { bindSession } from '@relmap/sync';
import type { AppWindow } from './app-window.ts';

type TabMessage = { readonly type: 'hello'; readonly state: Uint8Array } | { readonly type: 'update'; readonly update: Uint8Array };

const FROM_TAB = Symbol('another tab');

/**
 * Keeps the therapist's session in a Yjs document stored in IndexedDB (y-indexeddb) and shared with the other tabs
 * of the same session over a BroadcastChannel, so that two tabs editing at once both keep their edits: each edit is
 * merged field by field (`bindSession`), and a tab opened later starts from everything the others wrote. The document
 * never leaves this browser.
 */
export async function keepAcrossTabs(win: AppWindow, session: EditingSession, sessionId: string): Promise<{ destroy(): void }> {
  const name = `relmap-live-session-doc:${sessionId}`;
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  const binding = bindSession(session, doc);
  const channel = new win.BroadcastChannel(name);
  const post = (message: TabMessage): void => channel.postMessage(message);
  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== FROM_TAB) post({ type: 'update', update });
  };
  doc.on('update', onUpdate);
  channel.onmessage = (e: MessageEvent<TabMessage>) => {
    if (e.data.type === 'update') Y.applyUpdate(doc, e.data.update, FROM_TAB);
    // A tab that has just opened says what it has; the others send it what it lacks.
    else post({ type: 'update', update: Y.encodeStateAsUpdate(doc, e.data.state) });
  };
  post({ type: 'hello', state: Y.encodeStateVector(doc) });
  return {
    destroy() {
      doc.off('update', onUpdate);
      channel.close();
      binding.destroy();
      void persistence.destroy();
    },
  };
}
