/**
 * `@relmap/map/relationship-detail`: registers `<relationship-detail>` alone and exports what its API names. The
 * panel edits a `<relationship-map>` found by id, so a page that shows both imports that entry point too.
 */
import { RelationshipDetail } from './relationship-detail/relationship-detail.ts';

// Registration is the one side effect of this module; a second copy of the package is tolerated.
if (typeof customElements !== 'undefined' && !customElements.get('relationship-detail')) {
  customElements.define('relationship-detail', RelationshipDetail);
}

export { RelationshipDetail };
export { defaultDetailStrings, type DetailStrings, type TieNoteField } from './relationship-detail/detail-strings.ts';
