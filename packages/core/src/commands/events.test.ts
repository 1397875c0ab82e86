import { describe, expect, it } from 'vitest';
import { createInventory } from '../create-inventory.ts';
import { expectRejected } from '../testing/expect-rejected.ts';
import { sampleInventory, shareable } from '../testing/sample-inventory.ts';
import { recordEvent, removeEvent, updateEvent, type RecordEventArgs, type UpdateEventArgs } from './events.ts';
import { command } from './index.ts';

describe('recordEvent', () => {
  it('M15: records an event with an opaque id and no people by default', () => {
    let inv = recordEvent(createInventory(), { kind: 'job', label: shareable('New job') });
    const [id] = Object.keys(inv.events) as [string];
    expect(id).toMatch(/^e-[0-9a-z]{10}$/);
    expect(inv.events[id]).toEqual({ id, kind: 'job', label: shareable('New job'), people: [] });
    inv = recordEvent(inv, { kind: 'job', label: shareable('Lost the job') });
    expect(Object.keys(inv.events)).toEqual([id, expect.stringMatching(/^e-[0-9a-z]{10}$/)]);
  });

  it('M6: takes a date and the people concerned, each once', () => {
    const inv = recordEvent(sampleInventory(), {
      id: 'e1',
      kind: 'separation',
      label: shareable('Split'),
      date: '2025-01-31',
      people: ['jonas', 'lea', 'jonas'],
    });
    expect(inv.events.e1).toEqual({ id: 'e1', kind: 'separation', label: shareable('Split'), date: '2025-01-31', people: ['jonas', 'lea'] });
  });

  it('M6: names the missing person by their place in the list', () => {
    expectRejected(sampleInventory(), command('recordEvent', { kind: 'move', label: shareable('x'), people: ['jonas', 'ghost'] }), 'not-found', 'people.1');
  });

  it('C2: rejects a bad kind, date, label or id', () => {
    const inv = sampleInventory();
    const party = { kind: 'party', label: shareable('x') } as unknown as RecordEventArgs;
    expectRejected(inv, command('recordEvent', party), 'invalid-argument', 'kind');
    expectRejected(inv, command('recordEvent', { kind: 'move', label: shareable('x'), date: '2025-04-31' }), 'invalid-argument', 'date');
    const noSensitivity = { kind: 'move', label: { text: 'x' } } as unknown as RecordEventArgs;
    expectRejected(inv, command('recordEvent', noSensitivity), 'invalid-argument', 'label.sensitivity');
    expectRejected(inv, command('recordEvent', { id: 'event-move', kind: 'move', label: shareable('x') }), 'duplicate', 'id');
    const notList = { kind: 'move', label: shareable('x'), people: 'jonas' } as unknown as RecordEventArgs;
    expectRejected(inv, command('recordEvent', notList), 'invalid-argument', 'people');
  });
});

describe('updateEvent', () => {
  it('C5: edits kind, label, date and people together; null removes the date', () => {
    let inv = updateEvent(sampleInventory(), {
      id: 'event-move',
      changes: { kind: 'separation', label: shareable('Moved out'), date: '2025-05', people: ['lea'] },
    });
    expect(inv.events['event-move']).toEqual({ id: 'event-move', kind: 'separation', label: shareable('Moved out'), date: '2025-05', people: ['lea'] });
    inv = updateEvent(inv, { id: 'event-move', changes: { date: null } });
    expect('date' in inv.events['event-move']!).toBe(false);
  });

  it('H8: writing the values an event already has changes nothing', () => {
    const inv = sampleInventory();
    const event = inv.events['event-move']!;
    const same = { kind: event.kind, label: { ...event.label }, date: event.date!, people: [...event.people] };
    expect(updateEvent(inv, { id: 'event-move', changes: same })).toBe(inv);
  });

  it('C5: a change with one bad field leaves the event unchanged', () => {
    const inv = sampleInventory();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ label: shareable('New'), kind: 'party' }, 'invalid-argument', 'changes.kind'],
      [{ label: shareable('New'), date: '2025-13' }, 'invalid-argument', 'changes.date'],
      [{ kind: 'job', people: ['lea', 'ghost'] }, 'not-found', 'changes.people.1'],
      [{ kind: 'job', label: { text: 1, sensitivity: 'private' } }, 'invalid-argument', 'changes.label.text'],
      [{ kind: 'job', lable: shareable('Misspelt') }, 'invalid-argument', 'changes.lable'],
      [{ kind: 'job', id: 'other' }, 'invalid-argument', 'changes.id'],
    ];
    for (const [changes, code, path] of cases) {
      const args = { id: 'event-move', changes } as UpdateEventArgs;
      expectRejected(inv, command('updateEvent', args), code as 'not-found', path);
    }
  });

  it('C2: rejects changes that are not an object', () => {
    for (const changes of [null, 'kind', ['job']]) {
      const args = { id: 'event-move', changes } as unknown as UpdateEventArgs;
      expectRejected(sampleInventory(), command('updateEvent', args), 'invalid-argument', 'changes');
    }
  });

  it('C2: names a missing event by the id argument', () => {
    expectRejected(sampleInventory(), command('updateEvent', { id: 'ghost', changes: {} }), 'not-found', 'id');
  });
});

describe('removeEvent', () => {
  it('M6: removes the event and its mention in the focus', () => {
    const inv = removeEvent(sampleInventory(), { id: 'event-move' });
    expect(Object.keys(inv.events)).toEqual(['event-death']);
    expect(inv.focus['role-dispute']?.events).toEqual([]);
  });

  it('C2: names a missing event by the id argument', () => {
    expectRejected(sampleInventory(), command('removeEvent', { id: 'ghost' }), 'not-found', 'id');
  });
});
