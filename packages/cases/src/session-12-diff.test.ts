import { diffInventories, type InventoryDiff, type Note } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { getCase } from './index.ts';

const NO_CHANGES: Omit<InventoryDiff, 'isEmpty'> = {
  added: [],
  removed: [],
  moved: [],
  conflict: [],
  support: [],
  died: [],
  tiesAdded: [],
  tiesRemoved: [],
  tiesChanged: [],
  renamed: [],
  goalsAdded: [],
  goalsRemoved: [],
  goalsAgreed: [],
  goalProgress: [],
};

const shareable = (text: string): Note => ({ text, sensitivity: 'shareable' });

function diffOf(id: string): InventoryDiff {
  const c = getCase(id);
  return diffInventories(c.intake, c.session12);
}

// Each diff is compared whole (rules D1 to D7), so a change the sheet does not list fails the test as surely as a missing one.
describe('from intake to session 12, the diff lists what each sheet says changed', () => {
  it('Maya: Sara moved inward, conflict with Jonas and Henrik eased, Jonas supports strongly, a new group, both goals reviewed', () => {
    expect(diffOf('maya')).toEqual({
      ...NO_CHANGES,
      added: [{ id: 'working-parents-group', name: 'Working parents group' }],
      moved: [{ id: 'sara', name: 'Sara', from: 2, to: 1, direction: 'inward' }],
      conflict: [
        { id: 'henrik', name: 'Henrik', from: 'high', to: 'low', direction: 'eased' },
        { id: 'jonas', name: 'Jonas', from: 'low', to: 'none', direction: 'eased' },
      ],
      support: [{ id: 'jonas', name: 'Jonas', from: 'some', to: 'strong', direction: 'increased' }],
      tiesAdded: [
        {
          id: 'ola-working-parents-group',
          a: { id: 'ola', name: 'Ola' },
          b: { id: 'working-parents-group', name: 'Working parents group' },
        },
      ],
      goalProgress: [
        {
          id: 'routine',
          wording: shareable('Find a routine as a working parent that leaves time for sleep and for friends.'),
          to: 'much',
          date: '2026-05-25',
        },
        {
          id: 'share-nights',
          wording: shareable('Agree with Jonas how the night care of Leo is shared.'),
          to: 'achieved',
          date: '2026-05-25',
        },
      ],
      isEmpty: false,
    });
  });

  it('Daniel: back with Pete and the band, closer to the Wilsons, conflict with Mark eased; Helen stays', () => {
    expect(diffOf('daniel')).toEqual({
      ...NO_CHANGES,
      moved: [
        { id: 'band', name: 'Band', from: 3, to: 2, direction: 'inward' },
        { id: 'pete', name: 'Pete', from: 2, to: 1, direction: 'inward' },
        { id: 'the-wilsons', name: 'The Wilsons', from: 3, to: 2, direction: 'inward' },
      ],
      conflict: [{ id: 'mark', name: 'Mark', from: 'high', to: 'low', direction: 'eased' }],
      goalProgress: [
        { id: 'music-again', wording: shareable('Go back to playing music with Pete and the band.'), to: 'achieved', date: '2026-04-06' },
        {
          id: 'talk-about-helen',
          wording: shareable('Talk about Helen and her death with the people close to him.'),
          to: 'much',
          date: '2026-04-06',
        },
      ],
      isEmpty: false,
    });
  });

  it('Priya: conflict with Arjun and Meera eased; Lakshmi was already close and supportive', () => {
    expect(diffOf('priya')).toEqual({
      ...NO_CHANGES,
      conflict: [
        { id: 'arjun', name: 'Arjun', from: 'high', to: 'low', direction: 'eased' },
        { id: 'meera', name: 'Meera', from: 'high', to: 'low', direction: 'eased' },
      ],
      goalProgress: [
        {
          id: 'talk-with-arjun',
          wording: shareable('Talk with Arjun about where they will live, instead of staying silent.'),
          to: 'much',
          date: '2026-04-27',
        },
      ],
      isEmpty: false,
    });
  });

  const WEEKLY_CONVERSATION = shareable('Start a conversation with someone at university once a week.');

  it('Tomás: the climbing club and Amir added, Dr. Lind now supports him, conflict with Luis eased, his goal agreed in session 3', () => {
    expect(diffOf('tomas')).toEqual({
      ...NO_CHANGES,
      added: [
        { id: 'amir', name: 'Amir' },
        { id: 'climbing-club', name: 'Climbing club' },
      ],
      conflict: [{ id: 'luis', name: 'Luis', from: 'low', to: 'none', direction: 'eased' }],
      support: [{ id: 'dr-lind', name: 'Dr. Lind', from: 'none', to: 'some', direction: 'increased' }],
      tiesAdded: [
        {
          id: 'amir-climbing-club',
          a: { id: 'amir', name: 'Amir' },
          b: { id: 'climbing-club', name: 'Climbing club' },
        },
      ],
      goalsAgreed: [{ id: 'start-conversations', wording: WEEKLY_CONVERSATION, agreedOn: '2026-05-04' }],
      goalProgress: [{ id: 'start-conversations', wording: WEEKLY_CONVERSATION, to: 'some', date: '2026-07-13' }],
      isEmpty: false,
    });
  });

  it('Ruth: two new groups, Anne moved inward, conflict with Peter eased', () => {
    expect(diffOf('ruth')).toEqual({
      ...NO_CHANGES,
      added: [
        { id: 'new-town-choir', name: 'New town choir' },
        { id: 'school-reading-volunteers', name: 'School reading volunteers' },
      ],
      moved: [{ id: 'anne', name: 'Anne', from: 3, to: 2, direction: 'inward' }],
      conflict: [{ id: 'peter', name: 'Peter', from: 'high', to: 'low', direction: 'eased' }],
      goalProgress: [
        { id: 'mourn-judith', wording: shareable('Share her grief for Judith with Anne.'), to: 'some', date: '2026-09-28' },
        {
          id: 'new-roles',
          wording: shareable('Find a role and company in the new town that she values.'),
          to: 'much',
          date: '2026-09-28',
        },
      ],
      isEmpty: false,
    });
  });

  it('finds no change between a case version and itself', () => {
    const c = getCase('ruth');
    expect(diffInventories(c.intake, c.intake).isEmpty).toBe(true);
    expect(diffInventories(c.session12, c.session12).isEmpty).toBe(true);
  });
});
