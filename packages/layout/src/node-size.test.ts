import { describe, expect, it } from 'vitest';
import { nodeSize } from './node-size.ts';
import { estimateLabelWidth, resolveOptions } from './options.ts';

describe('nodeSize', () => {
  const options = resolveOptions();

  it('estimates 6.5 units per character, counting characters rather than UTF-16 units', () => {
    expect(estimateLabelWidth('Anna')).toBe(26);
    expect(estimateLabelWidth('Zoë 😀')).toBe(32.5);
  });

  it('makes room for the symbol and the label under it: half the box height for short labels', () => {
    // Symbol 18 above the centre, 18 + 4 + 16 below: a box 56 high, so 28, plus padding 4.
    expect(nodeSize('Mum', 18, options).radius).toBe(32);
  });

  it('makes room for half the label width for long labels, up to maxLabelWidth', () => {
    expect(nodeSize('Grandmother Rose', 18, options)).toMatchObject({ labelWidth: 104, radius: 56 });
    expect(nodeSize('x'.repeat(200), 18, options)).toMatchObject({ labelWidth: 160, radius: 84 });
  });

  it('uses a measuring function when one is given', () => {
    const measured = resolveOptions({ measureLabel: () => 90 });
    expect(nodeSize('anything', 18, measured)).toMatchObject({ labelWidth: 90, radius: 49 });
  });

  it('rejects sizes that make no sense, naming the option', () => {
    expect(() => resolveOptions({ ringSpacing: 0 })).toThrow(/options\.ringSpacing/);
    expect(() => resolveOptions({ padding: -1 })).toThrow(/options\.padding/);
  });
});
