import { describe, expect, it } from 'vitest';
import { daniel, maya } from '@relmap/cases';
import { addPerson, takeSnapshot } from '@relmap/core';
import { openSessionStore } from './session-store.ts';

const dbName = (): string => `relmap-test-${crypto.randomUUID()}`;

describe('session store in IndexedDB', () => {
  it('gives back, after the database is closed and opened again, the inventory saved last', async () => {
    const name = dbName();
    const first = await openSessionStore(indexedDB, name);
    const edited = addPerson(maya.intake, { id: 'zora-quist', name: 'Zora Quist', ring: 2 });
    await first.save('s1', maya.intake, 1000);
    await first.save('s1', edited, 2000);
    first.close();
    const again = await openSessionStore(indexedDB, name);
    const loaded = await again.load('s1');
    expect(loaded?.inventory).toEqual(edited);
    expect(loaded?.savedAt).toBe(2000);
    expect(await again.load('nobody')).toBeUndefined();
    again.close();
  });

  it('finds the session saved last', async () => {
    const store = await openSessionStore(indexedDB, dbName());
    await store.save('older', maya.intake, 1000);
    await store.save('newer', daniel.intake, 3000);
    await store.save('middle', maya.session12, 2000);
    expect((await store.latest())?.id).toBe('newer');
    store.close();
  });

  it('keeps snapshots per session, oldest first, and deletes one', async () => {
    const name = dbName();
    const store = await openSessionStore(indexedDB, name);
    await store.saveSnapshot('s1', takeSnapshot(maya.session12, { label: 'Session 12', takenAt: '2026-05-25T10:00:00Z' }));
    await store.saveSnapshot('s1', takeSnapshot(maya.intake, { label: 'Intake', takenAt: '2026-03-02T10:00:00Z' }));
    await store.saveSnapshot('s2', takeSnapshot(daniel.intake, { label: 'Other client', takenAt: '2026-03-02T10:00:00Z' }));
    store.close();
    const again = await openSessionStore(indexedDB, name);
    const snaps = await again.snapshots('s1');
    expect(snaps.map((s) => s.label)).toEqual(['Intake', 'Session 12']);
    expect(snaps[0]!.inventory).toEqual(maya.intake);
    await again.deleteSnapshot('s1', snaps[0]!.id);
    expect((await again.snapshots('s1')).map((s) => s.label)).toEqual(['Session 12']);
    again.close();
  });
});
