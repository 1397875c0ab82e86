import type { ResolvedOptions } from './options.ts';

/** How much room one symbol with its label takes, as the layout sees it. */
export interface NodeSize {
  /** The label width used for layout, after the `maxLabelWidth` cap. */
  readonly labelWidth: number;
  /** Half the width of the symbol-and-label box. */
  readonly halfWidth: number;
  /** How far the box reaches above the node's centre (the top of the symbol). */
  readonly above: number;
  /** How far the box reaches below the node's centre (the bottom of the label). */
  readonly below: number;
  /** The collision radius: no other node's collision circle may overlap this one's. */
  readonly radius: number;
}

/**
 * The room a symbol of radius `symbolRadius` with a one-line label underneath needs. The collision circle is
 * centred on the symbol, and its radius is the larger of half the box's width (so neighbours side by side clear
 * each other's labels) and half the box's height (so a node directly below clears the label above it), plus
 * padding. A circle is cruder than the box, but it is what d3's collision force understands, and it errs on the
 * side of space.
 */
export function nodeSize(text: string, symbolRadius: number, options: ResolvedOptions): NodeSize {
  const measured = text.length === 0 ? 0 : options.measureLabel(text);
  const labelWidth = Math.min(Number.isFinite(measured) && measured > 0 ? measured : 0, options.maxLabelWidth);
  const halfWidth = Math.max(symbolRadius, labelWidth / 2);
  const above = symbolRadius;
  const below = symbolRadius + (labelWidth > 0 ? options.labelGap + options.labelHeight : 0);
  const radius = Math.max(halfWidth, (above + below) / 2) + options.padding;
  return { labelWidth, halfWidth, above, below, radius };
}
