import { describe, expect, it } from 'vitest';
import type { TieChanges } from './tie-fields.ts';
import { expectRejected } from '../testing/expect-rejected.ts';
import { sampleInventory, shareable } from '../testing/sample-inventory.ts';
import { setCloseness, setConflict, setPin, setSupport, updateTie } from './client-tie.ts';
import { command } from './index.ts';

describe('setCloseness', () => {
  it('M3: moves a person to any ring from 1 to the ring count, and only them', () => {
    const before = sampleInventory();
    for (const ring of [1, 2, 3]) {
      const inv = setCloseness(before, { id: 'lea', ring });
      expect(inv.people.lea?.tie.ring).toBe(ring);
      expect(inv.people.jonas).toBe(before.people.jonas);
    }
  });

  it('M3: rejects a ring outside 1 to the ring count, naming the argument', () => {
    for (const ring of [0, 4, -1, 2.5, '2']) {
      const args = { id: 'lea', ring } as { id: string; ring: number };
      expectRejected(sampleInventory(), command('setCloseness', args), 'invalid-argument', 'ring');
    }
  });

  it('C2: names a missing person by the id argument', () => {
    expectRejected(sampleInventory(), command('setCloseness', { id: 'ghost', ring: 1 }), 'not-found', 'id');
  });

  it('H8: moving a person to the ring they are on changes nothing', () => {
    const inv = sampleInventory();
    expect(setCloseness(inv, { id: 'jonas', ring: 1 })).toBe(inv);
  });
});

describe('setConflict', () => {
  it('sets any conflict level', () => {
    for (const conflict of ['none', 'low', 'high', 'hostile', 'cutoff'] as const) {
      expect(setConflict(sampleInventory(), { id: 'henrik', conflict }).people.henrik?.tie.conflict).toBe(conflict);
    }
  });

  it('C2: rejects an unknown level and a missing person, naming the argument', () => {
    const bad = { id: 'henrik', conflict: 'furious' } as unknown as { id: string; conflict: 'low' };
    const error = expectRejected(sampleInventory(), command('setConflict', bad), 'invalid-argument', 'conflict');
    expect(error.message).toContain('"furious"');
    expectRejected(sampleInventory(), command('setConflict', { id: 'ghost', conflict: 'low' }), 'not-found', 'id');
  });
});

describe('setSupport', () => {
  it('sets support and direction; null clears the direction and absence keeps it', () => {
    let inv = setSupport(sampleInventory(), { id: 'ingrid', support: 'strong', direction: 'mutual' });
    expect(inv.people.ingrid?.tie).toMatchObject({ support: 'strong', supportDirection: 'mutual' });
    inv = setSupport(inv, { id: 'ingrid', support: 'some' });
    expect(inv.people.ingrid?.tie).toMatchObject({ support: 'some', supportDirection: 'mutual' });
    inv = setSupport(inv, { id: 'ingrid', support: 'some', direction: null });
    expect('supportDirection' in inv.people.ingrid!.tie).toBe(false);
  });

  it('C5: a bad direction leaves the support as it was', () => {
    const bad = { id: 'ingrid', support: 'strong', direction: 'sideways' } as unknown as { id: string; support: 'some' };
    expectRejected(sampleInventory(), command('setSupport', bad), 'invalid-argument', 'direction');
    const lots = { id: 'ingrid', support: 'lots' } as unknown as { id: string; support: 'some' };
    expectRejected(sampleInventory(), command('setSupport', lots), 'invalid-argument', 'support');
    expectRejected(sampleInventory(), command('setSupport', { id: 'ghost', support: 'some' }), 'not-found', 'id');
  });
});

describe('updateTie', () => {
  it('C5: applies every field of the inventory row at once', () => {
    const changes: TieChanges = {
      ring: 2,
      conflict: 'low',
      support: 'some',
      supportDirection: 'to-client',
      contact: 'weekly',
      contactNote: shareable('Dinner on Fridays.'),
      satisfying: shareable('Laughs a lot.'),
      unsatisfying: { text: 'Drinks.', sensitivity: 'private' },
      expectationsOfOther: shareable('Help with the kids.'),
      expectationsOfClient: shareable('Visits.'),
      expectationsMet: 'partly',
      wishedChanges: shareable('Talk more.'),
      knowsAboutDepression: 'no',
      ended: true,
    };
    const inv = updateTie(sampleInventory(), { id: 'lea', changes });
    expect(inv.people.lea?.tie).toEqual(changes);
  });

  it('removes optional fields set to null, and ended set to false', () => {
    let inv = updateTie(sampleInventory(), { id: 'lea', changes: { contact: 'daily', satisfying: shareable('x'), ended: true } });
    inv = updateTie(inv, { id: 'lea', changes: { contact: null, satisfying: null, ended: false } });
    expect(inv.people.lea?.tie).toEqual({ ring: 3, conflict: 'none', support: 'none' });
  });

  it('H8: writing the values a row already has changes nothing', () => {
    const inv = updateTie(sampleInventory(), { id: 'lea', changes: { contact: 'daily', satisfying: shareable('Lunch.') } });
    expect(updateTie(inv, { id: 'lea', changes: { contact: 'daily', satisfying: shareable('Lunch.'), ring: 3 } })).toBe(inv);
    expect(updateTie(inv, { id: 'lea', changes: { ended: false, wishedChanges: null } })).toBe(inv);
  });

  it('C5: a change with one bad field leaves the whole row unchanged', () => {
    const inv = sampleInventory();
    const cases: [Record<string, unknown>, string][] = [
      [{ ring: 1, support: 'strong', contact: 'hourly' }, 'changes.contact'],
      [{ ring: 1, satisfying: { text: 'x', sensitivity: 'public' } }, 'changes.satisfying.sensitivity'],
      [{ conflict: 'low', ended: 'yes' }, 'changes.ended'],
      [{ conflict: 'low', ring: 9 }, 'changes.ring'],
      [{ support: 'some', colour: 'red' }, 'changes.colour'],
    ];
    for (const [changes, path] of cases) {
      expectRejected(inv, command('updateTie', { id: 'lea', changes: changes }), 'invalid-argument', path);
    }
  });

  it('C2: rejects changes that are not an object, and a missing person', () => {
    const notObject = { id: 'lea', changes: 'ring 1' } as unknown as { id: string; changes: TieChanges };
    expectRejected(sampleInventory(), command('updateTie', notObject), 'invalid-argument', 'changes');
    expectRejected(sampleInventory(), command('updateTie', { id: 'ghost', changes: {} }), 'not-found', 'id');
  });
});

describe('setPin', () => {
  it('normalizes the angle into 0 to 360 degrees, to a tenth', () => {
    const angle = (a: number): number | undefined => setPin(sampleInventory(), { id: 'lea', angle: a }).people.lea?.pin?.angle;
    expect(angle(90)).toBe(90);
    expect(angle(-90)).toBe(270);
    expect(angle(725)).toBe(5);
    expect(angle(12.345)).toBe(12.3);
    expect(angle(359.99)).toBe(0);
    expect(angle(-0.01)).toBe(0);
  });

  it('releases the pin with null', () => {
    const pinned = setPin(sampleInventory(), { id: 'lea', angle: 45 });
    expect('pin' in setPin(pinned, { id: 'lea', angle: null }).people.lea!).toBe(false);
  });

  it('H8: pinning a person where they are pinned changes nothing', () => {
    const pinned = setPin(sampleInventory(), { id: 'lea', angle: 45 });
    expect(setPin(pinned, { id: 'lea', angle: 405 })).toBe(pinned);
  });

  it('C2: rejects an angle that is not a finite number, and a missing person', () => {
    for (const angle of [Number.NaN, Number.POSITIVE_INFINITY, '45']) {
      const args = { id: 'lea', angle } as { id: string; angle: number };
      expectRejected(sampleInventory(), command('setPin', args), 'invalid-argument', 'angle');
    }
    expectRejected(sampleInventory(), command('setPin', { id: 'ghost', angle: 1 }), 'not-found', 'id');
  });
});
