import type { Category, ProblemArea } from '@relmap/core';

/** The legend entry of a category: its colour and glyph. */
export type CategoryLegendKey = `category-${Category}`;

/** The legend entry of a focus mark: a problem area's mark, as drawn for the primary focus or for another focus. */
export type FocusLegendKey = `focus-primary-${ProblemArea}` | `focus-${ProblemArea}`;

/**
 * One entry of the map's legend. Each names one visual quality: a category's colour and glyph
 * (`category-partner`, ...), the sector dividers (`sectors`), a focus mark (`focus-primary-grief`, `focus-grief`, ...) and the
 * life-events mark (`life-events`), a weight and pattern of the line to the client
 * (`strong`, `some`, `no-support`, `tenuous`), of a tie between two people (`tie-close`, `tie-normal`,
 * `tie-distant`), a conflict pattern (`conflict-low`, `conflict`, `hostile`, `cutoff`), an arrowhead, the slash
 * of an ended tie, or a symbol (`deceased`, `group`).
 */
export type LegendKey =
  | CategoryLegendKey
  | 'sectors'
  | FocusLegendKey
  | 'life-events'
  | 'strong'
  | 'some'
  | 'no-support'
  | 'tenuous'
  | 'tie-close'
  | 'tie-normal'
  | 'tie-distant'
  | 'conflict-low'
  | 'conflict'
  | 'hostile'
  | 'cutoff'
  | 'support-to-client'
  | 'support-from-client'
  | 'support-mutual'
  | 'ended'
  | 'deceased'
  | 'group';
