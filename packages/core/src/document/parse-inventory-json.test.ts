import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { parseInventoryJson } from './parse-inventory-json.ts';
import { serializeInventory } from './serialize-inventory.ts';
import { sampleInventory } from './testing/sample-inventory.ts';

describe('parseInventoryJson', () => {
  it('V8: reads what serializeInventory writes', () => {
    const inv = sampleInventory();
    expect(parseInventoryJson(serializeInventory(inv))).toEqual({ ok: true, inventory: inv });
  });

  it('skips a byte order mark at the start of the text', () => {
    const inv = sampleInventory();
    expect(parseInventoryJson(`\uFEFF${serializeInventory(inv)}`)).toEqual({ ok: true, inventory: inv });
  });

  it('V5: refuses text over LIMITS.jsonLength before parsing it, saying the limit', () => {
    // Over the limit but not valid JSON: only the length check can have answered.
    const text = '{'.repeat(LIMITS.jsonLength + 1);
    expect(parseInventoryJson(text)).toEqual({
      ok: false,
      errors: [{ path: '', message: `expected at most ${LIMITS.jsonLength} characters of JSON, got ${LIMITS.jsonLength + 1}.` }],
    });
  });

  it('V1, V2: says that malformed JSON is malformed, and where when the engine says', () => {
    const result = parseInventoryJson('{\n  "schema": "relmap/inventory",\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('');
    expect(result.errors[0]?.message).toMatch(/^expected well-formed JSON, but the text is malformed/);
    expect(result.errors[0]?.message).toContain('line 3, column 1');
  });

  it('never repeats an excerpt of the text in the message: it may be a private note', () => {
    const result = parseInventoryJson('{"notes": "Her secret fear of flying" oops}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).not.toContain('secret');
  });

  it('V1: never throws, even when called with something that is not text', () => {
    for (const input of [undefined, null, 42, {}, '', ' ', 'null', '[]', '"x"']) {
      const result = parseInventoryJson(input as string);
      expect(result.ok).toBe(false);
    }
  });

  it('V1: deeply nested JSON is refused by the depth check, not by a stack overflow', () => {
    const depth = 100_000;
    const result = parseInventoryJson('['.repeat(depth) + ']'.repeat(depth));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain(`at most ${LIMITS.depth} levels`);
  });

  it('V7: a "__proto__" key in JSON is an error and pollutes nothing', () => {
    const text = serializeInventory(sampleInventory()).replace('"people": {', '"people": {"__proto__": {"polluted": 1},');
    const result = parseInventoryJson(text);
    expect(result).toEqual({ ok: false, errors: [{ path: 'people.__proto__', message: expect.stringContaining('"__proto__"') }] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
