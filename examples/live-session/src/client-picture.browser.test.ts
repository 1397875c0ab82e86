import { describe, expect, it } from 'vitest';
import { cases } from '@relmap/cases';
import { clientPicture } from './client-picture.ts';
import { privateTexts } from './testing/test-helpers.ts';

describe('the picture as the client sees it', () => {
  for (const c of cases) {
    it(`of ${c.id} (session 12) has no private note and no name, only the shared labels, and leaves no map behind`, async () => {
      const inv = c.session12;
      const picture = await clientPicture(window, inv, { blanked: false, labelMode: 'initials', theme: 'light' });
      expect(picture.svg).toMatch(/^<svg/);
      for (const secret of privateTexts(inv)) expect(picture.svg).not.toContain(secret);
      const text = [...new DOMParser().parseFromString(picture.svg, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent).join('\n');
      for (const p of Object.values(inv.people)) if (p.name.length > 2) expect(text).not.toContain(p.name);
      expect(document.querySelectorAll('relationship-map')).toHaveLength(0);
    });
  }

  it('makes a PNG from the same drawing', async () => {
    const picture = await clientPicture(window, cases[0]!.intake, { blanked: false, labelMode: 'role', theme: 'dark' });
    const png = await picture.png();
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(1000);
  });
});
