import type { Category } from '@relmap/core';

/** The legend entry of a category: its colour and glyph. */
export type CategoryLegendKey = `category-${Category}`;

/**
 * One entry of the map's legend. Each names one visual quality: a category's colour and glyph
 * (`category-partner`, ...), the sector dividers (`sectors`), a weight and pattern of the line to the client
 * (`strong`, `some`, `no-support`, `tenuous`), of a tie between two people (`tie-close`, `tie-normal`,
 * `tie-distant`), a conflict pattern (`conflict-low`, `conflict`, `hostile`, `cutoff`), an arrowhead, the slash
 * of an ended tie, or a symbol (`deceased`, `group`).
 */
export type LegendKey =
  | CategoryLegendKey
  | 'sectors'
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
