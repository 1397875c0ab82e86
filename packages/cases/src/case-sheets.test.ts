import { isPartialDate, type Inventory, type Note } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { daysBetween } from './dates.ts';
import { cases } from './index.ts';
import type { TeachingCase } from './types.ts';

/** People per case on the sheets: at intake, and the people added by session 12. */
const SHEET: Record<string, { clientLabel: string; intake: number; added: readonly string[] }> = {
  maya: { clientLabel: 'Maya', intake: 9, added: ['working-parents-group'] },
  daniel: { clientLabel: 'Daniel', intake: 8, added: [] },
  priya: { clientLabel: 'Priya', intake: 10, added: [] },
  tomas: { clientLabel: 'Tomás', intake: 5, added: ['climbing-club', 'amir'] },
  ruth: { clientLabel: 'Ruth', intake: 14, added: ['school-reading-volunteers', 'new-town-choir'] },
};

function sheet(c: TeachingCase): { clientLabel: string; intake: number; added: readonly string[] } {
  const entry = SHEET[c.id];
  if (!entry) throw new Error(`No sheet facts for case "${c.id}".`);
  return entry;
}

function bothVersions(c: TeachingCase): [string, Inventory][] {
  return [
    ['intake', c.intake],
    ['session12', c.session12],
  ];
}

/** The inventory-row notes that hold what the client feels or expects: clinical, so private on every sheet. */
const CLINICAL_ROW_NOTES = ['satisfying', 'unsatisfying', 'expectationsOfOther', 'expectationsOfClient', 'wishedChanges'] as const;

describe.each(cases.map((c) => [c.id, c] as const))('case %s', (_, c) => {
  it('has as many people at intake as its sheet lists', () => {
    expect(Object.keys(c.intake.people)).toHaveLength(sheet(c).intake);
  });

  it('has at session 12 the intake people plus exactly the new people of its sheet', () => {
    const intakeIds = Object.keys(c.intake.people).sort();
    const laterIds = Object.keys(c.session12.people).sort();
    expect(laterIds).toHaveLength(sheet(c).intake + sheet(c).added.length);
    expect(laterIds).toEqual([...intakeIds, ...sheet(c).added].sort());
    for (const id of sheet(c).added) expect(c.intake.people[id]).toBeUndefined();
  });

  it('keeps every intake person under the same id, name and category at session 12', () => {
    for (const [id, person] of Object.entries(c.intake.people)) {
      const later = c.session12.people[id];
      expect(later, id).toBeDefined();
      expect(later?.name).toBe(person.name);
      expect(later?.category).toBe(person.category);
      expect(later?.status).toBe(person.status);
    }
  });

  it('labels the client with their first name and uses the three default rings', () => {
    for (const [, inv] of bothVersions(c)) {
      expect(inv.client.label).toBe(sheet(c).clientLabel);
      expect(inv.settings.rings).toBe(3);
      expect(inv.settings.ringLabels).toEqual(['Inner circle', 'Middle circle', 'Outer circle']);
    }
  });

  it('has a primary focus in its problem area in both versions', () => {
    for (const [, inv] of bothVersions(c)) {
      const primary = Object.values(inv.focus).filter((f) => f.primary);
      expect(primary).toHaveLength(1);
      expect(primary[0]?.area).toBe(c.problemArea);
    }
  });

  it('dates session 12 about twelve weeks after intake, both real dates', () => {
    expect(isPartialDate(c.intakeDate) && c.intakeDate.length === 10).toBe(true);
    expect(isPartialDate(c.session12Date) && c.session12Date.length === 10).toBe(true);
    const days = daysBetween(c.intakeDate, c.session12Date);
    expect(days).toBeGreaterThanOrEqual(77);
    expect(days).toBeLessThanOrEqual(91);
  });

  it('dates every event and death no later than intake', () => {
    const intakeMonth = c.intakeDate.slice(0, 7);
    for (const event of Object.values(c.intake.events)) {
      expect(event.date, event.id).toBeDefined();
      expect((event.date ?? '') <= intakeMonth, event.id).toBe(true);
    }
    for (const person of Object.values(c.intake.people)) {
      if (person.died !== undefined) expect(person.died <= intakeMonth, person.id).toBe(true);
    }
  });

  it('keeps clinical row notes private and tie and event labels shareable', () => {
    for (const [, inv] of bothVersions(c)) {
      for (const person of Object.values(inv.people)) {
        for (const field of CLINICAL_ROW_NOTES) {
          const note: Note | undefined = person.tie[field];
          if (note) expect(note.sensitivity, `${person.id}.tie.${field}`).toBe('private');
        }
      }
      for (const tie of Object.values(inv.ties)) expect(tie.label?.sensitivity, tie.id).toBe('shareable');
      for (const event of Object.values(inv.events)) expect(event.label.sensitivity, event.id).toBe('shareable');
    }
  });

  it('gives the deceased no support, a date of death, and no contact', () => {
    for (const [, inv] of bothVersions(c)) {
      for (const person of Object.values(inv.people).filter((p) => p.status === 'deceased')) {
        expect(person.tie.support, person.id).toBe('none');
        expect(person.died, person.id).toBeDefined();
        expect(person.tie.contact, person.id).toBeUndefined();
      }
    }
  });

  it('hands out deeply frozen inventories', () => {
    const isDeepFrozen = (value: unknown): boolean =>
      typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));
    expect(isDeepFrozen(c.intake)).toBe(true);
    expect(isDeepFrozen(c.session12)).toBe(true);
  });
});
