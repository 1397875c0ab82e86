/**
 * A rough, bounded measure of one fuzz input, for the log of `pnpm fuzz`: how many values it holds, how deep it
 * goes and how many characters its strings carry. It must itself survive the inputs it measures, so it stops
 * counting after `budget` values, visits each object once (a cycle or a shared object is not counted again) and
 * counts the slots of an array by its length, never by walking a sparse one.
 */
export interface InputSize {
  /** Values met, nested ones included; an array counts its `length` slots even when they are empty. */
  readonly values: number;
  /** The deepest nesting met (1 for a leaf). */
  readonly depth: number;
  /** The characters of every string met, keys included. */
  readonly chars: number;
  /** Whether counting stopped at the budget, so that the figures are lower bounds. */
  readonly truncated: boolean;
}

/** Measures `input` without ever throwing, walking at most `budget` values. */
export function inputSize(input: unknown, budget = 200_000): InputSize {
  let values = 0;
  let depth = 0;
  let chars = 0;
  let walked = 0;
  const seen = new Set<object>();
  const stack: [unknown, number][] = [[input, 1]];
  try {
    while (stack.length > 0) {
      if (++walked > budget) return { values, depth, chars, truncated: true };
      const [value, level] = stack.pop()!;
      values++;
      depth = Math.max(depth, level);
      if (typeof value === 'string') chars += value.length;
      if (typeof value !== 'object' || value === null || seen.has(value)) continue;
      seen.add(value);
      if (Array.isArray(value)) {
        // Only the own indices that exist are walked: a sparse array of a billion slots has a handful.
        const present = Object.keys(value).slice(0, budget);
        values += Math.max(0, value.length - present.length);
        for (const key of present) stack.push([(value as unknown[])[Number(key)], level + 1]);
        continue;
      }
      for (const key of Object.keys(value).slice(0, budget)) {
        chars += key.length;
        stack.push([(value as Record<string, unknown>)[key], level + 1]);
      }
    }
  } catch {
    return { values, depth, chars, truncated: true };
  }
  return { values, depth, chars, truncated: false };
}

/** The measure in a few words, for one log line. */
export function describeSize(size: InputSize): string {
  const more = size.truncated ? '+' : '';
  return `${size.values}${more} values, depth ${size.depth}${more}, ${size.chars}${more} chars`;
}
