import { afterEach } from 'vitest';
import { command, createInventory, type Inventory } from '@relmap/core';
import { EditingSession } from '@relmap/map/session';
import { startRelay, type Relay } from '../relay/relay.ts';

/** A private note the relay tests look for in everything that crosses the wire. */
export const SECRET = 'Sleeps in the car since March';

/**
 * A list of things a test opened (relays, providers, sockets), each closed after the test, the last opened first.
 * Call once at the top of a test file: it registers the `afterEach` that closes them.
 */
export function closedAfterEach(): (() => unknown)[] {
  const opened: (() => unknown)[] = [];
  afterEach(async () => {
    for (const close of opened.splice(0).reverse()) await close();
  });
  return opened;
}

/** The therapist's inventory in the relay tests: Jonas (partner, ring 1) and Mira (friend, ring 2), ids as names. */
export function therapistInventory(options: { readonly privateNote?: string } = {}): Inventory {
  const session = new EditingSession({ inventory: createInventory() });
  session.dispatch(command('addPerson', { id: 'jonas', name: 'Jonas Lindqvist', category: 'partner', ring: 1 }));
  session.dispatch(command('addPerson', { id: 'mira', name: 'Mira Okafor', category: 'friend', ring: 2 }));
  if (options.privateNote !== undefined) {
    session.dispatch(command('updatePerson', { id: 'mira', changes: { notes: { text: options.privateNote, sensitivity: 'private' } } }));
  }
  return session.inventory;
}

/** Starts a relay on `port` (any free one by default), keeping every message it receives in `seen`; closed after the test. */
export async function relayOn(opened: (() => unknown)[], port = 0, seen?: Uint8Array[]): Promise<Relay> {
  const relay = await startRelay({ port, ...(seen ? { onMessage: (_room: string, data: Uint8Array) => void seen.push(data) } : {}) });
  opened.push(() => relay.close());
  return relay;
}
