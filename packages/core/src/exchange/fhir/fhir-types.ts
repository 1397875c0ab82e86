/*
 * The few FHIR R4 shapes Relmap reads and writes, typed locally: enough for a Bundle of a Patient,
 * RelatedPerson and FamilyMemberHistory resources. Fields Relmap does not use are left out; the readers ignore
 * them when they are present.
 */

/** A code from a code system (FHIR `Coding`). */
export interface FhirCoding {
  /** The code system's URI. */
  readonly system?: string;
  /** The code. */
  readonly code?: string;
  /** How the code reads. */
  readonly display?: string;
}

/** A concept as codings and text (FHIR `CodeableConcept`). */
export interface FhirCodeableConcept {
  /** Codes for the concept. */
  readonly coding?: readonly FhirCoding[];
  /** The concept in words. */
  readonly text?: string;
}

/** An extension (FHIR `Extension`): a URL and one value, or nested extensions. */
export interface FhirExtension {
  /** What the extension means. */
  readonly url: string;
  /** A text value. */
  readonly valueString?: string;
  /** A code value. */
  readonly valueCode?: string;
  /** A whole-number value. */
  readonly valueInteger?: number;
  /** A decimal value. */
  readonly valueDecimal?: number;
  /** A true-or-false value. */
  readonly valueBoolean?: boolean;
  /** Nested extensions, for a complex extension. */
  readonly extension?: readonly FhirExtension[];
}

/** A reference to another resource (FHIR `Reference`). */
export interface FhirReference {
  /** A relative reference such as `Patient/client`. */
  readonly reference?: string;
  /** Text for the reference. */
  readonly display?: string;
}

/** A name (FHIR `HumanName`); Relmap writes `text` only and reads `text`, or `given` and `family`. */
export interface FhirHumanName {
  /** The whole name as written. */
  readonly text?: string;
  /** Given names. */
  readonly given?: readonly string[];
  /** The family name. */
  readonly family?: string;
}

/** An annotation (FHIR `Annotation`). */
export interface FhirAnnotation {
  /** The text of the note. */
  readonly text: string;
}

/** The client (FHIR `Patient`), by label only. */
export interface FhirPatient {
  /** Always `Patient`. */
  readonly resourceType: 'Patient';
  /** The resource id. */
  readonly id: string;
  /** The client's label as a name. */
  readonly name?: readonly FhirHumanName[];
  /** Relmap's settings of the map. */
  readonly extension?: readonly FhirExtension[];
}

/** A person in the client's life (FHIR `RelatedPerson`). */
export interface FhirRelatedPerson {
  /** Always `RelatedPerson`. */
  readonly resourceType: 'RelatedPerson';
  /** The resource id. */
  readonly id: string;
  /** Whether the relationship is current: `false` for an ended tie or a deceased person. */
  readonly active?: boolean;
  /** The client. */
  readonly patient: FhirReference;
  /** The relationship, coded in v3 RoleCode where a code fits. */
  readonly relationship?: readonly FhirCodeableConcept[];
  /** The person's name. */
  readonly name?: readonly FhirHumanName[];
  /** Date of birth: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly birthDate?: string;
  /** Relmap's fields that FHIR has no element for. */
  readonly extension?: readonly FhirExtension[];
}

/** A deceased relative (FHIR `FamilyMemberHistory`). */
export interface FhirFamilyMemberHistory {
  /** Always `FamilyMemberHistory`. */
  readonly resourceType: 'FamilyMemberHistory';
  /** The resource id. */
  readonly id: string;
  /** Relmap writes `completed`. */
  readonly status: 'partial' | 'completed' | 'entered-in-error' | 'health-unknown';
  /** The client. */
  readonly patient: FhirReference;
  /** The relative's name. */
  readonly name?: string;
  /** The relationship in v3 RoleCode. */
  readonly relationship: FhirCodeableConcept;
  /** Date of birth. */
  readonly bornDate?: string;
  /** Deceased, date unknown. */
  readonly deceasedBoolean?: boolean;
  /** Date of death. */
  readonly deceasedDate?: string;
  /** Notes. */
  readonly note?: readonly FhirAnnotation[];
  /** Relmap's fields that FHIR has no element for. */
  readonly extension?: readonly FhirExtension[];
}

/** Any resource Relmap writes. */
export type FhirResource = FhirPatient | FhirRelatedPerson | FhirFamilyMemberHistory;

/** A FHIR R4 Bundle of type `collection`. */
export interface FhirBundle {
  /** Always `Bundle`. */
  readonly resourceType: 'Bundle';
  /** Relmap writes `collection`; any type is read. */
  readonly type: 'collection' | 'document' | 'transaction' | 'batch' | 'searchset' | 'message' | 'history';
  /** The resources. */
  readonly entry: readonly { readonly fullUrl?: string; readonly resource: FhirResource }[];
}
