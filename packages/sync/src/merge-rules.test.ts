import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command, createInventory, parseInventory, type Inventory } from '@relmap/core';
import { EditingSession, type SessionEvent } from '@relmap/map/session';
import { bindSession } from './bind-session.ts';
import { repairInventory } from './repair.ts';
import { replicas } from './testing/replicas.ts';
import { readRaw } from './yjs-shape.ts';

function start(): Inventory {
  const session = new EditingSession({ inventory: createInventory() });
  session.dispatch(command('addPerson', { id: 'ana', name: 'Ana', category: 'friend', ring: 1 }));
  session.dispatch(command('addPerson', { id: 'ben', name: 'Ben', category: 'sibling', ring: 2 }));
  return session.inventory;
}

describe('merge rules', () => {
  it("Y1: each record is a Y.Map of its fields keyed by id, and a person's tie a Y.Map of its own", () => {
    const doc = new Y.Doc();
    bindSession(new EditingSession({ inventory: start() }), doc);
    const ana = doc.getMap<Y.Map<unknown>>('people').get('ana');
    expect(ana).toBeInstanceOf(Y.Map);
    expect(ana?.get('name')).toBe('Ana');
    expect(ana?.get('tie')).toBeInstanceOf(Y.Map);
    expect((ana?.get('tie') as Y.Map<unknown>).get('ring')).toBe(1);
  });

  it('Y2, Y3: a local edit writes only the fields it changed, and reaches the other device as a remote change that is not its undo step', () => {
    const net = replicas(2, start());
    const [a, b] = net.replicas;
    const updates: Uint8Array[] = [];
    a!.doc.on('update', (u: Uint8Array) => updates.push(u));
    a!.session.dispatch(command('setCloseness', { id: 'ana', ring: 3 }));
    expect(updates).toHaveLength(1);
    const heard: SessionEvent[] = [];
    b!.session.subscribe((e) => heard.push(e));
    net.deliverAll();
    expect(b!.session.inventory.people['ana']?.tie.ring).toBe(3);
    expect(heard.filter((e) => e.type === 'change').map((e) => e.type === 'change' && e.origin)).toEqual(['remote']);
    expect(b!.session.canUndo).toBe(false);
    expect(a!.session.undo()).toBe(true);
    net.deliverAll();
    expect(b!.session.inventory.people['ana']?.tie.ring).toBe(1);
  });

  it("Y3: undo undoes only this device's own edit, not one merged from elsewhere", () => {
    const net = replicas(2, start());
    const [a, b] = net.replicas;
    a!.session.dispatch(command('setCloseness', { id: 'ana', ring: 3 }));
    b!.session.dispatch(command('setConflict', { id: 'ben', conflict: 'high' }));
    net.deliverAll();
    expect(a!.session.undo()).toBe(true);
    net.deliverAll();
    for (const r of net.replicas) {
      expect(r.session.inventory.people['ana']?.tie.ring).toBe(1);
      expect(r.session.inventory.people['ben']?.tie.conflict).toBe('high');
    }
  });

  it('Y3: the veto still applies to what the local user does, and not to what another device did', () => {
    const net = replicas(2, start());
    const [a, b] = net.replicas;
    b!.session.guard(() => false);
    expect(b!.session.dispatch(command('setCloseness', { id: 'ana', ring: 3 }))).toBe(false);
    expect(net.inFlight).toHaveLength(0);
    a!.session.dispatch(command('setCloseness', { id: 'ben', ring: 3 }));
    net.deliverAll();
    expect(b!.session.inventory.people['ben']?.tie.ring).toBe(3);
  });

  it('Y5: two devices changing different fields of one person both keep their change; the same field, one value everywhere', () => {
    const net = replicas(3, start());
    const [a, b, c] = net.replicas;
    a!.session.dispatch(command('setCloseness', { id: 'ana', ring: 2 }));
    b!.session.dispatch(command('setConflict', { id: 'ana', conflict: 'high' }));
    c!.session.dispatch(command('setCloseness', { id: 'ana', ring: 3 }));
    net.deliverAll();
    const rings = net.replicas.map((r) => r.session.inventory.people['ana']?.tie.ring);
    expect(new Set(rings).size).toBe(1);
    expect([2, 3]).toContain(rings[0]);
    for (const r of net.replicas) expect(r.session.inventory.people['ana']?.tie.conflict).toBe('high');
  });

  it('Y5: a person removed on one device while renamed on another is removed everywhere', () => {
    const net = replicas(2, start());
    const [a, b] = net.replicas;
    a!.session.dispatch(command('removePerson', { id: 'ana' }));
    b!.session.dispatch(command('updatePerson', { id: 'ana', changes: { name: 'Anna' } }));
    net.deliverAll();
    for (const r of net.replicas) expect(r.session.inventory.people['ana']).toBeUndefined();
  });

  it('Y4: a tie made on one device to a person removed on another is left out everywhere, and the document stays valid', () => {
    const net = replicas(2, start());
    const [a, b] = net.replicas;
    a!.session.dispatch(command('removePerson', { id: 'ben' }));
    b!.session.dispatch(command('linkPeople', { id: 'ab', a: 'ana', b: 'ben' }));
    b!.session.dispatch(command('recordEvent', { id: 'ev', kind: 'move', label: { text: 'Moved', sensitivity: 'shareable' }, people: ['ana', 'ben'] }));
    net.deliverAll();
    for (const r of net.replicas) {
      expect(r.session.inventory.ties).toEqual({});
      expect(r.session.inventory.events['ev']?.people).toEqual(['ana']);
      expect(parseInventory(r.session.inventory).ok).toBe(true);
    }
    // The tie is left out of what each device shows; the Yjs document, the same everywhere, still has it.
    expect(net.replicas[0]!.doc.getMap('ties').has('ab')).toBe(true);
  });

  it('Y6: two people added at once with the same name, or even the same given id, are both kept, the same on every device', () => {
    const net = replicas(2, start());
    const [a, b] = net.replicas;
    a!.session.dispatch(command('addPerson', { name: 'Cem', ring: 1 }));
    b!.session.dispatch(command('addPerson', { name: 'Cem', ring: 3 }));
    a!.session.dispatch(command('addPerson', { id: 'dana', name: 'Dana', ring: 1 }));
    b!.session.dispatch(command('addPerson', { id: 'dana', name: 'Dana', ring: 2 }));
    net.deliverAll();
    const cems = (r: (typeof net.replicas)[number]) =>
      Object.values(r.session.inventory.people)
        .filter((p) => p.name === 'Cem')
        .map((p) => [p.id, p.tie.ring]);
    expect(cems(a!)).toHaveLength(2);
    const danas = Object.values(a!.session.inventory.people).filter((p) => p.name === 'Dana');
    expect(danas.map((p) => p.tie.ring).sort()).toEqual([1, 2]);
    expect(danas.map((p) => p.id)).toContain('dana');
    expect(
      cems(a!)
        .map(([, ring]) => ring)
        .sort(),
    ).toEqual([1, 3]);
    expect(a!.session.inventory).toEqual(b!.session.inventory);
  });

  it('Y1, Y4: two devices reviewing one goal keep both reviews; on the same date, one, the same everywhere; a goal loses a person removed elsewhere', () => {
    const withGoal = new EditingSession({ inventory: start() });
    withGoal.dispatch(command('addGoal', { id: 'g1', wording: { text: 'Call Ana weekly', sensitivity: 'shareable' }, people: ['ana', 'ben'], agreed: true }));
    const net = replicas(2, withGoal.inventory);
    const [a, b] = net.replicas;
    a!.session.dispatch(command('recordGoalReview', { goal: 'g1', id: 'r-a', date: '2025-05', progress: 'some' }));
    b!.session.dispatch(command('recordGoalReview', { goal: 'g1', id: 'r-b', date: '2025-06', progress: 'much' }));
    b!.session.dispatch(command('removePerson', { id: 'ben' }));
    net.deliverAll();
    expect(Object.keys(a!.session.inventory.goals['g1']!.reviews).sort()).toEqual(['r-a', 'r-b']);
    expect(a!.session.inventory.goals['g1']!.people).toEqual(['ana']);
    a!.session.dispatch(command('recordGoalReview', { goal: 'g1', id: 'r-c', date: '2025-07', progress: 'much' }));
    b!.session.dispatch(command('recordGoalReview', { goal: 'g1', id: 'r-d', date: '2025-07', progress: 'achieved' }));
    net.deliverAll();
    expect(Object.values(a!.session.inventory.goals['g1']!.reviews).filter((r) => r.date === '2025-07')).toHaveLength(1);
    expect(a!.session.inventory).toEqual(b!.session.inventory);
  });

  it('Y4: the repair is a function of the document alone, so two devices with the same document hold the same inventory', () => {
    const doc = new Y.Doc();
    const session = new EditingSession({ inventory: start() });
    bindSession(session, doc);
    doc.getMap('settings').set('rings', 2);
    doc.getMap<Y.Map<unknown>>('people').get('ana')!.set('died', '2020');
    const repaired = repairInventory(readRaw(doc));
    expect(repaired.settings.ringLabels).toHaveLength(2);
    expect(repaired.people['ana']?.died).toBeUndefined();
    expect(session.inventory).toEqual(repaired);
    expect(repairInventory(readRaw(doc))).toEqual(repaired);
  });

  it('Y6, Y7: two devices that each filled an empty document with the same inventory (two tabs opened at once) end with it once, not twice', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const sa = new EditingSession({ inventory: start() });
    const sb = new EditingSession({ inventory: start() });
    bindSession(sa, a);
    bindSession(sb, b);
    sb.dispatch(command('setCloseness', { id: 'ben', ring: 3 }));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(Object.keys(sa.inventory.people).sort()).toEqual(['ana', 'ben']);
    expect(sa.inventory).toEqual(sb.inventory);
  });

  it('Y7: a device joining a room takes its document rather than seeding its own', () => {
    const room = new Y.Doc();
    bindSession(new EditingSession({ inventory: start() }), room);
    const joiner = new Y.Doc();
    const client = new EditingSession();
    bindSession(client, joiner, { seed: false });
    expect(joiner.getMap('settings').size).toBe(0);
    Y.applyUpdate(joiner, Y.encodeStateAsUpdate(room));
    expect(client.inventory.people['ana']?.name).toBe('Ana');
    expect(client.canUndo).toBe(false);
  });
});
