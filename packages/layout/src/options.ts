import { RelmapError, type Person } from '@relmap/core';

/** How the layout sizes and spaces things. Every field is optional; units are SVG user units. */
export interface LayoutOptions {
  /** Distance between neighbouring rings when they are not crowded; default 90. */
  readonly ringSpacing?: number;
  /** Radius of the client's symbol at the centre; default 36. */
  readonly clientRadius?: number;
  /** Radius of a person's symbol (a circle, or a rounded square for a group); default 18. */
  readonly nodeRadius?: number;
  /** Height of a label line, drawn under the symbol; default 16 (a 13px font). */
  readonly labelHeight?: number;
  /** Space between a symbol and its label; default 4. */
  readonly labelGap?: number;
  /** Space kept clear around every person, on top of symbol and label; default 4. */
  readonly padding?: number;
  /**
   * The widest a label may be; default 160. Longer labels are laid out at this width, so the element should cut
   * them off with an ellipsis at the same width. `Infinity` lays out every label at full length.
   */
  readonly maxLabelWidth?: number;
  /**
   * The width of a label's text. The default estimates it as 6.5 units per character (a 13px sans-serif font),
   * because the layout must run without a DOM; an element that can measure text may pass a measuring function.
   */
  readonly measureLabel?: (text: string) => number;
  /** The text shown under a person; default their name. A presenting view may pass alias or initials instead. */
  readonly label?: (person: Person) => string;
  /** The most ticks `settle()` runs when given no budget; default 300. */
  readonly maxTicks?: number;
}

/** Layout options with every default filled in; each field means what it means in `LayoutOptions`. */
export interface ResolvedOptions {
  readonly ringSpacing: number;
  readonly clientRadius: number;
  readonly nodeRadius: number;
  readonly labelHeight: number;
  readonly labelGap: number;
  readonly padding: number;
  readonly maxLabelWidth: number;
  readonly measureLabel: (text: string) => number;
  readonly label: (person: Person) => string;
  readonly maxTicks: number;
}

/** Estimated width of a label at 13px: 6.5 units per character, counting code points, not UTF-16 units. */
export function estimateLabelWidth(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count * 6.5;
}

/** Fills in the defaults and rejects sizes that would make the geometry meaningless. */
export function resolveOptions(options: LayoutOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    ringSpacing: options.ringSpacing ?? 90,
    clientRadius: options.clientRadius ?? 36,
    nodeRadius: options.nodeRadius ?? 18,
    labelHeight: options.labelHeight ?? 16,
    labelGap: options.labelGap ?? 4,
    padding: options.padding ?? 4,
    maxLabelWidth: options.maxLabelWidth ?? 160,
    measureLabel: options.measureLabel ?? estimateLabelWidth,
    label: options.label ?? ((person) => person.name),
    maxTicks: options.maxTicks ?? 300,
  };
  for (const key of ['ringSpacing', 'clientRadius', 'nodeRadius'] as const) {
    if (!(resolved[key] > 0) || !Number.isFinite(resolved[key])) {
      const got = String(resolved[key]);
      throw new RelmapError('invalid-argument', `options.${key}`, `expected a positive finite number, got ${got}.`);
    }
  }
  for (const key of ['labelHeight', 'labelGap', 'padding', 'maxLabelWidth', 'maxTicks'] as const) {
    if (!(resolved[key] >= 0)) {
      const got = String(resolved[key]);
      throw new RelmapError('invalid-argument', `options.${key}`, `expected zero or more, got ${got}.`);
    }
  }
  return resolved;
}
