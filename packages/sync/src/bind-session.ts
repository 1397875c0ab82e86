import * as Y from 'yjs';
import { mergeChange, newId, type IdKind, type Inventory } from '@relmap/core';
import type { EditingSession, SessionEvent } from '@relmap/map/session';
import { repairInventory } from './repair.ts';
import { collection, COLLECTIONS, isEmpty, readRaw, seed, writeDiff, type Collection } from './yjs-shape.ts';

/** The kind of id each collection's records have. */
const KIND: Readonly<Record<Collection, IdKind>> = { people: 'person', ties: 'tie', events: 'event', focus: 'focus', goals: 'goal' };

/** Options of `bindSession`. */
export interface BindOptions {
  /**
   * Whether an empty document is filled from the session when bound (default `true`). A device that joins a room
   * to take its document (the client's) passes `false`, so that its empty inventory does not compete with it.
   */
  readonly seed?: boolean;
}

/** A session bound to a Yjs document; `destroy` lets go of both. */
export interface SyncBinding {
  /** The Yjs document the session is bound to. */
  readonly doc: Y.Doc;
  /** Stops following the document and the session. The document and the session are kept as they are. */
  destroy(): void;
}

/**
 * Binds an editing session to a Yjs document (rules Y1 to Y7). Every edit committed in the session (a command, a
 * transaction, an undo, a redo, a replaced document) is written into the document, field by field, in one Yjs
 * transaction whose origin is the binding; every update from elsewhere reaches the session through
 * `session.merge` (with core's `mergeChange`), as a change with origin `remote` that is not a local undo step. The session's guards still
 * decide what its own user may do; what another device did is merged, then repaired into a valid inventory the
 * same way on every device (`repairInventory`).
 */
export function bindSession(session: EditingSession, doc: Y.Doc, options: BindOptions = {}): SyncBinding {
  const origin = { binding: 'relmap' };
  /** Records this device created, to tell when another device's record took their id (rule Y6). */
  const mine = new WeakSet<Y.Map<unknown>>();
  let merging = false;
  let lost: { readonly name: Collection; readonly id: string }[] = [];

  const write = (before: Inventory, after: Inventory): void => {
    doc.transact(() => {
      for (const map of writeDiff(doc, before, after)) mine.add(map);
    }, origin);
  };

  const follow = (): void => {
    const inventory = repairInventory(readRaw(doc));
    const collided = lost;
    lost = [];
    if (collided.length > 0) {
      readd(collided);
      // This device's steps may name a record whose id now belongs to someone else's: its history starts again.
      merging = true;
      try {
        session.setInventory(repairInventory(readRaw(doc)), { origin: 'remote' });
      } finally {
        merging = false;
      }
      return;
    }
    const change = mergeChange(session.inventory, inventory);
    if (!change) return;
    merging = true;
    try {
      session.merge(change);
    } finally {
      merging = false;
    }
  };

  // Rule Y6: new ids are random (core M15), but a document of an older version or a host may give ids that collide
  // (two devices adding `ana` at once); Yjs keeps one of the two the same way everywhere, and the device whose record
  // lost adds it again under a new opaque id.
  const readd = (records: readonly { readonly name: Collection; readonly id: string }[]): void => {
    const held = session.inventory;
    doc.transact(() => {
      for (const { name, id } of records) {
        const record = (held[name] as Readonly<Record<string, { readonly id: string }>>)[id];
        // The same two people linked twice are one link (rule Y4): a tie that lost is not added again.
        if (!record || name === 'ties') continue;
        const map = collection(doc, name);
        const fresh = newId(KIND[name], (taken) => map.has(taken));
        const before = { ...held, [name]: {} } as Inventory;
        const after = { ...held, [name]: { [fresh]: { ...record, id: fresh } } } as Inventory;
        for (const created of writeDiff(doc, before, after)) mine.add(created);
      }
    }, origin);
  };

  const observers = COLLECTIONS.map((name) => {
    const map = collection(doc, name);
    const observer = (event: Y.YMapEvent<Y.Map<unknown>>): void => {
      if (event.transaction.origin === origin) return;
      for (const [id, change] of event.changes.keys) {
        if (change.action === 'update' && change.oldValue instanceof Y.Map && mine.has(change.oldValue)) lost.push({ name, id });
      }
    };
    map.observe(observer);
    return () => map.unobserve(observer);
  });

  const onTransaction = (tr: Y.Transaction): void => {
    if (tr.origin === origin || tr.changed.size === 0) return;
    follow();
  };
  doc.on('afterTransaction', onTransaction);

  const onEvent = (event: SessionEvent): void => {
    if (merging) return;
    if (event.type === 'change') write(event.change.previous, event.change.inventory);
    else if (event.type === 'replace') write(repairInventory(readRaw(doc)), event.inventory);
    else return;
    // What this device wrote may bring back what a repair had left out (a tie to someone an undo restored).
    follow();
  };
  const unsubscribe = session.subscribe(onEvent);

  if (isEmpty(doc)) {
    if (options.seed !== false) seed(doc, session.inventory, origin);
  } else {
    follow();
  }

  return {
    doc,
    destroy() {
      unsubscribe();
      doc.off('afterTransaction', onTransaction);
      for (const stop of observers) stop();
    },
  };
}
