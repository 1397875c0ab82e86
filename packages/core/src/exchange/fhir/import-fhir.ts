import { InventoryAssembly } from '../assemble-inventory.ts';
import type { ImportResult } from '../options.ts';
import type { FhirCodeableConcept, FhirExtension, FhirHumanName } from './fhir-types.ts';
import { RELMAP_PERSON_EXTENSION, RELMAP_SETTINGS_EXTENSION } from './export-fhir.ts';
import { categoryOfRoleCode, V3_ROLE_CODE } from './role-codes.ts';

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

function nameOf(names: unknown): string {
  const first = arrayOf(names).find(isObject) as FhirHumanName | undefined;
  if (!first) return typeof names === 'string' ? names : '';
  if (typeof first.text === 'string') return first.text;
  return [...arrayOf(first.given), first.family].filter((p): p is string => typeof p === 'string').join(' ');
}

function extensionValues(resource: Json, url: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const outer = arrayOf(resource['extension']).find((e): e is FhirExtension => isObject(e) && e['url'] === url);
  for (const inner of arrayOf(outer?.extension)) {
    if (!isObject(inner) || typeof inner['url'] !== 'string') continue;
    const value = ['valueString', 'valueCode', 'valueInteger', 'valueDecimal', 'valueBoolean']
      .map((k) => inner[k])
      .find((v): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
    if (value === undefined) continue;
    values.set(inner['url'], [...(values.get(inner['url']) ?? []), String(value)]);
  }
  return values;
}

function roleCode(relationship: unknown): { code?: string; text?: string } {
  const concept = (isObject(relationship) ? relationship : arrayOf(relationship).find(isObject)) as FhirCodeableConcept | undefined;
  const coding = arrayOf(concept?.coding).find((c) => isObject(c) && c['system'] === V3_ROLE_CODE) as Json | undefined;
  return {
    ...(typeof coding?.['code'] === 'string' ? { code: coding['code'] } : {}),
    ...(typeof concept?.text === 'string' ? { text: concept.text } : {}),
  };
}

/**
 * Reads an inventory from a FHIR R4 Bundle, such as one written by `exportFhir`: each `RelatedPerson` becomes a
 * person, and each `FamilyMemberHistory` a deceased relative (merged into the `RelatedPerson` with the same id, if
 * there is one). Relmap's extensions restore every field they carry; without them, the category comes from the
 * v3 RoleCode, the role from the relationship text, and the rest takes neutral defaults. The client's label and
 * the settings come from the `Patient`. Other resources are ignored. The result is checked by `parseInventory`;
 * nothing is returned unless all of it is valid. Problem paths into the bundle read `entry.3`.
 */
export function importFhir(bundle: unknown): ImportResult {
  if (!isObject(bundle) || bundle['resourceType'] !== 'Bundle' || !Array.isArray(bundle['entry'])) {
    return { ok: false, errors: [{ path: '', message: 'expected a FHIR Bundle with an entry list.' }] };
  }
  const doc = new InventoryAssembly();
  let clientLabel = '';
  let settings = new Map<string, string[]>();
  const histories: { resource: Json; index: number }[] = [];

  bundle['entry'].forEach((entry: unknown, index: number) => {
    const resource = isObject(entry) && isObject(entry['resource']) ? entry['resource'] : undefined;
    if (!resource) {
      doc.fail(`entry.${index}`, 'expected an entry with a resource.');
      return;
    }
    const type = resource['resourceType'];
    if (type === 'Patient') {
      clientLabel = nameOf(resource['name']);
      settings = extensionValues(resource, RELMAP_SETTINGS_EXTENSION);
    } else if (type === 'RelatedPerson') {
      const resourceId = typeof resource['id'] === 'string' ? resource['id'] : `related-${index + 1}`;
      const fields = extensionValues(resource, RELMAP_PERSON_EXTENSION);
      const id = fields.get('id')?.[0] ?? resourceId;
      if (doc.people.has(id)) {
        doc.fail(`entry.${index}`, `expected a unique person id, but "${id.slice(0, 64)}" is used twice.`);
        return;
      }
      const role = roleCode(resource['relationship']);
      const cell = (name: string): string => {
        if (name === 'name') return nameOf(resource['name']);
        if (name === 'born') return typeof resource['birthDate'] === 'string' ? resource['birthDate'] : '';
        const value = fields.get(name)?.[0];
        if (value !== undefined) return value;
        if (name === 'category') return categoryOfRoleCode(role.code) ?? '';
        if (name === 'role') return role.text ?? '';
        if (name === 'tie.ended' || name === 'ended') return resource['active'] === false && fields.size === 0 ? 'true' : '';
        return '';
      };
      doc.addPerson(id, cell);
      doc.refer(resourceId, id);
    } else if (type === 'FamilyMemberHistory') {
      histories.push({ resource, index });
    }
  });

  for (const { resource, index } of histories) {
    const resourceId = typeof resource['id'] === 'string' ? resource['id'] : `history-${index + 1}`;
    const died = typeof resource['deceasedDate'] === 'string' ? resource['deceasedDate'] : undefined;
    const existing = doc.people.get(doc.resolve(resourceId) ?? '');
    if (existing) {
      existing['status'] = 'deceased';
      if (died && existing['died'] === undefined) existing['died'] = died;
      continue;
    }
    if (doc.people.has(resourceId)) {
      doc.fail(`entry.${index}`, `expected a unique person id, but "${resourceId.slice(0, 64)}" is used twice.`);
      continue;
    }
    const role = roleCode(resource['relationship']);
    const cell = (name: string): string => {
      if (name === 'name') return nameOf(resource['name']);
      if (name === 'born') return typeof resource['bornDate'] === 'string' ? resource['bornDate'] : '';
      if (name === 'died') return died ?? '';
      if (name === 'status') return 'deceased';
      if (name === 'category') return categoryOfRoleCode(role.code) ?? 'other-family';
      if (name === 'role') return role.text ?? '';
      return '';
    };
    doc.addPerson(resourceId, cell);
  }
  const ringsText = settings.get('rings')?.[0];
  const labels = settings.get('ringLabel') ?? [];
  return doc.finish({
    clientLabel,
    rings: ringsText !== undefined ? Number(ringsText) : undefined,
    ringLabels: () => (labels.length > 0 ? labels : undefined),
    sectors: settings.get('sectors')?.[0] === 'true',
    ringRadii: () => (settings.has('ringRadius') ? { ringRadii: settings.get('ringRadius')!.map(Number) } : {}),
  });
}
