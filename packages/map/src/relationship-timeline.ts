/**
 * `@relmap/map/relationship-timeline`: registers `<relationship-timeline>` alone and exports what its API names. The
 * timeline follows a `<relationship-map>` found by id, so a page that shows both imports that entry point too.
 * `@relmap/map` itself does not register it: an app that shows no timeline does not ship it.
 */
import { RelationshipTimeline } from './relationship-timeline/relationship-timeline.ts';

// Registration is the one side effect of this module; a second copy of the package is tolerated.
if (typeof customElements !== 'undefined' && !customElements.get('relationship-timeline')) {
  customElements.define('relationship-timeline', RelationshipTimeline);
}

export { RelationshipTimeline };
export { defaultTimelineStrings, type TimelineStrings } from './relationship-timeline/timeline-strings.ts';
