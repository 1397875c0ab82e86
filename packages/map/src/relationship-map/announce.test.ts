import { describe, expect, it } from 'vitest';
import { createInventory, createStore, type Change, type Person } from '@relmap/core';
import { defaultStrings } from '../strings.ts';
import { changeAnnouncement } from './announce.ts';

function recorder(labelOf: (person: Person) => string = (person) => person.name) {
  const store = createStore(createInventory({ clientLabel: 'Sam' }));
  const changes: Change[] = [];
  store.subscribe((c) => changes.push(c));
  const say = (): string | undefined => changeAnnouncement(changes.at(-1)!, labelOf, defaultStrings);
  return { store, say };
}

describe('changeAnnouncement', () => {
  it('says who was added, moved, given conflict, support or a relationship, renamed and removed', () => {
    const { store, say } = recorder();
    store.dispatch({ name: 'addPerson', args: { id: 'jonas', name: 'Jonas', ring: 2 } });
    expect(say()).toBe('Jonas added to the middle circle.');
    store.dispatch({ name: 'setCloseness', args: { id: 'jonas', ring: 1 } });
    expect(say()).toBe('Jonas moved to the inner circle.');
    store.dispatch({ name: 'setConflict', args: { id: 'jonas', conflict: 'high' } });
    expect(say()).toBe('Jonas: high conflict.');
    store.dispatch({ name: 'setSupport', args: { id: 'jonas', support: 'strong' } });
    expect(say()).toBe('Jonas: strong support.');
    store.dispatch({ name: 'updatePerson', args: { id: 'jonas', changes: { category: 'partner' } } });
    expect(say()).toBe('Jonas: partner.');
    store.dispatch({ name: 'updatePerson', args: { id: 'jonas', changes: { name: 'Jo' } } });
    expect(say()).toBe('Jonas renamed to Jo.');
    store.dispatch({ name: 'removePerson', args: { id: 'jonas' } });
    expect(say()).toBe('Jo removed.');
  });

  it('says who was linked and unlinked, and not the ties of a removed person', () => {
    const { store, say } = recorder();
    store.dispatch({ name: 'addPerson', args: { id: 'a', name: 'Ana' } });
    store.dispatch({ name: 'addPerson', args: { id: 'b', name: 'Ben' } });
    store.dispatch({ name: 'linkPeople', args: { id: 'a-b', a: 'a', b: 'b' } });
    expect(say()).toBe('Ana and Ben linked.');
    store.dispatch({ name: 'unlinkPeople', args: { a: 'a', b: 'b' } });
    expect(say()).toBe('Ana and Ben unlinked.');
    store.dispatch({ name: 'linkPeople', args: { id: 'a-b', a: 'a', b: 'b' } });
    store.dispatch({ name: 'removePerson', args: { id: 'a' } });
    expect(say()).toBe('Ana removed.');
  });

  it('says how a tie changed: its conflict, its closeness, whether it ended, and that its label changed but not what it says', () => {
    const { store, say } = recorder();
    store.dispatch({ name: 'addPerson', args: { id: 'a', name: 'Ana' } });
    store.dispatch({ name: 'addPerson', args: { id: 'b', name: 'Ben' } });
    store.dispatch({ name: 'linkPeople', args: { id: 'ab', a: 'a', b: 'b' } });
    store.dispatch({ name: 'updateLink', args: { id: 'ab', changes: { conflict: 'high' } } });
    expect(say()).toBe('Ana and Ben: high conflict.');
    store.dispatch({ name: 'updateLink', args: { id: 'ab', changes: { closeness: 'distant' } } });
    expect(say()).toBe('Ana and Ben: distant.');
    store.dispatch({ name: 'updateLink', args: { id: 'ab', changes: { ended: true } } });
    expect(say()).toBe('Ana and Ben: tie ended.');
    store.dispatch({ name: 'updateLink', args: { id: 'ab', changes: { ended: false } } });
    expect(say()).toBe('Ana and Ben: tie ongoing.');
    store.dispatch({ name: 'updateLink', args: { id: 'ab', changes: { label: { text: 'secret affair', sensitivity: 'private' } } } });
    expect(say()).toBe('Ana and Ben updated.');
    store.undo();
    expect(say()).toBe('Undone: change of a tie. Ana and Ben updated.');
    store.dispatch({ name: 'updateLink', args: { id: 'ab', changes: { closeness: 'close', conflict: 'none' } } });
    expect(say()).toBe('Ana and Ben: close. Ana and Ben: no conflict.');
  });

  it('undo and redo say what they undid and what the map is like now', () => {
    const { store, say } = recorder();
    store.dispatch({ name: 'addPerson', args: { id: 'a', name: 'Ana', ring: 3 } });
    store.dispatch({ name: 'setCloseness', args: { id: 'a', ring: 1 } });
    store.undo();
    expect(say()).toBe('Undone: change of ring. Ana moved to the outer circle.');
    store.redo();
    expect(say()).toBe('Redone: change of ring. Ana moved to the inner circle.');
  });

  it('counts, rather than reads out, more than three changes at once', () => {
    const { store, say } = recorder();
    store.transaction('addPeople', (tx) => {
      for (const name of ['A', 'B', 'C', 'D']) tx.dispatch({ name: 'addPerson', args: { name } });
    });
    expect(say()).toBe('4 changes.');
  });

  it('says which life event was recorded, changed or removed, and for whom, but never its label', () => {
    const { store, say } = recorder();
    store.dispatch({ name: 'addPerson', args: { id: 'a', name: 'Anneli' } });
    store.dispatch({ name: 'addPerson', args: { id: 'b', name: 'Ben' } });
    store.dispatch({ name: 'recordEvent', args: { id: 'e', kind: 'death', label: { text: 'the secret', sensitivity: 'private' }, people: ['a', 'b'] } });
    expect(say()).toBe('Life event recorded: death, for Anneli and Ben.');
    store.dispatch({ name: 'updateEvent', args: { id: 'e', changes: { date: '2025-01' } } });
    expect(say()).toBe('Life event updated: death.');
    store.dispatch({ name: 'removePerson', args: { id: 'b' } });
    expect(say()).toBe('Ben removed.');
    store.dispatch({ name: 'removeEvent', args: { id: 'e' } });
    expect(say()).toBe('Life event removed: death.');
    store.undo();
    expect(say()).toBe('Undone: removing a life event. Life event recorded: death, for Anneli.');
  });

  it('says which focus was added, made primary, changed or removed', () => {
    const { store, say } = recorder();
    store.dispatch({ name: 'addPerson', args: { id: 'a', name: 'Anneli' } });
    store.dispatch({ name: 'setFocus', args: { area: 'grief', people: ['a'] } });
    expect(say()).toBe('Focus added: grief.');
    store.dispatch({ name: 'setFocus', args: { area: 'role-transition', people: [] } });
    expect(say()).toBe('Focus added: role transition.');
    store.dispatch({ name: 'setFocus', args: { id: 'role-transition', area: 'role-transition', primary: true, people: [] } });
    expect(say()).toBe('Primary focus: role transition.');
    store.dispatch({
      name: 'setFocus',
      args: { id: 'grief', area: 'grief', primary: false, people: ['a'], note: { text: 'private formulation', sensitivity: 'private' } },
    });
    expect(say()).toBe('Focus updated: grief.');
    store.dispatch({ name: 'removeFocus', args: { id: 'grief' } });
    expect(say()).toBe('Focus removed: grief.');
  });

  it('says only the labels the map shows: a presenting map never speaks a name, even of someone removed or renamed', () => {
    const initials = (person: Person): string => person.name.slice(0, 1);
    const { store, say } = recorder(initials);
    store.dispatch({ name: 'addPerson', args: { id: 'j', name: 'Jonas' } });
    expect(say()).toBe('J added to the outer circle.');
    store.dispatch({ name: 'updatePerson', args: { id: 'j', changes: { name: 'Jon' } } });
    expect(say()).toBe('J updated.');
    store.dispatch({ name: 'updatePerson', args: { id: 'j', changes: { name: 'Kai' } } });
    expect(say()).toBe('J renamed to K.');
    store.dispatch({ name: 'removePerson', args: { id: 'j' } });
    expect(say()).toBe('K removed.');
  });

  it("says what changed in the map's settings", () => {
    const { store, say } = recorder();
    store.dispatch({ name: 'setClientLabel', args: { label: 'Client' } });
    expect(say()).toBe('The client is shown as Client.');
    store.dispatch({ name: 'setRings', args: { rings: 4 } });
    expect(say()).toBe('The map has 4 rings.');
    store.dispatch({ name: 'setRingLabel', args: { ring: 2, label: 'Close friends' } });
    expect(say()).toBe('Ring 2 is now called Close friends.');
    store.dispatch({ name: 'setSectors', args: { enabled: true } });
    expect(say()).toBe('People grouped in sectors.');
    store.undo();
    expect(say()).toBe('Undone: change of sectors. Sectors off.');
  });
});
