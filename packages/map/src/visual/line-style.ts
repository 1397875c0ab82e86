import type { Conflict, Person, PersonTie } from '@relmap/core';
import type { LegendKey } from './legend-key.ts';

/** How heavy a line is drawn. Carries support (client lines) or closeness (ties between two people). */
export type LineWeight = 'thin' | 'normal' | 'thick';

/**
 * The stroke pattern of a line. `dotted` is a distant or tenuous tie, `zigzag` a tie in low or high conflict
 * (see `LineStyle.conflict` for which), `heavy-zigzag` a hostile one. A cut-off tie is `solid` with
 * `cutoff: true`.
 */
export type LinePattern = 'solid' | 'dotted' | 'zigzag' | 'heavy-zigzag';

/**
 * Which ends of a client line carry an arrowhead, showing which way support flows. A client line runs from the
 * client (its start) to the person (its end), so `to-client` puts the arrowhead at the start. Ties between two
 * people never have arrows.
 */
export type Arrows = 'none' | 'to-client' | 'from-client' | 'both';

/** Whether a line joins the client to a person, or two people other than the client. */
export type LineKind = 'client' | 'person';

/**
 * Everything the map needs to know to draw one line, derived from the data by `clientLineStyle` or
 * `personLineStyle`. Each quality has its own channel (weight, pattern, marks, arrows, opacity), so that no
 * meaning rests on colour alone.
 */
export interface LineStyle {
  /** Support on a client line, closeness on a tie between two people. */
  readonly weight: LineWeight;
  /** Solid, dotted (tenuous or distant), zigzag (conflict) or heavy zigzag (hostile). */
  readonly pattern: LinePattern;
  /**
   * The conflict level the line was drawn from. It tells a low-conflict zigzag (smaller amplitude) from a
   * high-conflict one, which share the pattern `zigzag`.
   */
  readonly conflict: Conflict;
  /** The tie is cut off: the line is broken by a gap with a bar on each side. */
  readonly cutoff: boolean;
  /** The tie has ended or been lost: a single slash crosses the middle of the line. */
  readonly ended: boolean;
  /** Arrowheads showing the direction of support; always `none` between two people. */
  readonly arrows: Arrows;
  /** Drawn faded, because a person at one end has died. */
  readonly muted: boolean;
}

/** Options of `personLineStyle`. */
export interface PersonLineStyleOptions {
  /** Fade the line, for example because one of the two people has died. Default false. */
  readonly muted?: boolean;
}

/** The conflict part of a style: zigzag, heavy zigzag or a cut, which win over the dotted pattern. */
function conflictPattern(conflict: Conflict): Pick<LineStyle, 'pattern' | 'cutoff'> | undefined {
  switch (conflict) {
    case 'low':
    case 'high':
      return { pattern: 'zigzag', cutoff: false };
    case 'hostile':
      return { pattern: 'heavy-zigzag', cutoff: false };
    case 'cutoff':
      return { pattern: 'solid', cutoff: true };
    case 'none':
      return undefined;
  }
}

/**
 * The style of the line from the client to a person, from the person's inventory row (rules V1 to V7 of the
 * visual SPEC). Strong support is thick, some support normal, no support thin; a tie with neither support nor
 * conflict is tenuous and dotted, except in the inner circle, where it is thin and solid. Conflict wins over
 * the dotted pattern: low and high give a zigzag, hostile a heavy zigzag, a cut-off a thin solid line with a gap.
 * Arrowheads follow the direction of support, and there are none without support. A deceased person's line is
 * muted, and an ended tie carries a slash.
 */
export function clientLineStyle(person: Person): LineStyle {
  const { tie } = person;
  const byConflict = conflictPattern(tie.conflict);
  const bySupport: LineWeight = tie.support === 'strong' ? 'thick' : tie.support === 'some' ? 'normal' : 'thin';
  const weight: LineWeight = tie.conflict === 'cutoff' ? 'thin' : bySupport;
  return {
    weight,
    // In the inner circle a tie is close by definition, so no support there is thin, not tenuous.
    pattern: byConflict?.pattern ?? (tie.support === 'none' && tie.ring > 1 ? 'dotted' : 'solid'),
    conflict: tie.conflict,
    cutoff: byConflict?.cutoff ?? false,
    ended: tie.ended === true,
    arrows: tie.support === 'none' ? 'none' : arrowsFor(tie.supportDirection),
    muted: person.status === 'deceased',
  };
}

function arrowsFor(direction: Person['tie']['supportDirection']): Arrows {
  switch (direction) {
    case 'to-client':
      return 'to-client';
    case 'from-client':
      return 'from-client';
    case 'mutual':
      return 'both';
    case undefined:
      return 'none';
  }
}

/**
 * The style of a tie between two people other than the client (rule V8): close is thick and solid, normal is
 * solid, distant is thin and dotted; conflict is drawn as on client lines and wins over the dotted pattern; an
 * ended tie carries a slash. Such ties never have arrows. Pass `muted` when one of the two people has died.
 */
export function personLineStyle(tie: PersonTie, options: PersonLineStyleOptions = {}): LineStyle {
  const byConflict = conflictPattern(tie.conflict);
  const byCloseness: LineWeight = tie.closeness === 'close' ? 'thick' : tie.closeness === 'normal' ? 'normal' : 'thin';
  const weight: LineWeight = tie.conflict === 'cutoff' ? 'thin' : byCloseness;
  return {
    weight,
    pattern: byConflict?.pattern ?? (tie.closeness === 'distant' ? 'dotted' : 'solid'),
    conflict: tie.conflict,
    cutoff: byConflict?.cutoff ?? false,
    ended: tie.ended === true,
    arrows: 'none',
    muted: options.muted === true,
  };
}

/**
 * The legend entries a line of this style needs, so that a legend names every quality it shows: one entry for
 * its weight and pattern (`strong`, `some`, `no-support`, `tenuous`, or for a tie between two people `tie-close`,
 * `tie-normal`, `tie-distant`), one for its conflict, one for its arrows, and one each for a slash and for muting.
 * A cut-off line is named by `cutoff` alone, its thinness being part of that style. The entries come in legend
 * order, without repeats.
 */
export function lineStyleKeys(style: LineStyle, kind: LineKind = 'client'): LegendKey[] {
  const keys: LegendKey[] = [];
  if (!style.cutoff) keys.push(baseKey(style, kind));
  if (style.cutoff) keys.push('cutoff');
  else if (style.pattern === 'heavy-zigzag') keys.push('hostile');
  else if (style.pattern === 'zigzag') keys.push(style.conflict === 'low' ? 'conflict-low' : 'conflict');
  if (kind === 'client') {
    if (style.arrows === 'to-client') keys.push('support-to-client');
    if (style.arrows === 'from-client') keys.push('support-from-client');
    if (style.arrows === 'both') keys.push('support-mutual');
  }
  if (style.ended) keys.push('ended');
  if (style.muted) keys.push('deceased');
  return keys;
}

/** The entry that explains a line's weight (and its dots, when dotted). */
function baseKey(style: LineStyle, kind: LineKind): LegendKey {
  if (kind === 'person') {
    return style.weight === 'thick' ? 'tie-close' : style.weight === 'normal' ? 'tie-normal' : 'tie-distant';
  }
  if (style.weight === 'thick') return 'strong';
  if (style.weight === 'normal') return 'some';
  return style.pattern === 'dotted' ? 'tenuous' : 'no-support';
}
