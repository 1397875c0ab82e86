import { diffInventories, type InventoryDiff } from '@relmap/core';
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

function diffOf(id: string): InventoryDiff {
  const c = getCase(id);
  return diffInventories(c.intake, c.session12);
}

// Each diff is compared whole, so a change the sheet does not list fails the test as surely as a missing one.
describe('from intake to session 12, the diff lists what each sheet says changed', () => {
  it('Maya: Sara moved inward, conflict with Jonas and Henrik eased, Jonas supports strongly, a new group', () => {
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
      isEmpty: false,
    });
  });

  it('Tomás: the climbing club and Amir added, Dr. Lind now supports him, conflict with Luis eased', () => {
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
      isEmpty: false,
    });
  });

  it('finds no change between a case version and itself', () => {
    const c = getCase('ruth');
    expect(diffInventories(c.intake, c.intake).isEmpty).toBe(true);
    expect(diffInventories(c.session12, c.session12).isEmpty).toBe(true);
  });
});
