import type { ValidationIssue } from '../errors.ts';

/** At most this many issues are returned; when more were found, the last one says how many were left out. */
export const MAX_ISSUES = 100;

const MAX_KEY_IN_PATH = 100;

/**
 * Appends a key to a dotted path (`people` + `jonas` gives `people.jonas`; the root is `''`). A key longer than
 * any valid id or field name is cut short, so that a hostile multi-megabyte key cannot bloat every error.
 */
export function joinPath(path: string, key: string | number): string {
  const part = typeof key === 'string' && key.length > MAX_KEY_IN_PATH ? `${key.slice(0, MAX_KEY_IN_PATH)}…` : key;
  return path === '' ? String(part) : `${path}.${part}`;
}

/** Makes one frozen issue. */
export function issue(path: string, message: string): ValidationIssue {
  return Object.freeze({ path, message });
}

/**
 * Collects the issues of one document: keeps the first `MAX_ISSUES` and counts the rest. A path can be
 * "covered", after which issues at that path or below it are ignored: once the reader has said that
 * `people.jonas.born` is a Date object, the schema need not add that it is missing.
 */
export class IssueList {
  private readonly kept: ValidationIssue[] = [];
  private total = 0;
  private readonly covered = new Set<string>();
  private incomplete = false;

  /**
   * Whether so many issues were found that looking for more is wasted work: a hostile document could otherwise
   * make the checks build millions of messages that no one will read.
   */
  get saturated(): boolean {
    return this.total >= MAX_ISSUES * 10;
  }

  /** Notes that checking stopped early, so that the count of left-out problems is a lower bound. */
  stopEarly(): void {
    this.incomplete = true;
  }

  /** How many issues were found, including those that will be left out. */
  get size(): number {
    return this.total;
  }

  /** Records an issue, unless its path is covered. */
  add(entry: ValidationIssue): void {
    if (this.isCovered(entry.path)) return;
    this.total++;
    if (this.kept.length < MAX_ISSUES) this.kept.push(entry);
  }

  /** Records an issue and covers its path. */
  addAndCover(entry: ValidationIssue): void {
    this.add(entry);
    this.covered.add(entry.path);
  }

  /** The issues to hand back: at most `MAX_ISSUES`, the last saying how many more were left out. */
  toArray(): ValidationIssue[] {
    if (this.total <= MAX_ISSUES) return [...this.kept];
    const shown = this.kept.slice(0, MAX_ISSUES - 1);
    const left = `${this.incomplete ? 'at least ' : ''}${this.total - shown.length}`;
    return [...shown, issue('', `${left} more problems were found and left out, to keep this list to ${MAX_ISSUES} entries.`)];
  }

  private isCovered(path: string): boolean {
    if (this.covered.size === 0) return false;
    if (this.covered.has('') || this.covered.has(path)) return true;
    for (let at = path.indexOf('.'); at !== -1; at = path.indexOf('.', at + 1)) {
      if (this.covered.has(path.slice(0, at))) return true;
    }
    return false;
  }
}
