import { parseInventoryJson, serializeInventory, type Inventory, type Snapshot } from '@relmap/core';

/** One session as saved: its id, the inventory, and when it was saved. */
export interface SavedSession {
  readonly id: string;
  readonly inventory: Inventory;
  /** When it was last saved, as milliseconds since 1970. */
  readonly savedAt: number;
}

/** The session's storage in this browser: the current inventory and its snapshots. */
export interface SessionStore {
  /** The saved inventory of a session, checked as it is read; `undefined` when there is none or it is unreadable. */
  load(sessionId: string): Promise<SavedSession | undefined>;
  /** The session saved last, if any. */
  latest(): Promise<SavedSession | undefined>;
  /** Saves a session's inventory (as the document JSON). Saves are applied in the order they are made. */
  save(sessionId: string, inventory: Inventory, savedAt: number): Promise<void>;
  /** Saves a snapshot of a session. */
  saveSnapshot(sessionId: string, snapshot: Snapshot): Promise<void>;
  /** A session's snapshots, oldest first. */
  snapshots(sessionId: string): Promise<Snapshot[]>;
  /** Deletes a snapshot. */
  deleteSnapshot(sessionId: string, snapshotId: string): Promise<void>;
  close(): void;
}

const VERSION = 1;

interface SessionRow {
  readonly id: string;
  readonly json: string;
  readonly savedAt: number;
}

interface SnapshotRow {
  readonly key: string;
  readonly session: string;
  readonly id: string;
  readonly label: string;
  readonly takenAt: string;
  readonly json: string;
}

/**
 * Opens the session store in IndexedDB (`indexedDB` is the window's factory; `name` the database). Documents are
 * stored as the JSON `serializeInventory` writes and read back through `parseInventoryJson`, so what comes back
 * is checked like any opened file.
 */
export async function openSessionStore(indexedDB: IDBFactory, name = 'relmap-live-session'): Promise<SessionStore> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
      db.createObjectStore('snapshots', { keyPath: 'key' }).createIndex('session', 'session');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB "${name}" could not be opened.`));
    request.onblocked = () => reject(new Error(`IndexedDB "${name}" is held open by another version of this page.`));
  });
  const run = <T>(storeName: string, mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      const request = fn(tx.objectStore(storeName));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error(`IndexedDB ${mode} on "${storeName}" failed.`));
      tx.onabort = () => reject(tx.error ?? new Error(`IndexedDB ${mode} on "${storeName}" was aborted.`));
    });
  const toSession = (row: SessionRow | undefined): SavedSession | undefined => {
    if (!row) return undefined;
    const parsed = parseInventoryJson(row.json);
    return parsed.ok ? { id: row.id, inventory: parsed.inventory, savedAt: row.savedAt } : undefined;
  };
  return {
    async load(sessionId) {
      return toSession(await run<SessionRow>('sessions', 'readonly', (s) => s.get(sessionId) as IDBRequest<SessionRow>));
    },
    async latest() {
      const row = await new Promise<SessionRow | undefined>((resolve, reject) => {
        const request = db.transaction('sessions').objectStore('sessions').index('savedAt').openCursor(null, 'prev');
        request.onsuccess = () => resolve(request.result?.value as SessionRow | undefined);
        request.onerror = () => reject(request.error ?? new Error('reading the latest session failed'));
      });
      return toSession(row);
    },
    async save(sessionId, inventory, savedAt) {
      const row: SessionRow = { id: sessionId, json: serializeInventory(inventory), savedAt };
      await run('sessions', 'readwrite', (s) => s.put(row));
    },
    async saveSnapshot(sessionId, snapshot) {
      const row: SnapshotRow = {
        key: `${sessionId}/${snapshot.id}`,
        session: sessionId,
        id: snapshot.id,
        label: snapshot.label,
        takenAt: snapshot.takenAt,
        json: serializeInventory(snapshot.inventory),
      };
      await run('snapshots', 'readwrite', (s) => s.put(row));
    },
    async snapshots(sessionId) {
      const rows = (await run<SnapshotRow[]>('snapshots', 'readonly', (s) => s.index('session').getAll(sessionId) as IDBRequest<SnapshotRow[]>)) ?? [];
      return rows
        .flatMap((row) => {
          const parsed = parseInventoryJson(row.json);
          return parsed.ok ? [{ id: row.id, label: row.label, takenAt: row.takenAt, inventory: parsed.inventory }] : [];
        })
        .sort((a, b) => a.takenAt.localeCompare(b.takenAt));
    },
    async deleteSnapshot(sessionId, snapshotId) {
      await run('snapshots', 'readwrite', (s) => s.delete(`${sessionId}/${snapshotId}`));
    },
    close() {
      db.close();
    },
  };
}
