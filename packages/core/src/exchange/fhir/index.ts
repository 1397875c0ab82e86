export { exportFhir, FHIR_PATIENT_ID, RELMAP_PERSON_EXTENSION, RELMAP_SETTINGS_EXTENSION } from './export-fhir.ts';
export { importFhir } from './import-fhir.ts';
export { roleCoding, categoryOfRoleCode, V3_ROLE_CODE, FAMILY_CATEGORIES } from './role-codes.ts';
export type * from './fhir-types.ts';
