import * as Y from 'yjs';
import { command, createInventory, type Command, type Inventory } from '@relmap/core';
import { EditingSession } from '@relmap/map/session';
import { bindSession, type SyncBinding } from '../bind-session.ts';

/** One device: a session bound to its own Yjs document. */
export interface Replica {
  readonly doc: Y.Doc;
  readonly session: EditingSession;
  readonly binding: SyncBinding;
}

/** Updates in flight between devices: each is delivered to one device, in whatever order the test picks. */
export interface Network {
  readonly replicas: readonly Replica[];
  readonly inFlight: { readonly to: number; readonly update: Uint8Array }[];
  /** Whether device `i` is cut off: its updates wait, and nothing reaches it. */
  readonly offline: boolean[];
  deliver(index: number): void;
  deliverAll(pick?: (count: number) => number): void;
}

const NET = Symbol('network');

/** `count` devices that start from the same document, connected in memory, with every update held until delivered. */
export function replicas(count: number, start: Inventory = createInventory()): Network {
  const inFlight: { to: number; update: Uint8Array }[] = [];
  const offline = Array.from({ length: count }, () => false);
  const first = new Y.Doc();
  const list: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const doc = i === 0 ? first : new Y.Doc();
    if (i > 0) Y.applyUpdate(doc, Y.encodeStateAsUpdate(first), NET);
    const session = new EditingSession({ inventory: start });
    const binding = bindSession(session, doc);
    list.push({ doc, session, binding });
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === NET) return;
      for (let j = 0; j < count; j++) if (j !== i) inFlight.push({ to: j, update });
    });
  }
  const network: Network = {
    replicas: list,
    inFlight,
    offline,
    deliver(index) {
      const [message] = inFlight.splice(index, 1);
      if (message) Y.applyUpdate(list[message.to]!.doc, message.update, NET);
    },
    deliverAll(pick = () => 0) {
      // A device adding again a record that lost its id sends more: deliver until nothing is in flight.
      for (let guard = 0; inFlight.length > 0 && guard < 100_000; guard++) network.deliver(pick(inFlight.length));
    },
  };
  return network;
}

/** The command an edit of a property test stands for, read against the inventory the device holds now. */
export function commandFor(inventory: Inventory, op: readonly [number, number, number]): Command | 'undo' | 'redo' {
  const [kind, x, y] = op;
  const ids = Object.keys(inventory.people).sort();
  const person = ids[x % Math.max(1, ids.length)];
  const other = ids[y % Math.max(1, ids.length)];
  const rings = inventory.settings.rings;
  const names = ['Ana', 'Ben', 'Cem', 'Dana'];
  const events = Object.keys(inventory.events).sort();
  switch (kind % 15) {
    case 0:
      return command('addPerson', { name: names[x % names.length]!, ring: 1 + (y % rings) });
    case 1:
      return person ? command('setCloseness', { id: person, ring: 1 + (y % rings) }) : 'undo';
    case 2:
      return person ? command('removePerson', { id: person }) : 'undo';
    case 3:
      return person ? command('updatePerson', { id: person, changes: { name: `${names[y % names.length]} ${y}` } }) : 'undo';
    case 4:
      return person && other && person !== other ? command('linkPeople', { a: person, b: other }) : 'redo';
    case 5: {
      const tie = Object.keys(inventory.ties).sort()[x % Math.max(1, Object.keys(inventory.ties).length)];
      return tie ? command('unlinkPeople', { id: tie }) : 'undo';
    }
    case 6:
      return command('recordEvent', { kind: 'move', label: { text: `Moved ${x}`, sensitivity: 'shareable' }, people: ids.filter((_, i) => (x >> i) & 1) });
    case 7:
      return command('setRings', { rings: 2 + (x % 4) });
    case 8:
      return person ? command('setConflict', { id: person, conflict: (['none', 'low', 'high', 'hostile', 'cutoff'] as const)[y % 5]! }) : 'undo';
    case 9:
      return 'undo';
    case 10:
      return 'redo';
    case 11:
      return person ? command('markDeceased', { id: person, died: `20${10 + (y % 10)}` }) : 'undo';
    case 12:
      return person ? command('markLiving', { id: person }) : 'undo';
    case 13:
      return command('setFocus', {
        id: `focus-${x % 3}`,
        area: (['grief', 'role-dispute', 'role-transition', 'interpersonal-deficits'] as const)[y % 4]!,
        primary: y % 2 === 0,
        people: ids.filter((_, i) => (y >> i) & 1),
        events: events.filter((_, i) => (x >> i) & 1),
      });
    default: {
      const event = events[x % Math.max(1, events.length)];
      return event ? command('removeEvent', { id: event }) : 'redo';
    }
  }
}

/** Applies one property-test edit on a device, as its user would. */
export function edit(replica: Replica, op: readonly [number, number, number]): void {
  const cmd = commandFor(replica.session.inventory, op);
  if (cmd === 'undo') replica.session.undo();
  else if (cmd === 'redo') replica.session.redo();
  else replica.session.dispatch(cmd);
}
