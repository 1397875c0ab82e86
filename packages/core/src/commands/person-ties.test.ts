import { describe, expect, it } from 'vitest';
import { expectRejected } from '../testing/expect-rejected.ts';
import { sampleInventory, shareable } from '../testing/sample-inventory.ts';
import { command } from './index.ts';
import { findTieBetween, linkPeople, unlinkPeople, updateLink, type UpdateLinkArgs } from './person-ties.ts';

describe('linkPeople', () => {
  it('M5/M15: links two people with a normal, conflict-free tie and an opaque id, not one made from their ids', () => {
    const inv = linkPeople(sampleInventory(), { a: 'jonas', b: 'lea' });
    const tie = findTieBetween(inv, 'jonas', 'lea')!;
    expect(tie.id).toMatch(/^t-[0-9a-z]{10}$/);
    expect(inv.ties[tie.id]).toEqual({ id: tie.id, a: 'jonas', b: 'lea', closeness: 'normal', conflict: 'none' });
  });

  it('takes an id, closeness, conflict and label', () => {
    const inv = linkPeople(sampleInventory(), { id: 't1', a: 'lea', b: 'jonas', closeness: 'distant', conflict: 'cutoff', label: shareable('exes') });
    expect(inv.ties.t1).toEqual({ id: 't1', a: 'lea', b: 'jonas', closeness: 'distant', conflict: 'cutoff', label: shareable('exes') });
    expect(findTieBetween(inv, 'jonas', 'lea')).toBe(inv.ties.t1);
  });

  it('M5: two people have at most one tie, whichever way round they are named', () => {
    const inv = sampleInventory();
    expectRejected(inv, command('linkPeople', { a: 'henrik', b: 'ingrid' }), 'duplicate', 'b');
    expectRejected(inv, command('linkPeople', { a: 'ingrid', b: 'henrik' }), 'duplicate', 'b');
  });

  it('M5: a person cannot be linked to themselves', () => {
    expectRejected(sampleInventory(), command('linkPeople', { a: 'lea', b: 'lea' }), 'invalid-argument', 'b');
  });

  it('C2/M5: names the missing end', () => {
    expectRejected(sampleInventory(), command('linkPeople', { a: 'ghost', b: 'lea' }), 'not-found', 'a');
    expectRejected(sampleInventory(), command('linkPeople', { a: 'lea', b: 'ghost' }), 'not-found', 'b');
  });

  it('C2: rejects a bad closeness or conflict, and a taken or invalid id', () => {
    const inv = sampleInventory();
    const far = { a: 'lea', b: 'jonas', closeness: 'far' } as unknown as { a: string; b: string };
    expectRejected(inv, command('linkPeople', far), 'invalid-argument', 'closeness');
    const furious = { a: 'lea', b: 'jonas', conflict: 'furious' } as unknown as { a: string; b: string };
    expectRejected(inv, command('linkPeople', furious), 'invalid-argument', 'conflict');
    expectRejected(inv, command('linkPeople', { id: 'henrik-ingrid', a: 'lea', b: 'jonas' }), 'duplicate', 'id');
    expectRejected(inv, command('linkPeople', { id: 'constructor', a: 'lea', b: 'jonas' }), 'invalid-argument', 'id');
  });
});

describe('unlinkPeople', () => {
  it('removes a tie by its id or by its two ends in either order', () => {
    const inv = sampleInventory();
    expect(unlinkPeople(inv, { id: 'henrik-ingrid' }).ties).toEqual({});
    expect(unlinkPeople(inv, { a: 'ingrid', b: 'henrik' }).ties).toEqual({});
    expect(unlinkPeople(inv, { a: 'henrik', b: 'ingrid' }).people).toBe(inv.people);
  });

  it('C2: names the argument when there is no such tie', () => {
    expectRejected(sampleInventory(), command('unlinkPeople', { id: 'ghost' }), 'not-found', 'id');
    expectRejected(sampleInventory(), command('unlinkPeople', { a: 'jonas', b: 'lea' }), 'not-found', 'b');
  });
});

describe('updateLink', () => {
  it('C5: edits closeness, conflict, label and ended together', () => {
    let inv = updateLink(sampleInventory(), {
      id: 'henrik-ingrid',
      changes: { closeness: 'distant', conflict: 'hostile', label: shareable('separated'), ended: true },
    });
    expect(inv.ties['henrik-ingrid']).toEqual({
      id: 'henrik-ingrid',
      a: 'henrik',
      b: 'ingrid',
      closeness: 'distant',
      conflict: 'hostile',
      label: shareable('separated'),
      ended: true,
    });
    inv = updateLink(inv, { id: 'henrik-ingrid', changes: { label: null, ended: false } });
    expect(inv.ties['henrik-ingrid']).toEqual({ id: 'henrik-ingrid', a: 'henrik', b: 'ingrid', closeness: 'distant', conflict: 'hostile' });
  });

  it('H8: writing the values a tie already has changes nothing', () => {
    const inv = sampleInventory();
    const tie = inv.ties['henrik-ingrid']!;
    const same = { closeness: tie.closeness, conflict: tie.conflict, label: { ...tie.label! }, ended: false };
    expect(updateLink(inv, { id: 'henrik-ingrid', changes: same })).toBe(inv);
  });

  it('C5: a change with one bad field leaves the tie unchanged', () => {
    const inv = sampleInventory();
    const cases: [Record<string, unknown> | null, string][] = [
      [{ closeness: 'close', conflict: 'furious' }, 'changes.conflict'],
      [{ conflict: 'low', closeness: 'far' }, 'changes.closeness'],
      [{ conflict: 'low', label: { text: 'x' } }, 'changes.label.sensitivity'],
      [{ conflict: 'low', ended: 'no' }, 'changes.ended'],
      [{ conflict: 'low', closness: 'close' }, 'changes.closness'],
      [{ conflict: 'low', a: 'lea' }, 'changes.a'],
      [null, 'changes'],
    ];
    for (const [changes, path] of cases) {
      const args = { id: 'henrik-ingrid', changes } as unknown as UpdateLinkArgs;
      expectRejected(inv, command('updateLink', args), 'invalid-argument', path);
    }
  });

  it('C2: names a missing tie by the id argument', () => {
    expectRejected(sampleInventory(), command('updateLink', { id: 'ghost', changes: {} }), 'not-found', 'id');
  });
});
