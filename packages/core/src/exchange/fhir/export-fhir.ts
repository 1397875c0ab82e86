import type { Inventory, Person } from '../../model.ts';
import { PERSON_COLUMNS, flattenPerson } from '../flat-records.ts';
import type { ExportOptions } from '../options.ts';
import type { FhirBundle, FhirExtension, FhirFamilyMemberHistory, FhirPatient, FhirRelatedPerson, FhirResource } from './fhir-types.ts';
import { FAMILY_CATEGORIES, roleCoding } from './role-codes.ts';

/** The URL of Relmap's extension on each person: the fields of the inventory that FHIR has no element for. */
export const RELMAP_PERSON_EXTENSION = 'urn:relmap:fhir:StructureDefinition:person';

/** The URL of Relmap's extension on the Patient: the map settings. */
export const RELMAP_SETTINGS_EXTENSION = 'urn:relmap:fhir:StructureDefinition:settings';

/** The id of the Patient resource that stands for the client. */
export const FHIR_PATIENT_ID = 'client';

const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;
// Carried by FHIR's own elements (name, birthDate), not repeated in the extension.
const NATIVE = new Set(['name', 'born']);

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** A sub-extension for one flat field, typed as FHIR would type it. */
function field(url: string, value: string): FhirExtension {
  if (url === 'ring') return { url, valueInteger: Number(value) };
  if (url === 'pinAngle' || url === 'hintAngle') return { url, valueDecimal: Number(value) };
  if (url === 'ended') return { url, valueBoolean: value === 'true' };
  return { url, valueString: value };
}

/** FHIR resource ids allow fewer characters than Relmap ids: `_` and `:` become `-`, with a number if taken. */
function resourceIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>([FHIR_PATIENT_ID]);
  for (const id of ids) {
    let candidate = FHIR_ID.test(id) ? id : id.replace(/[^A-Za-z0-9.-]/g, '-');
    for (let n = 2; taken.has(candidate); n++) candidate = `${id.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 58)}-${n}`;
    taken.add(candidate);
    out.set(id, candidate);
  }
  return out;
}

function personExtension(person: Person, options: ExportOptions): FhirExtension {
  const flat = flattenPerson(person, options);
  const fields = [field('id', person.id), ...PERSON_COLUMNS.filter((c) => !NATIVE.has(c) && (flat[c] ?? '') !== '').map((c) => field(c, flat[c]!))];
  return { url: RELMAP_PERSON_EXTENSION, extension: fields };
}

/**
 * Writes an inventory as a FHIR R4 Bundle (`type: collection`) of plain JSON objects: a `Patient` for the client
 * (its label as the name, the map settings in an extension), a `RelatedPerson` for each person with the
 * relationship coded in HL7 v3 RoleCode where a code fits (colleagues, professionals, groups and others carry
 * the role as text only), and, for each deceased relative, a `FamilyMemberHistory` with the same id and the date
 * of death. The fields of the inventory that FHIR has no element for (ring, conflict, support, notes, ...) travel
 * in an extension on each `RelatedPerson`, so that `importFhir` can restore the people exactly. Private notes are
 * left out unless `options.includePrivateNotes` is `true`. Ties between people, events and focus are not written.
 */
export function exportFhir(inventory: Inventory, options: ExportOptions = {}): FhirBundle {
  const { settings } = inventory;
  const patient: FhirPatient = {
    resourceType: 'Patient',
    id: FHIR_PATIENT_ID,
    name: [{ text: inventory.client.label }],
    extension: [
      {
        url: RELMAP_SETTINGS_EXTENSION,
        extension: [
          { url: 'rings', valueInteger: settings.rings },
          ...settings.ringLabels.map((label) => ({ url: 'ringLabel', valueString: label })),
          { url: 'sectors', valueBoolean: settings.sectors },
          ...(settings.ringRadii ?? []).map((radius) => ({ url: 'ringRadius', valueDecimal: radius })),
        ],
      },
    ],
  };
  const reference = { reference: `Patient/${FHIR_PATIENT_ID}` };
  const ids = Object.keys(inventory.people).sort(byId);
  const fhirIds = resourceIds(ids);
  const resources: FhirResource[] = [patient];
  for (const id of ids) {
    const person = inventory.people[id]!;
    const coding = roleCoding(person);
    const relationship = {
      ...(coding ? { coding: [coding] } : {}),
      ...(person.role ? { text: person.role } : {}),
    };
    const related: FhirRelatedPerson = {
      resourceType: 'RelatedPerson',
      id: fhirIds.get(id)!,
      active: person.status === 'living' && person.tie.ended !== true,
      patient: reference,
      ...(coding || person.role ? { relationship: [relationship] } : {}),
      name: [{ text: person.name }],
      ...(person.born ? { birthDate: person.born } : {}),
      extension: [personExtension(person, options)],
    };
    resources.push(related);
    if (person.status === 'deceased' && FAMILY_CATEGORIES.has(person.category)) {
      const history: FhirFamilyMemberHistory = {
        resourceType: 'FamilyMemberHistory',
        id: fhirIds.get(id)!,
        status: 'completed',
        patient: reference,
        name: person.name,
        relationship,
        ...(person.born ? { bornDate: person.born } : {}),
        ...(person.died ? { deceasedDate: person.died } : { deceasedBoolean: true }),
      };
      resources.push(history);
    }
  }
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
}
