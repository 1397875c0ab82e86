import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cases, maya } from '@relmap/cases';
import { describePerson } from './describe.ts';
import { defaultStrings } from '../strings.ts';
import { cleanup, mountMap, nextFrame, personNode } from '../testing/mount.ts';
import { privateTexts } from '../testing/private-texts.ts';
import { accessibilityTree, findAll, findOne, spokenText, type AxNode } from '../testing/accessibility-tree.ts';

// axe checks the DOM; these tests read what the browser actually hands to a screen reader (Chromium's computed
// accessibility tree), after ARIA, shadow roots and hidden content have been resolved.
afterEach(cleanup);

const isPerson = (node: AxNode): boolean => node.role === 'button' && node.properties['roledescription'] === 'person';
const everything = (root: AxNode): string =>
  findAll(root, () => true)
    .map((n) => `${n.name}\n${n.description}`)
    .join('\n');

describe('what a screen reader receives from <relationship-map>', () => {
  it('a named application with a description of its structure, and one person button per person, named in full', async () => {
    const inv = maya.intake;
    const map = await mountMap(inv);
    const root = await accessibilityTree();
    const app = findOne(root, (n) => n.role === 'application', 'map application');
    expect(app.name).toBe('Relationship map');
    expect(app.description).toMatch(new RegExp(`^${inv.client.label} at the centre, \\d+ people on 3 closeness rings\\.`));
    // The two sentences of the description are read as sentences, not run together.
    expect(app.description).not.toMatch(/\.[A-Z]/);

    const people = findAll(app, isPerson);
    expect(people).toHaveLength(Object.keys(inv.people).length);
    const rings = inv.settings.ringLabels.map((label, i) => `${label} (ring ${i + 1})`);
    for (const person of Object.values(inv.people)) {
      const expected = describePerson(person, 'name', rings, defaultStrings);
      expect(people.map((p) => p.name).some((name) => name.startsWith(expected.split(', linked to')[0]!))).toBe(true);
    }
    // Rings, lines and the client's symbol carry nothing a listener needs: only people are exposed in the map.
    expect(findAll(app, (n) => ['image', 'graphics-symbol', 'graphics-object', 'img'].includes(n.role))).toEqual([]);
    map.remove();
  });

  it('follows a keyboard change: the person is renamed in the tree and the live region says what happened', async () => {
    const map = await mountMap(maya.intake);
    const sara = Object.values(maya.intake.people).find((p) => p.name === 'Sara')!;
    personNode(map, sara.id).focus();
    await userEvent.keyboard('+');
    await userEvent.keyboard(' ');
    await map.updateComplete;
    await nextFrame();
    const root = await accessibilityTree();
    const button = findOne(root, (n) => isPerson(n) && n.name.startsWith('Sara,'), 'Sara');
    expect(button.name).toContain('Inner circle (ring 1)');
    expect(button.properties['pressed']).toBe('true');
    const status = findOne(root, (n) => n.properties['live'] === 'polite', 'live region');
    expect(status.role).toBe('status');
    expect(spokenText(status)).toContain('Sara');
    expect(spokenText(status)).toMatch(/inner circle/i);
  });

  for (const c of cases) {
    it(`presenting ${c.id}: no name and no private note anywhere in the tree`, async () => {
      const inv = c.session12;
      const map = await mountMap(inv);
      map.presenting = true;
      await map.updateComplete;
      await nextFrame();
      const exposed = everything(await accessibilityTree());
      // Initials are shown, so names of one or two letters could match them; real names are longer.
      for (const p of Object.values(inv.people)) if (p.name.length > 2) expect(exposed).not.toContain(p.name);
      for (const secret of privateTexts(inv)) expect(exposed).not.toContain(secret);
      expect(findAll(await accessibilityTree(), isPerson)).toHaveLength(Object.keys(inv.people).length);
    });
  }
});
