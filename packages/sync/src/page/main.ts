// A page for the remote-session page tests: `?role=therapist` holds the full inventory and shares its picture,
// `?role=client` joins it; both through the relay named by `?relay=` in the room `?room=`, sealed with the key
// `?key=` when one is given (rules E1 to E5). Synthetic people only.
import '@relmap/map';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { command, createInventory, type Inventory } from '@relmap/core';
import type { RelationshipMap } from '@relmap/map';
import { EditingSession } from '@relmap/map/session';
import { joinPicture } from '../join-picture.ts';
import { importRoomKey } from '../sealed/room-key.ts';
import { SealedProvider } from '../sealed/sealed-provider.ts';
import { trackPresence } from '../presence.ts';
import { sharePicture } from '../share-picture.ts';

function therapistInventory(): Inventory {
  const session = new EditingSession({ inventory: createInventory({ clientLabel: 'Client' }) });
  session.dispatch(command('addPerson', { id: 'jonas', name: 'Jonas Lindqvist', category: 'partner', ring: 1 }));
  session.dispatch(command('addPerson', { id: 'mira', name: 'Mira Okafor', category: 'friend', ring: 2 }));
  session.dispatch(command('addPerson', { id: 'tove', name: 'Tove Halvorsen', category: 'sibling', ring: 3 }));
  return session.inventory;
}

const params = new URLSearchParams(location.search);
const doc = new Y.Doc();
const therapist = params.get('role') === 'therapist';
const session = therapist ? new EditingSession({ inventory: therapistInventory() }) : new EditingSession();
const edits: string[] = [];
const map = document.querySelector('relationship-map') as RelationshipMap;
map.session = session;
// The picture carries where the therapist's map placed everyone (P8), so the client's map never moves people when the
// therapist's first edit records those places.
const share = therapist
  ? sharePicture(session, doc, {
      permissions: { moveRings: true },
      layout: () => map.layoutMemory,
      onClientEdit: (e) => edits.push(`${e.label} ${e.from ?? ''}>${e.ring}`),
    })
  : undefined;
if (!therapist) joinPicture(session, doc);
const key = params.get('key');
const provider = key
  ? new SealedProvider(params.get('relay')!, params.get('room')!, importRoomKey(key), doc, { maxBackoffTime: 300 })
  : new WebsocketProvider(params.get('relay')!, params.get('room')!, doc, { disableBc: true, maxBackoffTime: 300 });
// Whom the other device drags: marked on the map and said under it, by this page's own ids and labels.
const note = document.querySelector('#moving')!;
const presence = trackPresence(provider.awareness, therapist ? 'therapist' : 'client', {
  ...(share ? { ids: share.ids } : {}),
  onChange: () => {
    const id = presence.peers[0]?.moving;
    const person = id === undefined ? undefined : session.inventory.people[id];
    session.highlight = person ? [person.id] : [];
    note.textContent = person && share ? `moving ${share.picture.people[share.ids.toPicture(person.id)]?.name}` : person ? `moving ${person.name}` : '';
  },
});
map.addEventListener('relmap-drag', (e) => presence.moving(e.detail.phase === 'end' ? undefined : e.detail.id));
Object.assign(window, { relmap: { session, provider, map, command, presence, edits } });
