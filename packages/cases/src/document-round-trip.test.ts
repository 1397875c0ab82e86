import { parseInventory, serializeInventory } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { cases } from './index.ts';

const versions = cases.flatMap((c) => [[`${c.id} intake`, c.intake] as const, [`${c.id} session 12`, c.session12] as const]);

describe.each(versions)('%s as a document', (_, inventory) => {
  it('is accepted by parseInventory as it is', () => {
    const result = parseInventory(inventory);
    if (!result.ok) expect.fail(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(result.inventory).toEqual(inventory);
  });

  it('survives serializeInventory, JSON.parse and parseInventory unchanged', () => {
    const result = parseInventory(JSON.parse(serializeInventory(inventory)));
    if (!result.ok) expect.fail(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(result.inventory).toEqual(inventory);
  });

  it('serializes to the same text every time', () => {
    expect(serializeInventory(inventory)).toBe(serializeInventory(inventory));
  });
});
