import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command, createInventory, type Inventory } from '@relmap/core';
import { EditingSession, type SessionEvent } from '@relmap/map/session';
import { joinPicture } from './join-picture.ts';
import { sharePicture, type ClientEdit, type SharePermissions } from './share-picture.ts';

const SECRET = 'Drinks too much since the funeral';
const SHARED = 'Walks together on Sundays';

function therapistInventory(): Inventory {
  const session = new EditingSession({ inventory: createInventory({ clientLabel: 'Client' }) });
  session.dispatch(
    command('addPerson', {
      id: 'jonas',
      name: 'Jonas Lindqvist',
      alias: 'J.L.',
      role: 'ex-partner',
      category: 'partner',
      ring: 1,
      notes: { text: SECRET, sensitivity: 'private' },
    }),
  );
  session.dispatch(command('addPerson', { id: 'mira', name: 'Mira Okafor', category: 'friend', ring: 2, notes: { text: SHARED, sensitivity: 'shareable' } }));
  session.dispatch(command('linkPeople', { id: 'jonas-mira', a: 'jonas', b: 'mira', label: { text: 'Secret affair', sensitivity: 'private' } }));
  return session.inventory;
}

/** A therapist sharing with a client over an in-memory link that records every update either side sends. */
function room(permissions: SharePermissions = { moveRings: true }, onClientEdit?: (edit: ClientEdit) => void) {
  const therapist = new EditingSession({ inventory: therapistInventory() });
  const tDoc = new Y.Doc();
  const cDoc = new Y.Doc();
  const wire: Uint8Array[] = [];
  tDoc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin === 'wire') return;
    wire.push(u);
    Y.applyUpdate(cDoc, u, 'wire');
  });
  cDoc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin === 'wire') return;
    wire.push(u);
    Y.applyUpdate(tDoc, u, 'wire');
  });
  const share = sharePicture(therapist, tDoc, { permissions, ...(onClientEdit ? { onClientEdit } : {}) });
  const client = new EditingSession();
  const view = joinPicture(client, cDoc);
  const pictureId = (name: string) => Object.values(client.inventory.people).find((p) => p.name === name)?.id;
  return { therapist, client, share, view, wire, pictureId, cDoc };
}

const text = (wire: readonly Uint8Array[]): string => wire.map((u) => new TextDecoder().decode(u)).join('\n');

describe('the shared picture', () => {
  it('P1, P2: the client holds labels, rings and shareable notes only; no private note, full name, alias, role or real id is ever sent', () => {
    const { client, therapist, wire } = room();
    expect(
      Object.values(client.inventory.people)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['JL', 'MO']);
    const mira = Object.values(client.inventory.people).find((p) => p.name === 'MO');
    expect(mira?.notes?.text).toBe(SHARED);
    expect(mira?.tie.ring).toBe(2);
    expect(Object.keys(client.inventory.ties)).toHaveLength(1);
    therapist.dispatch(command('updatePerson', { id: 'mira', changes: { notes: { text: `${SECRET} too`, sensitivity: 'private' } } }));
    const sent = text(wire);
    for (const secret of [SECRET, 'Jonas', 'Lindqvist', 'Mira', 'Okafor', 'J.L.', 'ex-partner', 'Secret affair', 'jonas', 'mira'])
      expect(sent).not.toContain(secret);
    expect(Object.values(client.inventory.people).find((p) => p.name === 'MO')?.notes).toBeUndefined();
  });

  it("P3: a ring change the client makes becomes the therapist's command, with origin remote, that the therapist can undo", () => {
    const { client, therapist, pictureId } = room();
    const heard: SessionEvent[] = [];
    therapist.subscribe((e) => heard.push(e));
    expect(client.dispatch(command('setCloseness', { id: pictureId('JL')!, ring: 3 }))).toBe(true);
    expect(therapist.inventory.people['jonas']?.tie.ring).toBe(3);
    const change = heard.find((e) => e.type === 'change');
    expect(change?.type === 'change' && [change.origin, change.change.command]).toEqual(['remote', 'setCloseness']);
    expect(therapist.undo()).toBe(true);
    expect(therapist.inventory.people['jonas']?.tie.ring).toBe(1);
    expect(client.inventory.people[pictureId('JL')!]?.tie.ring).toBe(1);
  });

  it("P5: the client's page refuses what the therapist does not permit before it shows; the therapist's page puts back what gets through anyway", () => {
    const { client, therapist, pictureId, cDoc } = room({ moveRings: true });
    expect(client.dispatch(command('updatePerson', { id: pictureId('JL')!, changes: { name: 'Someone' } }))).toBe(false);
    expect(client.dispatch(command('removePerson', { id: pictureId('MO')! }))).toBe(false);
    expect(client.dispatch(command('addPerson', { name: 'Grandma', ring: 2 }))).toBe(false);
    expect(
      Object.values(client.inventory.people)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['JL', 'MO']);
    // A client page that does not guard (an older one, or a tampered one) writes into the picture directly.
    const people = cDoc.getMap<Y.Map<unknown>>('people');
    people.get(pictureId('JL')!)!.set('name', 'Someone');
    people.delete(pictureId('MO')!);
    expect(therapist.inventory.people['jonas']?.name).toBe('Jonas Lindqvist');
    expect(Object.keys(therapist.inventory.people).sort()).toEqual(['jonas', 'mira']);
    expect(
      Object.values(client.inventory.people)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['JL', 'MO']);
  });

  it("P5: a move with the layout's memory of where people and rings settled (as the map records it) is permitted", () => {
    const { client, therapist, pictureId } = room({ moveRings: true });
    const id = pictureId('JL')!;
    client.rememberLayout(() => ({ hints: { [id]: 90 }, ringRadii: [100, 200, 300] }));
    expect(client.dispatch(command('setCloseness', { id, ring: 2 }))).toBe(true);
    expect(therapist.inventory.people['jonas']?.tie.ring).toBe(2);
  });

  it("P3: a change the therapist's guard refuses is put back on the client's page", () => {
    const { client, therapist, pictureId } = room({ moveRings: true });
    therapist.guard(() => false);
    client.dispatch(command('setCloseness', { id: pictureId('MO')!, ring: 3 }));
    expect(therapist.inventory.people['mira']?.tie.ring).toBe(2);
    expect(client.inventory.people[pictureId('MO')!]?.tie.ring).toBe(2);
  });

  it("P3: with adding permitted, a person the client adds by a label is added to the therapist's document", () => {
    const { client, therapist } = room({ moveRings: true, addPeople: true });
    client.dispatch(command('addPerson', { name: 'Grandma', ring: 2, category: 'other-family' }));
    const added = Object.values(therapist.inventory.people).find((p) => p.name === 'Grandma');
    expect(added?.tie.ring).toBe(2);
    expect(therapist.canUndo).toBe(true);
    // The picture shows the new person under the shared label mode, once, where the client put them.
    expect(
      Object.values(client.inventory.people)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['G', 'JL', 'MO']);
  });

  it('P3: without it, a person written into the picture is taken out again', () => {
    const { client, therapist, cDoc } = room({ moveRings: true });
    const person = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ id: 'grandma', name: 'Grandma', category: 'other', kind: 'person', status: 'living' })) person.set(k, v);
    const tie = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ ring: 2, conflict: 'none', support: 'none' })) tie.set(k, v);
    person.set('tie', tie);
    cDoc.getMap('people').set('grandma', person);
    expect(Object.keys(therapist.inventory.people).sort()).toEqual(['jonas', 'mira']);
    expect(Object.keys(client.inventory.people)).toHaveLength(2);
  });

  it("P8: people and rings the therapist's document holds no place for are written where the therapist's map settled them; the document's own places win", () => {
    const therapist = new EditingSession({ inventory: therapistInventory() });
    therapist.dispatch(command('recordLayout', { hints: { mira: 200 } }));
    const doc = new Y.Doc();
    const memory = { hints: { jonas: 42.5, mira: 10 }, ringRadii: [100, 200, 300] };
    const share = sharePicture(therapist, doc, { layout: () => memory });
    const client = new EditingSession();
    joinPicture(client, doc);
    const hint = (id: string) => client.inventory.people[share.ids.toPicture(id)]?.hint;
    expect(hint('jonas')).toEqual({ angle: 42.5 });
    expect(hint('mira')).toEqual({ angle: 200 });
    expect(client.inventory.settings.ringRadii).toEqual([100, 200, 300]);
    // Pinned people stay where their pin puts them, whatever the map says of them.
    therapist.dispatch(command('setPin', { id: 'jonas', angle: 90 }));
    expect(hint('jonas')).toBeUndefined();
    expect(client.inventory.people[share.ids.toPicture('jonas')]?.pin).toEqual({ angle: 90 });
  });

  it("P4, P5: the client's session presents the picture, and is read-only while the therapist permits nothing", () => {
    const { client, share } = room({});
    expect(client.presenting).toBe(true);
    expect(client.readonly).toBe(true);
    share.permissions = { moveRings: true };
    expect(client.readonly).toBe(false);
    share.labelMode = 'role';
    expect(
      Object.values(client.inventory.people)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['ex-partner', 'friend']);
  });

  it("P3: a drop onto another ring on the client's map (ring and pin, one step there) is one step on the therapist's: one undo takes it back", () => {
    const edits: ClientEdit[] = [];
    const { client, therapist, pictureId } = room({ moveRings: true }, (edit) => edits.push(edit));
    const heard: SessionEvent[] = [];
    therapist.subscribe((e) => heard.push(e));
    const jl = pictureId('JL')!;
    client.transaction('moveToRing', (tx) => {
      tx.dispatch(command('setCloseness', { id: jl, ring: 2 }));
      tx.dispatch(command('setPin', { id: jl, angle: 1.2 }));
    });
    expect(therapist.inventory.people['jonas']?.tie.ring).toBe(2);
    expect(therapist.inventory.people['jonas']?.pin?.angle).toBe(1.2);
    expect(heard.filter((e) => e.type === 'change').map((e) => e.type === 'change' && [e.origin, e.change.command])).toEqual([['remote', 'moveToRing']]);
    // Told once, with the label the client sees, never the name.
    expect(edits).toEqual([{ kind: 'move', pictureId: jl, label: 'JL', ring: 2, from: 1 }]);
    expect(therapist.undo()).toBe(true);
    expect(therapist.inventory.people['jonas']?.tie.ring).toBe(1);
    expect(therapist.inventory.people['jonas']?.pin).toBeUndefined();
    expect(therapist.canUndo).toBe(false);
  });

  it("P3: an edit of the client's that a guard refuses is not told as made", () => {
    const edits: ClientEdit[] = [];
    const { client, therapist, pictureId } = room({ moveRings: true }, (edit) => edits.push(edit));
    therapist.guard(() => false);
    client.dispatch(command('setCloseness', { id: pictureId('JL')!, ring: 3 }));
    expect(therapist.inventory.people['jonas']?.tie.ring).toBe(1);
    expect(edits).toEqual([]);
  });
});
