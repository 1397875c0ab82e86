import { describe, expect, it } from 'vitest';
import { LEGEND_ORDER, legendStrings, type LegendKey } from './legend.ts';
import { renderLegend } from './render-legend.ts';
import { mount, subpathCount } from './testing/mount.ts';

describe('renderLegend', () => {
  it('V9: shows one entry per key, in the given order, with its text and a hidden sample', () => {
    const keys: LegendKey[] = ['strong', 'tenuous', 'hostile', 'cutoff', 'support-mutual', 'deceased', 'group'];
    const container = mount(renderLegend(keys, legendStrings, 'Line styles'));
    const section = container.querySelector('section')!;
    expect(section.getAttribute('part')).toBe('legend');
    expect(section.getAttribute('aria-label')).toBe('Line styles');
    const entries = [...section.querySelectorAll('[part~="legend-entry"]')];
    expect(entries.map((entry) => entry.getAttribute('data-key'))).toEqual(keys);
    expect(entries.map((entry) => entry.textContent?.trim())).toEqual(keys.map((key) => legendStrings[key]));
    for (const entry of entries) {
      const sample = entry.querySelector('svg')!;
      expect(sample.getAttribute('aria-hidden')).toBe('true');
      expect(sample.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
    }
  });

  it('uses the strings it is given, so a host can translate it', () => {
    const strings = { ...legendStrings, cutoff: 'Kontaktabbruch' };
    const container = mount(renderLegend(['cutoff'], strings));
    expect(container.querySelector('[part~="legend-text"]')?.textContent).toBe('Kontaktabbruch');
    expect(container.querySelector('section')?.getAttribute('aria-label')).toBe('Legend');
  });

  it('V10: draws each line sample with the map line of the same style', () => {
    const container = mount(renderLegend(LEGEND_ORDER));
    const part = (key: LegendKey) => container.querySelector(`[data-key="${key}"] g`)?.getAttribute('part')?.split(' ') ?? [];
    expect(part('strong')).toEqual(expect.arrayContaining(['line', 'line-solid', 'line-thick', 'line-client']));
    expect(part('tenuous')).toEqual(expect.arrayContaining(['line-dotted', 'line-thin']));
    expect(part('tie-close')).toEqual(expect.arrayContaining(['line-thick', 'line-person']));
    expect(part('hostile')).toContain('line-heavy-zigzag');
    expect(part('cutoff')).toContain('line-cutoff');
    expect(part('ended')).toContain('line-ended');
    expect(container.querySelectorAll('[data-key="support-mutual"] [part~="line-arrowheads"]')).toHaveLength(1);
    expect(subpathCount(container.querySelector('[data-key="support-mutual"] [part~="line-arrowheads"]')!.getAttribute('d'))).toBe(2);
  });
});
