import { describe, expect, it } from 'vitest';
import { assertInventory, inventoryError, parseInventory } from './parse-inventory.ts';
import { parseInventoryJson } from './parse-inventory-json.ts';
import { findDuplicateKeys } from './duplicate-keys.ts';
import { serializeInventory } from './serialize-inventory.ts';
import { sampleInventory } from './testing/sample-inventory.ts';
import { CURRENT_VERSION } from '../model.ts';

/** The sample inventory as JSON text with one more `"key": value` right after the first occurrence of `after`. */
function withExtraMember(after: string, member: string): string {
  const text = serializeInventory(sampleInventory());
  const at = text.indexOf(after);
  expect(at).toBeGreaterThan(-1);
  return `${text.slice(0, at + after.length)}${member},${text.slice(at + after.length)}`;
}

describe('reading JSON text strictly', () => {
  it('V10: two records under one id are an error at that id, not "the last one wins"', () => {
    const inv = sampleInventory();
    const [id] = Object.keys(inv.people);
    const text = withExtraMember('"people": {', `"${id}": ${JSON.stringify(inv.people[id!])}`);
    const result = parseInventoryJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ path: `people.${id}`, message: expect.stringMatching(/^expected each key once in an object/) }]);
    // The text is valid JSON: only the duplicate stands between it and an inventory.
    expect(parseInventory(JSON.parse(text)).ok).toBe(true);
  });

  it('V10: a sensitivity given twice is refused at its path, whichever value comes last', () => {
    const text = serializeInventory(sampleInventory());
    const at = text.indexOf('"sensitivity": "private"');
    expect(at).toBeGreaterThan(-1);
    const twice = `${text.slice(0, at)}"sensitivity": "private", "sensitivity": "shareable"${text.slice(at + '"sensitivity": "private"'.length)}`;
    const result = parseInventoryJson(twice);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.path).toMatch(/\.sensitivity$/);
  });

  it('V10: paths through lists count their entries, and escaped keys are compared as read', () => {
    const text = '{"a": [{"x": 1}, {"x": 1, "y": 2, "\\u0079": 3}]}';
    const result = parseInventoryJson(text);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'a.1.y', message: expect.stringMatching(/appears more than once/) }],
    });
  });

  it('V10: the same key in different objects, and keys inside strings, are not duplicates', () => {
    expect(findDuplicateKeys(serializeInventory(sampleInventory()))).toEqual([]);
    expect(findDuplicateKeys('{"a": {"k": "\\"k\\": 1, {\\"k\\"", "j": [1, {"k": 2}]}, "b": {"k": 2}, "c": "}"}')).toEqual([]);
  });

  it('V11: a named property on a list built in memory is an error at its path, not dropped', () => {
    const inv = sampleInventory();
    const plain = JSON.parse(serializeInventory(inv)) as { events: Record<string, { people: string[] }> };
    const [eventId] = Object.keys(plain.events);
    const people = plain.events[eventId!]!.people as string[] & { note?: string };
    people.note = 'kept nowhere';
    const result = parseInventory(plain);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ path: `events.${eventId}.people.note`, message: expect.stringMatching(/only numbered entries in a list/) }]);
  });

  it('V9, G2: a newer version gives the same error code from inventoryError as assertInventory throws', () => {
    const newer = { ...JSON.parse(serializeInventory(sampleInventory())), version: CURRENT_VERSION + 1 };
    const result = parseInventory(newer);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    let thrown: unknown;
    try {
      assertInventory(newer);
    } catch (error) {
      thrown = error;
    }
    const made = inventoryError(result.errors);
    expect(made).toMatchObject({ code: 'unsupported-version', path: 'version' });
    expect(thrown).toMatchObject({ code: made.code, path: made.path, message: made.message });
  });
});
