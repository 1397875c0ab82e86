import { describe, expect, it } from 'vitest';
import { createInventory } from '../create-inventory.ts';
import { expectRejected } from '../testing/expect-rejected.ts';
import { isDeepFrozen } from '../testing/is-deep-frozen.ts';
import { sampleInventory, shareable } from '../testing/sample-inventory.ts';
import { recordEvent } from './events.ts';
import { setFocus } from './focus.ts';
import { command } from './index.ts';
import { addPerson, markDeceased, markLiving, newPersonId, removePerson, updatePerson } from './people.ts';

describe('addPerson', () => {
  it('C4: lands a new person on the outermost ring with no conflict and no support', () => {
    for (const rings of [2, 3, 5]) {
      const inv = addPerson(createInventory({ rings }), { name: 'Dr. Osei' });
      const [id] = Object.keys(inv.people) as [string];
      expect(inv.people[id]).toEqual({
        id,
        name: 'Dr. Osei',
        category: 'other',
        kind: 'person',
        status: 'living',
        tie: { ring: rings, conflict: 'none', support: 'none' },
      });
    }
  });

  it('C4/M15: gives a new person an opaque id, never one made from the name, and another to a namesake', () => {
    let inv = addPerson(createInventory(), { name: 'Jonas' });
    inv = addPerson(inv, { name: 'Jonas' });
    const ids = Object.keys(inv.people);
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      expect(id).toMatch(/^p-[0-9a-z]{10}$/);
      expect(inv.people[id]?.id).toBe(id);
    }
  });

  it('C4/M15: newPersonId gives a free opaque id, which addPerson then uses as given', () => {
    const inv = sampleInventory();
    const id = newPersonId(inv);
    expect(id).toMatch(/^p-[0-9a-z]{10}$/);
    expect(Object.hasOwn(inv.people, id)).toBe(false);
    expect(addPerson(inv, { id, name: 'Mia' }).people[id]?.name).toBe('Mia');
  });

  it('C1: leaves the input untouched and returns a new, frozen inventory', () => {
    const before = sampleInventory();
    const json = JSON.stringify(before);
    const after = addPerson(before, { name: 'Mia' });
    expect(JSON.stringify(before)).toBe(json);
    expect(after).not.toBe(before);
    expect(isDeepFrozen(before)).toBe(true);
    expect(isDeepFrozen(after)).toBe(true);
    // Structural sharing: records the command did not touch are the very same objects.
    expect(after.people.jonas).toBe(before.people.jonas);
    expect(after.ties).toBe(before.ties);
  });

  it('C4: takes every optional field, trims text and applies row fields', () => {
    const inv = addPerson(createInventory(), {
      id: 'band',
      name: '  The Band ',
      ring: 2,
      category: 'community',
      kind: 'group',
      role: 'band',
      alias: 'B',
      initials: 'TB',
      born: '2019',
      notes: shareable('Rehearses on Thursdays.'),
      tie: { support: 'strong', contact: 'weekly', satisfying: shareable('Music.') },
    });
    expect(inv.people.band).toEqual({
      id: 'band',
      name: 'The Band',
      category: 'community',
      kind: 'group',
      status: 'living',
      role: 'band',
      alias: 'B',
      initials: 'TB',
      born: '2019',
      notes: { text: 'Rehearses on Thursdays.', sensitivity: 'shareable' },
      tie: { ring: 2, conflict: 'none', support: 'strong', contact: 'weekly', satisfying: shareable('Music.') },
    });
  });

  it('M9/M15: never makes a reserved key the id, whatever the name', () => {
    const inv = addPerson(createInventory(), { name: 'constructor' });
    expect(Object.keys(inv.people)).toEqual([expect.stringMatching(/^p-[0-9a-z]{10}$/)]);
  });

  it('C2: rejects an empty name, naming the argument', () => {
    expectRejected(createInventory(), command('addPerson', { name: '   ' }), 'invalid-argument', 'name');
  });

  it('C2/M3: rejects a ring outside 1 to the ring count', () => {
    const inv = createInventory({ rings: 3 });
    for (const ring of [0, 4, 1.5, Number.NaN]) {
      expectRejected(inv, command('addPerson', { name: 'Mia', ring }), 'invalid-argument', 'ring');
    }
  });

  it('C2: rejects an unknown category or kind', () => {
    const inv = createInventory();
    const pet = { name: 'Rex', category: 'pet' } as unknown as { name: string };
    expectRejected(inv, command('addPerson', pet), 'invalid-argument', 'category');
    const robot = { name: 'R2', kind: 'robot' } as unknown as { name: string };
    expectRejected(inv, command('addPerson', robot), 'invalid-argument', 'kind');
  });

  it('C2/M9: rejects a taken id as duplicate and a reserved one as invalid', () => {
    const inv = sampleInventory();
    expectRejected(inv, command('addPerson', { id: 'jonas', name: 'Jonas' }), 'duplicate', 'id');
    expectRejected(inv, command('addPerson', { id: '__proto__', name: 'X' }), 'invalid-argument', 'id');
    expectRejected(inv, command('addPerson', { id: 'a b', name: 'X' }), 'invalid-argument', 'id');
  });

  it('C5: rejects the whole person when one row field is bad', () => {
    const inv = sampleInventory();
    const bad = { name: 'Mia', tie: { support: 'strong', conflict: 'furious' } } as unknown as { name: string };
    expectRejected(inv, command('addPerson', bad), 'invalid-argument', 'tie.conflict');
    const unknown = { name: 'Mia', tie: { colour: 'red' } } as unknown as { name: string };
    expectRejected(inv, command('addPerson', unknown), 'invalid-argument', 'tie.colour');
  });

  it('M8/M10: rejects an impossible date and a note without a sensitivity', () => {
    const inv = createInventory();
    expectRejected(inv, command('addPerson', { name: 'Mia', born: '2023-02-29' }), 'invalid-argument', 'born');
    const note = { name: 'Mia', notes: { text: 'x' } } as unknown as { name: string };
    expectRejected(inv, command('addPerson', note), 'invalid-argument', 'notes.sensitivity');
    expectRejected(inv, command('addPerson', { name: 'Mia', initials: 'ABCDE' }), 'too-large', 'initials');
  });
});

describe('updatePerson', () => {
  it('C5: applies several fields at once and removes those set to null', () => {
    const before = sampleInventory();
    const inv = updatePerson(before, {
      id: 'jonas',
      changes: { name: 'Jonas B.', alias: 'J', category: 'friend', role: 'boyfriend', notes: null },
    });
    const jonas = inv.people.jonas!;
    expect(jonas).toMatchObject({ name: 'Jonas B.', alias: 'J', category: 'friend', role: 'boyfriend' });
    expect('notes' in jonas).toBe(false);
    expect(jonas.tie).toBe(before.people.jonas!.tie);
  });

  it('H8: an update to the values a person already has returns the very same inventory', () => {
    const inv = sampleInventory();
    const jonas = inv.people.jonas!;
    const same = { name: jonas.name, category: jonas.category, notes: { ...jonas.notes! }, alias: null };
    expect(updatePerson(inv, { id: 'jonas', changes: same })).toBe(inv);
  });

  it('C2: names a missing person by the id argument', () => {
    const error = expectRejected(sampleInventory(), command('updatePerson', { id: 'ghost', changes: { name: 'G' } }), 'not-found', 'id');
    expect(error.message).toContain('"ghost"');
  });

  it('C5: an update with one bad field changes nothing, not even the good fields', () => {
    const inv = sampleInventory();
    const changes = { name: 'Jonas B.', alias: 'J', category: 'pet' } as unknown as { name: string };
    expectRejected(inv, command('updatePerson', { id: 'jonas', changes }), 'invalid-argument', 'changes.category');
    const status = { name: 'Jonas B.', status: 'deceased' } as unknown as { name: string };
    expectRejected(inv, command('updatePerson', { id: 'jonas', changes: status }), 'invalid-argument', 'changes.status');
    expectRejected(inv, command('updatePerson', { id: 'jonas', changes: { name: 'J', born: '1990-13' } }), 'invalid-argument', 'changes.born');
  });
});

describe('removePerson', () => {
  it('C3: removes the person with their ties and their mentions in events and focus', () => {
    const before = sampleInventory();
    const inv = removePerson(removePerson(before, { id: 'jonas' }), { id: 'henrik' });
    expect(Object.keys(inv.people).sort()).toEqual(['astrid', 'ingrid', 'lea']);
    expect(inv.ties).toEqual({});
    expect(inv.events['event-move']?.people).toEqual([]);
    expect(inv.focus['role-dispute']?.people).toEqual([]);
    // The event stays: a move can concern the client alone.
    expect(Object.keys(inv.events)).toEqual(Object.keys(before.events));
  });

  it('C3: keeps the other people named in an event or a focus', () => {
    let inv = recordEvent(sampleInventory(), { id: 'e1', kind: 'conflict', label: shareable('Row'), people: ['henrik', 'jonas', 'ingrid'] });
    inv = setFocus(inv, { id: 'f1', area: 'role-dispute', people: ['ingrid', 'henrik'] });
    inv = removePerson(inv, { id: 'henrik' });
    expect(inv.events.e1?.people).toEqual(['jonas', 'ingrid']);
    expect(inv.focus.f1?.people).toEqual(['ingrid']);
  });

  it('C2: names a missing person by the id argument', () => {
    expectRejected(sampleInventory(), command('removePerson', { id: 'ghost' }), 'not-found', 'id');
  });
});

describe('markDeceased and markLiving', () => {
  it('M8: marks a person deceased with the date of death, and living again without it', () => {
    let inv = markDeceased(sampleInventory(), { id: 'henrik', died: '2025-06-02' });
    expect(inv.people.henrik).toMatchObject({ status: 'deceased', died: '2025-06-02' });
    inv = markDeceased(inv, { id: 'henrik' });
    expect(inv.people.henrik?.status).toBe('deceased');
    expect('died' in inv.people.henrik!).toBe(false);
    inv = markLiving(markDeceased(inv, { id: 'henrik', died: '2025' }), { id: 'henrik' });
    expect(inv.people.henrik?.status).toBe('living');
    expect('died' in inv.people.henrik!).toBe(false);
  });

  it('M8: rejects a date of death that is not a real date', () => {
    const inv = sampleInventory();
    for (const died of ['2025-02-29', '25-01-01', '2025-1', 'soon']) {
      expectRejected(inv, command('markDeceased', { id: 'henrik', died }), 'invalid-argument', 'died');
    }
  });

  it('C2: names a missing person by the id argument', () => {
    expectRejected(sampleInventory(), command('markDeceased', { id: 'ghost' }), 'not-found', 'id');
    expectRejected(sampleInventory(), command('markLiving', { id: 'ghost' }), 'not-found', 'id');
  });
});
