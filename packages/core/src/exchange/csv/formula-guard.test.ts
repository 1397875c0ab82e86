import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from './formula-guard.ts';

describe('spreadsheet formula guard', () => {
  it('puts a quote before a cell a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+44 20', '-2', '@SUM(A1)', '\t=1', '\r=1']) expect(guardFormula(text)).toBe(`'${text}`);
    for (const text of ['Jonas', '', "'", "'Tis", 'a=b', '1-2']) expect(guardFormula(text)).toBe(text);
  });

  it('escapes a leading quote only where reading it back would otherwise lose it', () => {
    expect(guardFormula("'=1")).toBe("''=1");
    expect(guardFormula("''")).toBe("'''");
  });

  it('gives back exactly the text it guarded, for any text', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') });
    fc.assert(fc.property(text, (value) => unguardFormula(guardFormula(value)) === value));
  });

  it("leaves a foreign file's leading quote alone unless a formula follows it", () => {
    expect(unguardFormula("'Tis")).toBe("'Tis");
    expect(unguardFormula("'=1")).toBe('=1');
  });
});
