import type { Category, Person } from '../../model.ts';
import type { FhirCoding } from './fhir-types.ts';

/** The code system of HL7 v3 RoleCode, used for FHIR relationships. */
export const V3_ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';

interface RoleRule {
  readonly category: Category;
  readonly pattern?: RegExp;
  readonly code: string;
  readonly display: string;
}

// The role text refines the category where English names a more specific code; the last rule of each category
// is its fallback. Colleague, professional, community and other have no v3 RoleCode.
const RULES: readonly RoleRule[] = [
  { category: 'partner', pattern: /\bhusband\b/i, code: 'HUSB', display: 'husband' },
  { category: 'partner', pattern: /\bwife\b/i, code: 'WIFE', display: 'wife' },
  { category: 'partner', pattern: /\bspouse\b/i, code: 'SPS', display: 'spouse' },
  { category: 'partner', pattern: /\bdomestic partner\b/i, code: 'DOMPART', display: 'domestic partner' },
  { category: 'partner', code: 'SIGOTHR', display: 'significant other' },
  { category: 'parent', pattern: /\b(mother|mom|mum)\b/i, code: 'MTH', display: 'mother' },
  { category: 'parent', pattern: /\b(father|dad)\b/i, code: 'FTH', display: 'father' },
  { category: 'parent', code: 'PRN', display: 'parent' },
  { category: 'child', pattern: /\bson\b/i, code: 'SONC', display: 'son' },
  { category: 'child', pattern: /\bdaughter\b/i, code: 'DAUC', display: 'daughter' },
  { category: 'child', code: 'CHILD', display: 'child' },
  { category: 'sibling', pattern: /\bbrother\b/i, code: 'BRO', display: 'brother' },
  { category: 'sibling', pattern: /\bsister\b/i, code: 'SIS', display: 'sister' },
  { category: 'sibling', code: 'SIB', display: 'sibling' },
  { category: 'other-family', pattern: /\bgrandmother\b/i, code: 'GRMTH', display: 'grandmother' },
  { category: 'other-family', pattern: /\bgrandfather\b/i, code: 'GRFTH', display: 'grandfather' },
  { category: 'other-family', pattern: /\bgrandparent\b/i, code: 'GRPRN', display: 'grandparent' },
  { category: 'other-family', pattern: /\baunt\b/i, code: 'AUNT', display: 'aunt' },
  { category: 'other-family', pattern: /\buncle\b/i, code: 'UNCLE', display: 'uncle' },
  { category: 'other-family', pattern: /\bcousin\b/i, code: 'COUSN', display: 'cousin' },
  { category: 'other-family', code: 'FAMMEMB', display: 'family member' },
  { category: 'friend', code: 'FRND', display: 'unrelated friend' },
  { category: 'neighbour', code: 'NBOR', display: 'neighbor' },
];

/** The categories whose people are relatives, recorded as `FamilyMemberHistory` when they have died. */
export const FAMILY_CATEGORIES: ReadonlySet<Category> = new Set(['partner', 'parent', 'child', 'sibling', 'other-family']);

/** The v3 RoleCode coding for a person, from their category and role text; `undefined` where no code fits. */
export function roleCoding(person: Pick<Person, 'category' | 'role'>): FhirCoding | undefined {
  const rule = RULES.find((r) => r.category === person.category && (!r.pattern || r.pattern.test(person.role ?? '')));
  return rule && { system: V3_ROLE_CODE, code: rule.code, display: rule.display };
}

/** The category a v3 RoleCode code stands for, for files from other systems; `undefined` for codes not listed. */
export function categoryOfRoleCode(code: string | undefined): Category | undefined {
  return RULES.find((r) => r.code === code)?.category;
}
