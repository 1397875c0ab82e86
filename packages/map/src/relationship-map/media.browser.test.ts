/// <reference types="@vitest/browser-playwright" />
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { maya } from '@relmap/cases';
import { cleanup, mountMap, personNode } from '../testing/mount.ts';

async function emulate(features: { name: string; value: string }[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}

afterEach(async () => {
  cleanup();
  await emulate([]);
});

/** The computed value of a system colour, as the browser resolves it in the current mode. */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('<relationship-map> and the user’s media preferences', () => {
  it('with prefers-reduced-motion, an edit moves people to their new place at once, with no animation', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const map = await mountMap(maya.intake);
    const before = personNode(map, 'henrik').getAttribute('transform');
    map.dispatch({ name: 'setCloseness', args: { id: 'henrik', ring: 1 } });
    await map.updateComplete;
    const at = personNode(map, 'henrik').getAttribute('transform');
    expect(at).not.toBe(before);
    await new Promise((r) => setTimeout(r, 300));
    await map.updateComplete;
    expect(personNode(map, 'henrik').getAttribute('transform')).toBe(at);
  });

  it('in forced colours, every line and symbol is drawn in the system text colour and line styles stay distinct', async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const map = await mountMap(maya.intake);
    const text = systemColour('CanvasText');
    const strokes = [...map.shadowRoot!.querySelectorAll<SVGPathElement>('svg.map .line-stroke')];
    expect(strokes.length).toBeGreaterThan(5);
    for (const path of strokes) expect(getComputedStyle(path).stroke).toBe(text);
    // Conflict is red by default; in forced colours it must be the same colour as the rest, and still a zigzag.
    const patterns = new Set(
      [...map.shadowRoot!.querySelectorAll('svg.map g.line')].map((g) =>
        [...g.classList].find((c) => /^line--(solid|dotted|zigzag|heavy-zigzag|dashed)/.test(c)),
      ),
    );
    expect(patterns.size).toBeGreaterThan(1);
    expect(getComputedStyle(personNode(map, 'jonas').querySelector('.symbol')!).stroke).toBe(text);
    map.selection = ['jonas'];
    await map.updateComplete;
    expect(getComputedStyle(personNode(map, 'jonas').querySelector('.symbol')!).stroke).toBe(systemColour('Highlight'));
  });
});
