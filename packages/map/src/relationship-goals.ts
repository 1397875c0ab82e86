/**
 * `@relmap/map/relationship-goals`: registers `<relationship-goals>` alone and exports what its API names. The goals
 * element follows a `<relationship-map>` found by id, so a page that shows both imports that entry point too.
 * `@relmap/map` itself does not register it: an app that shows no goals does not ship it.
 */
import { RelationshipGoals } from './relationship-goals/relationship-goals.ts';

// Registration is the one side effect of this module; a second copy of the package is tolerated.
if (typeof customElements !== 'undefined' && !customElements.get('relationship-goals')) {
  customElements.define('relationship-goals', RelationshipGoals);
}

export { RelationshipGoals };
export { defaultGoalsStrings, type GoalsStrings } from './relationship-goals/goals-strings.ts';
