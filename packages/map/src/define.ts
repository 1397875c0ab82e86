import { RelationshipMap } from './relationship-map/relationship-map.ts';
import { RelationshipTable } from './relationship-table/relationship-table.ts';
import { RelationshipDetail } from './relationship-detail/relationship-detail.ts';
import { RelationshipCompare } from './relationship-compare/relationship-compare.ts';

// Registration is the one side effect of importing the package; a second copy of the package is tolerated.
if (typeof customElements !== 'undefined' && !customElements.get('relationship-map')) {
  customElements.define('relationship-map', RelationshipMap);
}
if (typeof customElements !== 'undefined' && !customElements.get('relationship-detail')) {
  customElements.define('relationship-detail', RelationshipDetail);
}
if (typeof customElements !== 'undefined' && !customElements.get('relationship-table')) {
  customElements.define('relationship-table', RelationshipTable);
}
if (typeof customElements !== 'undefined' && !customElements.get('relationship-compare')) {
  customElements.define('relationship-compare', RelationshipCompare);
}
