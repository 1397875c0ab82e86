import { describe, expect, it } from 'vitest';
import { createInventory } from '../create-inventory.ts';
import { expectRejected } from '../testing/expect-rejected.ts';
import { sampleInventory } from '../testing/sample-inventory.ts';
import { removeFocus, setFocus, type SetFocusArgs } from './focus.ts';
import { command } from './index.ts';

const primaries = (inv: ReturnType<typeof sampleInventory>): string[] =>
  Object.values(inv.focus)
    .filter((f) => f.primary)
    .map((f) => f.id);

describe('setFocus', () => {
  it('M7: a first focus is primary by default and is keyed by its area', () => {
    const inv = setFocus(createInventory(), { area: 'grief' });
    expect(inv.focus.grief).toEqual({ id: 'grief', area: 'grief', primary: true, people: [], events: [] });
  });

  it('M7: a further focus is secondary by default; making it primary demotes the other', () => {
    let inv = setFocus(sampleInventory(), { area: 'grief', people: ['astrid'], events: ['event-death'] });
    expect(primaries(inv)).toEqual(['role-dispute']);
    inv = setFocus(inv, { area: 'grief', primary: true, people: ['astrid'] });
    expect(primaries(inv)).toEqual(['grief']);
  });

  it('takes transition roles and a note, and replaces the focus with the same id', () => {
    let inv = setFocus(createInventory(), {
      id: 'f1',
      area: 'role-transition',
      transitionFrom: ' student ',
      transitionTo: 'parent',
      note: { text: 'Lost her routine.', sensitivity: 'private' },
    });
    expect(inv.focus.f1).toMatchObject({ transitionFrom: 'student', transitionTo: 'parent', note: { sensitivity: 'private' } });
    inv = setFocus(inv, { id: 'f1', area: 'interpersonal-deficits' });
    expect(inv.focus.f1).toEqual({ id: 'f1', area: 'interpersonal-deficits', primary: true, people: [], events: [] });
  });

  it('H8: setting a focus to what it is changes nothing', () => {
    const inv = sampleInventory();
    const f = inv.focus['role-dispute']!;
    const same: SetFocusArgs = { id: f.id, area: f.area, primary: f.primary, people: [...f.people], events: [...f.events], disputeStage: f.disputeStage! };
    expect(setFocus(inv, same)).toBe(inv);
  });

  it('M7: a dispute stage belongs only to a role dispute', () => {
    expectRejected(sampleInventory(), command('setFocus', { area: 'grief', disputeStage: 'impasse' }), 'invalid-argument', 'disputeStage');
    const bad = { area: 'role-dispute', disputeStage: 'war' } as unknown as SetFocusArgs;
    expectRejected(createInventory(), command('setFocus', bad), 'invalid-argument', 'disputeStage');
  });

  it('M7: rejects a primary flag that is not true or false', () => {
    const bad = { area: 'grief', primary: 'yes' } as unknown as SetFocusArgs;
    expectRejected(sampleInventory(), command('setFocus', bad), 'invalid-argument', 'primary');
  });

  it('M6/C5: names a missing person or event by its place, and changes nothing', () => {
    const inv = sampleInventory();
    expectRejected(inv, command('setFocus', { area: 'grief', primary: true, people: ['astrid', 'ghost'] }), 'not-found', 'people.1');
    expectRejected(inv, command('setFocus', { area: 'grief', primary: true, events: ['ghost'] }), 'not-found', 'events.0');
    const notList = { area: 'grief', people: 'astrid' } as unknown as SetFocusArgs;
    expectRejected(inv, command('setFocus', notList), 'invalid-argument', 'people');
  });

  it('C2: rejects an unknown area and a bad note', () => {
    const bad = { area: 'boredom' } as unknown as SetFocusArgs;
    expectRejected(createInventory(), command('setFocus', bad), 'invalid-argument', 'area');
    const note = { area: 'grief', note: { text: 'x', sensitivity: 'public' } } as unknown as SetFocusArgs;
    expectRejected(createInventory(), command('setFocus', note), 'invalid-argument', 'note.sensitivity');
    expectRejected(createInventory(), command('setFocus', { area: 'role-transition', transitionTo: ' ' }), 'invalid-argument', 'transitionTo');
  });
});

describe('removeFocus', () => {
  it('removes a focus', () => {
    expect(removeFocus(sampleInventory(), { id: 'role-dispute' }).focus).toEqual({});
  });

  it('C2: names a missing focus by the id argument', () => {
    expectRejected(sampleInventory(), command('removeFocus', { id: 'grief' }), 'not-found', 'id');
  });
});
