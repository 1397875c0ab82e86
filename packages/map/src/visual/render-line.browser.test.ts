import { svg } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderLine } from './render-line.ts';
import { PLAIN_STYLE, mount, mountLine, strokeOf as stroke, strokeWidth as width, subpathCount } from './testing/mount.ts';

describe('renderLine', () => {
  it('V12: a zigzag line has many segments and is much longer than the distance it spans', () => {
    const path = stroke(mountLine({ pattern: 'zigzag', conflict: 'high' }));
    expect((path.getAttribute('d')!.match(/L/g) ?? []).length).toBeGreaterThan(20);
    expect(path.getTotalLength()).toBeGreaterThan(340 * 1.3);
    expect(stroke(mountLine({})).getTotalLength()).toBeCloseTo(340, 0);
  });

  it('V13: a cut-off line has one gap (two subpaths) and two bar marks', () => {
    const group = mountLine({ weight: 'thin', cutoff: true, conflict: 'cutoff' });
    expect(subpathCount(stroke(group).getAttribute('d'))).toBe(2);
    const marks = group.querySelector<SVGPathElement>('[part~="line-marks"]')!;
    expect(subpathCount(marks.getAttribute('d'))).toBe(2);
    const box = marks.getBBox();
    expect(box.height).toBeGreaterThan(10);
    expect(width(marks)).toBeGreaterThan(width(stroke(group)));
  });

  it('V2: a dotted line uses a dash array of dots with round caps; a solid one none', () => {
    const dotted = getComputedStyle(stroke(mountLine({ weight: 'thin', pattern: 'dotted' })));
    expect(dotted.strokeDasharray).not.toBe('none');
    expect(dotted.strokeDasharray.split(/[ ,]+/)[0]).toBe('0px');
    expect(dotted.strokeLinecap).toBe('round');
    expect(getComputedStyle(stroke(mountLine({}))).strokeDasharray).toBe('none');
  });

  it('V1: a thick line is stroked wider than a normal one, and a normal wider than a thin one', () => {
    const thin = width(stroke(mountLine({ weight: 'thin' })));
    const normal = width(stroke(mountLine({ weight: 'normal' })));
    const thick = width(stroke(mountLine({ weight: 'thick' })));
    expect(thin).toBeCloseTo(1.25);
    expect(normal).toBeGreaterThan(thin);
    expect(thick).toBeGreaterThan(normal * 1.5);
  });

  it('V3: a hostile zigzag is stroked heavier than a zigzag of the same weight', () => {
    const zigzag = width(stroke(mountLine({ pattern: 'zigzag', conflict: 'high' })));
    const hostile = width(stroke(mountLine({ pattern: 'heavy-zigzag', conflict: 'hostile' })));
    expect(hostile).toBeGreaterThan(zigzag);
  });

  it('takes widths and colours from the custom properties a host sets', () => {
    const theme = '--relmap-line-thick: 9; --relmap-line-color: rgb(0, 0, 255); --relmap-conflict-color: rgb(200, 0, 0)';
    const thick = stroke(mountLine({ weight: 'thick' }, { hostStyle: theme }));
    expect(width(thick)).toBe(9);
    expect(getComputedStyle(thick).stroke).toBe('rgb(0, 0, 255)');
    const conflict = mountLine({ pattern: 'zigzag', conflict: 'low', arrows: 'both' }, { hostStyle: theme });
    expect(getComputedStyle(stroke(conflict)).stroke).toBe('rgb(200, 0, 0)');
    expect(getComputedStyle(conflict.querySelector('[part~="line-arrowheads"]')!).fill).toBe('rgb(200, 0, 0)');
    // Without a theme the line takes the surrounding text colour.
    expect(getComputedStyle(stroke(mountLine({}))).stroke).toBe('rgb(20, 30, 40)');
  });

  it('V6: a muted line is faded with the muted opacity', () => {
    expect(getComputedStyle(mountLine({ muted: true })).opacity).toBe('0.45');
    expect(getComputedStyle(mountLine({})).opacity).toBe('1');
  });

  it('V7 and V14: the slash is a mark, the arrowheads are filled triangles', () => {
    const group = mountLine({ ended: true, arrows: 'to-client' });
    expect(subpathCount(group.querySelector('[part~="line-marks"]')!.getAttribute('d'))).toBe(1);
    const arrows = group.querySelector('[part~="line-arrowheads"]')!;
    expect(arrows.getAttribute('d')).toMatch(/^M[^M]*Z$/);
    expect(getComputedStyle(arrows).fill).toBe('rgb(20, 30, 40)');
  });

  it('names the line for assistive technology only when given a label', () => {
    const labelled = mountLine({}, { label: 'Jonas: strong support' });
    expect(labelled.getAttribute('role')).toBe('img');
    expect(labelled.querySelector('title')?.textContent).toBe('Jonas: strong support');
    expect(labelled.hasAttribute('aria-hidden')).toBe(false);
    const plain = mountLine({});
    expect(plain.getAttribute('aria-hidden')).toBe('true');
    expect(plain.querySelector('title')).toBeNull();
    expect(plain.dataset['id']).toBe('jonas');
  });

  it('V15: draws no path at all when there is nothing to draw', () => {
    const line = renderLine({ x: 5, y: 5 }, { x: 5, y: 5 }, PLAIN_STYLE, { trimStart: 0, trimEnd: 0, id: 'x', kind: 'person' });
    const container = mount(svg`<svg>${line}</svg>`);
    expect(container.querySelectorAll('path')).toHaveLength(0);
  });
});
