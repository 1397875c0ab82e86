import { describe, expect, it } from 'vitest';
import { cases } from '@relmap/cases';
import { addPerson, removePerson, setRings, withoutPrivateNotes } from '@relmap/core';
import { applyInventoryDelta, inventoryDelta } from './inventory-delta.ts';

describe('inventory deltas', () => {
  for (const c of cases) {
    it(`turn ${c.id}'s intake into session 12 and back`, () => {
      expect(applyInventoryDelta(c.intake, inventoryDelta(c.intake, c.session12))).toEqual(c.session12);
      expect(applyInventoryDelta(c.session12, inventoryDelta(c.session12, c.intake))).toEqual(c.intake);
    });
  }

  it('carry only the records that changed, and removals by id', () => {
    const base = cases[0]!.intake;
    const [first] = Object.keys(base.people);
    const next = removePerson(addPerson(base, { id: 'zora-quist', name: 'Zora Quist' }), { id: first! });
    const delta = inventoryDelta(base, next);
    expect(delta.set.map(([k, id]) => `${k}/${id}`)).toContain('people/zora-quist');
    expect(delta.set.filter(([k]) => k === 'people')).toHaveLength(1);
    expect(delta.remove).toContainEqual(['people', first]);
    expect(applyInventoryDelta(base, delta)).toEqual(next);
  });

  it('carry settings when they change', () => {
    const base = cases[0]!.intake;
    const next = setRings(base, { rings: 4 });
    const delta = inventoryDelta(base, next);
    expect(delta.settings).toEqual(next.settings);
    expect(applyInventoryDelta(base, delta)).toEqual(next);
  });

  it('carry the goals, and between redacted versions not a private review note', () => {
    const c = cases.find((k) => k.id === 'daniel')!;
    const delta = inventoryDelta(withoutPrivateNotes(c.intake), withoutPrivateNotes(c.session12));
    expect(delta.set.map(([k, id]) => `${k}/${id}`)).toContain('goals/talk-about-helen');
    const secret = c.session12.goals['talk-about-helen']!.reviews['session-12']!.note!;
    expect(secret.sensitivity).toBe('private');
    expect(JSON.stringify(delta)).not.toContain(secret.text);
  });

  it('between redacted versions, carry no private text', () => {
    const c = cases[0]!;
    const delta = inventoryDelta(withoutPrivateNotes(c.intake), withoutPrivateNotes(c.session12));
    expect(JSON.stringify(delta)).not.toContain('"sensitivity":"private","text":"');
    for (const p of Object.values(c.session12.people)) {
      if (p.tie.satisfying?.sensitivity === 'private') expect(JSON.stringify(delta)).not.toContain(p.tie.satisfying.text);
    }
  });
});
