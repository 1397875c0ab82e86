/**
 * `@relmap/map/relationship-map`: registers `<relationship-map>` alone, for apps that embed only the map, and exports
 * what its API names. An app that also wants the table, the detail panel or the compare view imports their entry
 * points too, or `@relmap/map` for all four.
 */
import { RelationshipMap } from './relationship-map/relationship-map.ts';

// Registration is the one side effect of this module; a second copy of the package is tolerated.
if (typeof customElements !== 'undefined' && !customElements.get('relationship-map')) {
  customElements.define('relationship-map', RelationshipMap);
}

export { RelationshipMap };
export * from './events.ts';
export { personLabel, initialsOf, type LabelMode } from './labels.ts';
export { defaultStrings, type MapStrings } from './strings.ts';
