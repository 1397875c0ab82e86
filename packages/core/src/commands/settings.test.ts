import { describe, expect, it } from 'vitest';
import { defaultRingLabels } from '../model.ts';
import { expectRejected } from '../testing/expect-rejected.ts';
import { sampleInventory } from '../testing/sample-inventory.ts';
import { command } from './index.ts';
import { setClientLabel, setRingLabel, setRings, setSectors, type SetRingsArgs } from './settings.ts';

describe('setRings', () => {
  it('C6: with fewer rings, people beyond the last ring move onto it and the others stay', () => {
    const before = sampleInventory();
    const inv = setRings(before, { rings: 2 });
    const rings = Object.fromEntries(Object.values(inv.people).map((p) => [p.id, p.tie.ring]));
    expect(rings).toEqual({ jonas: 1, henrik: 2, ingrid: 2, astrid: 1, lea: 2 });
    expect(inv.people.jonas).toBe(before.people.jonas);
  });

  it('M4: more rings keep every person where they are and give a label per ring', () => {
    const before = sampleInventory();
    const inv = setRings(before, { rings: 5 });
    expect(inv.people).toBe(before.people);
    expect(inv.settings.ringLabels).toEqual(defaultRingLabels(5));
  });

  it('M4: takes a label per ring, trimmed', () => {
    const inv = setRings(sampleInventory(), { rings: 2, ringLabels: [' Us ', 'Them'] });
    expect(inv.settings).toMatchObject({ rings: 2, ringLabels: ['Us', 'Them'] });
  });

  it('H8: setting the rings and labels there are changes nothing', () => {
    const inv = sampleInventory();
    expect(setRings(inv, { rings: 3 })).toBe(inv);
  });

  it('M4: rejects fewer than 2 or more than 5 rings', () => {
    for (const rings of [1, 6, 2.5, Number.NaN]) {
      expectRejected(sampleInventory(), command('setRings', { rings }), 'invalid-argument', 'rings');
    }
  });

  it('M4/C5: rejects a wrong number of labels, or one bad label, changing nothing', () => {
    expectRejected(sampleInventory(), command('setRings', { rings: 2, ringLabels: ['Only one'] }), 'invalid-argument', 'ringLabels');
    expectRejected(sampleInventory(), command('setRings', { rings: 2, ringLabels: ['Us', ''] }), 'invalid-argument', 'ringLabels.1');
    const notList = { rings: 2, ringLabels: 'Us,Them' } as unknown as SetRingsArgs;
    expectRejected(sampleInventory(), command('setRings', notList), 'invalid-argument', 'ringLabels');
  });
});

describe('setRingLabel', () => {
  it('renames one ring', () => {
    const inv = setRingLabel(sampleInventory(), { ring: 2, label: 'Family' });
    expect(inv.settings.ringLabels).toEqual(['Inner circle', 'Family', 'Outer circle']);
  });

  it('C2: rejects a ring that does not exist and an empty label', () => {
    expectRejected(sampleInventory(), command('setRingLabel', { ring: 4, label: 'X' }), 'invalid-argument', 'ring');
    expectRejected(sampleInventory(), command('setRingLabel', { ring: 1, label: ' ' }), 'invalid-argument', 'label');
    expectRejected(sampleInventory(), command('setRingLabel', { ring: 1, label: 'x'.repeat(201) }), 'too-large', 'label');
  });
});

describe('setSectors and setClientLabel', () => {
  it('turns sectors on and off', () => {
    const on = setSectors(sampleInventory(), { enabled: true });
    expect(on.settings.sectors).toBe(true);
    expect(setSectors(on, { enabled: false }).settings.sectors).toBe(false);
  });

  it('renames the client, trimmed', () => {
    expect(setClientLabel(sampleInventory(), { label: ' M. ' }).client).toEqual({ label: 'M.' });
  });

  it('C2: rejects a non-boolean and an empty label', () => {
    const bad = { enabled: 'yes' } as unknown as { enabled: boolean };
    expectRejected(sampleInventory(), command('setSectors', bad), 'invalid-argument', 'enabled');
    expectRejected(sampleInventory(), command('setClientLabel', { label: '' }), 'invalid-argument', 'label');
  });
});
