/** How `describeValue` may show a string. */
export interface DescribeOptions {
  /**
   * Whether a string may be quoted. Off for names and notes, so that an error message never repeats what the
   * clinician wrote about someone; on for ids, dates and enumerated values, which are short and help debugging.
   */
  readonly quote?: boolean;
}

const MAX_QUOTED = 40;

/**
 * A short, safe description of a value for an error message ("4", `"grief"`, "an array", "a function"). It never
 * reads properties of objects, so it cannot trigger a getter or a proxy trap.
 */
export function describeValue(value: unknown, options: DescribeOptions = {}): string {
  switch (typeof value) {
    case 'string':
      if (value.length === 0) return 'an empty text';
      if (options.quote === false) return value.length === 1 ? 'a text of 1 character' : `a text of ${value.length} characters`;
      return JSON.stringify(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'bigint':
      return 'a BigInt';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? 'an array' : 'an object';
  }
}

/**
 * Describes a value that is not plain data ("a Date object", "a Map object", "an instance of a class"). Reading
 * the tag of an object may run a getter or a proxy trap, so any throw falls back to a neutral description.
 */
export function describeForeign(value: unknown): string {
  if (typeof value !== 'object' || value === null) return describeValue(value);
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    if (tag === 'Object') return 'an object with a prototype of its own (such as a class instance)';
    if (!/^[A-Za-z0-9]{1,40}$/.test(tag)) return 'an object that is not plain data';
    return `${/^[AEIOU]/.test(tag) ? 'an' : 'a'} ${tag} object`;
  } catch {
    return 'an object that is not plain data';
  }
}
