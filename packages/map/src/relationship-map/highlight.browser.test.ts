import { afterEach, describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { cleanup, mountMap, personNode } from '../testing/mount.ts';

afterEach(cleanup);

describe('<relationship-map> highlight', () => {
  it('draws a halo and the person-highlighted part on exactly the highlighted people, without selecting them', async () => {
    const map = await mountMap(maya.session12);
    map.highlight = ['sara', 'henrik', 'nobody'];
    await map.updateComplete;
    const root = map.shadowRoot!;
    expect([...root.querySelectorAll('g.person.highlighted')].map((g) => g.getAttribute('data-id')).sort()).toEqual(['henrik', 'sara']);
    expect(root.querySelectorAll('.halo')).toHaveLength(2);
    expect(personNode(map, 'sara').getAttribute('part')).toContain('person-highlighted');
    expect(personNode(map, 'sara').getAttribute('aria-pressed')).toBe('false');
    expect(map.selection).toEqual([]);
    map.highlight = [];
    await map.updateComplete;
    expect(root.querySelectorAll('.halo')).toHaveLength(0);
  });
});
