/**
 * `@relmap/map/relationship-compare`: registers `<relationship-compare>` and, since it draws its snapshots with it,
 * `<relationship-map>`; exports what its API names.
 */
import './relationship-map.ts';
import { RelationshipCompare } from './relationship-compare/relationship-compare.ts';

// Registration is the one side effect of this module; a second copy of the package is tolerated.
if (typeof customElements !== 'undefined' && !customElements.get('relationship-compare')) {
  customElements.define('relationship-compare', RelationshipCompare);
}

export { RelationshipCompare };
export type { CompareMode } from './relationship-compare/relationship-compare.ts';
export { changedPeople } from './relationship-compare/changed-people.ts';
export { defaultCompareStrings, type CompareStrings } from './relationship-compare/compare-strings.ts';
