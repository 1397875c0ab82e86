import { expect } from 'vitest';
import type { ParseResult } from '../parse-inventory.ts';
import type { ValidationIssue } from '../../errors.ts';
import { plainCopy, sampleInventory } from './sample-inventory.ts';

/** The errors of a result that must be a failure; fails the test when it is not. */
export function errorsOf(result: ParseResult): ValidationIssue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** The sample inventory as mutable plain data, changed by `edit`, as a test would write a broken file by hand. */
export function edited(edit: (doc: any) => void): any {
  const doc = plainCopy(sampleInventory());
  edit(doc);
  return doc;
}
