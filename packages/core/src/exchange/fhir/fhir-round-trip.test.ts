import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPerson, markDeceased } from '../../commands/index.ts';
import { arbitraryInventory } from '../../document/testing/arbitrary-inventory.ts';
import { sampleInventory } from '../../document/testing/sample-inventory.ts';
import { peopleOnly, privateTexts, withoutPrivateNotes } from '../testing/expected.ts';
import { exportFhir } from './export-fhir.ts';
import { importFhir } from './import-fhir.ts';
import { V3_ROLE_CODE } from './role-codes.ts';

describe('FHIR R4 Bundle export and import', () => {
  it('gives back the client, settings and people of any inventory through JSON when private notes are included', () => {
    fc.assert(
      fc.property(arbitraryInventory, (inventory) => {
        const json = JSON.parse(JSON.stringify(exportFhir(inventory, { includePrivateNotes: true })));
        expect(importFhir(json)).toEqual({ ok: true, inventory: peopleOnly(inventory) });
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('writes a RelatedPerson per person with a v3 RoleCode relationship, refined by the role text', () => {
    const bundle = exportFhir(sampleInventory());
    const related = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'RelatedPerson');
    expect(related.map((r) => r.id)).toEqual(['choir', 'henrik', 'jonas', 'ruth']);
    const jonas = related.find((r) => r.id === 'jonas')!;
    expect(jonas).toMatchObject({
      patient: { reference: 'Patient/client' },
      relationship: [{ coding: [{ system: V3_ROLE_CODE, code: 'HUSB' }], text: 'husband' }],
      name: [{ text: 'Jonas' }],
      birthDate: '1984-06-02',
      active: true,
    });
    expect(related.find((r) => r.id === 'ruth')).toMatchObject({ active: false, relationship: [{ coding: [{ code: 'PRN' }] }] });
  });

  it('writes a FamilyMemberHistory for a deceased relative only, with the date of death', () => {
    let inventory = sampleInventory();
    inventory = addPerson(inventory, { name: 'Old friend', id: 'old', category: 'friend' });
    inventory = markDeceased(inventory, { id: 'old' });
    const histories = exportFhir(inventory)
      .entry.map((e) => e.resource)
      .filter((r) => r.resourceType === 'FamilyMemberHistory');
    expect(histories).toEqual([expect.objectContaining({ id: 'henrik', status: 'completed', name: 'Henrik', bornDate: '1950', deceasedDate: '2024-11' })]);
  });

  it('leaves private notes out by default', () => {
    const inventory = sampleInventory();
    const text = JSON.stringify(exportFhir(inventory));
    for (const note of privateTexts(inventory)) expect(text).not.toContain(note);
    expect(importFhir(JSON.parse(text))).toEqual({ ok: true, inventory: peopleOnly(withoutPrivateNotes(inventory)) });
  });

  it('reads a bundle from another system: names, v3 RoleCodes, and deceased relatives from FamilyMemberHistory', () => {
    const result = importFhir({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'p', name: [{ given: ['Sam'], family: 'Lee' }] } },
        {
          resource: {
            resourceType: 'RelatedPerson',
            id: 'rp1',
            patient: { reference: 'Patient/p' },
            relationship: [{ coding: [{ system: V3_ROLE_CODE, code: 'SIS' }], text: 'older sister' }],
            name: [{ given: ['Noor'] }],
          },
        },
        {
          resource: {
            resourceType: 'FamilyMemberHistory',
            id: 'fmh1',
            status: 'completed',
            patient: { reference: 'Patient/p' },
            relationship: { coding: [{ system: V3_ROLE_CODE, code: 'GRMTH' }] },
            name: 'Grandma Ida',
            deceasedDate: '2019',
          },
        },
        { resource: { resourceType: 'Observation', id: 'ignored' } },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.inventory.client.label).toBe('Sam Lee');
    expect(result.inventory.people['rp1']).toMatchObject({ name: 'Noor', category: 'sibling', role: 'older sister', status: 'living' });
    expect(result.inventory.people['fmh1']).toMatchObject({ name: 'Grandma Ida', category: 'other-family', status: 'deceased', died: '2019' });
  });

  it('returns problems and no inventory for something that is not a bundle, or a person with no name', () => {
    expect(importFhir({ resourceType: 'Patient' })).toMatchObject({ ok: false, errors: [{ path: '' }] });
    const result = importFhir({ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'RelatedPerson', id: 'x' } }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('people.x.name');
  });
});
