import { afterEach, describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { command } from '@relmap/core';
import { cleanupBoth, mountBoth, settled } from '../relationship-table/testing/mount-table.ts';
import { accessibilityTree, spokenText } from '../testing/accessibility-tree.ts';
import { exposedText } from '../testing/private-texts.ts';

afterEach(() => {
  cleanupBoth();
  for (const el of document.querySelectorAll('relationship-detail')) el.remove();
});

const live = (root: ShadowRoot): string => root.querySelector('[role="status"]')!.textContent.replace(/\u200b/g, '');

describe('turning presenting on re-renders what is already on screen under the policy', () => {
  it("the map's live region forgets an announcement that named someone", async () => {
    const { map, table } = await mountBoth(maya.intake);
    map.dispatch(command('updatePerson', { id: 'jonas', changes: { name: 'Jonathan' } }));
    await settled(map, table);
    expect(live(map.shadowRoot!)).toBe('Jonas renamed to Jonathan.');
    map.presenting = true;
    await settled(map, table);
    expect(live(map.shadowRoot!)).toBe('');
    const tree = spokenText(await accessibilityTree());
    expect(tree).not.toContain('Jonathan');
    expect(tree).not.toContain('Jonas');
  });

  it("the table's message about two people goes when presenting starts", async () => {
    const { map, table } = await mountBoth(maya.intake);
    const root = table.shadowRoot!;
    const [first, second] = [...root.querySelectorAll<HTMLSelectElement>('form.add-tie select')];
    first!.value = 'jonas';
    second!.value = 'anneli';
    root.querySelector<HTMLFormElement>('form.add-tie')!.requestSubmit();
    await settled(map, table);
    const alert = (): string => root.querySelector('form.add-tie [role="alert"]')!.textContent;
    expect(alert()).toBe('Jonas and Anneli are already tied.');
    map.presenting = true;
    await settled(map, table);
    expect(alert()).toBe('');
    expect(exposedText(root)).not.toContain('Jonas');
    expect(exposedText(root)).not.toContain('Anneli');
  });
});

describe('blanking blanks every element bound to the map', () => {
  it('the table and the detail panel show nothing of the inventory while the map is blanked, and come back', async () => {
    const { map, table } = await mountBoth(maya.intake);
    const detail = document.createElement('relationship-detail');
    detail.setAttribute('for', 'the-map');
    detail.personId = 'jonas';
    document.body.append(detail);
    await detail.updateComplete;
    expect(exposedText(table.shadowRoot!)).toContain('Jonas');
    expect(exposedText(detail.shadowRoot!)).toContain('Jonas');

    map.blanked = true;
    await settled(map, table);
    await detail.updateComplete;
    for (const root of [map.shadowRoot!, table.shadowRoot!, detail.shadowRoot!]) {
      const seen = exposedText(root);
      for (const person of Object.values(maya.intake.people)) {
        expect(seen).not.toContain(person.name);
        expect(root.querySelector(`[data-id="${person.id}"]`)).toBeNull();
      }
    }
    const tree = spokenText(await accessibilityTree());
    for (const person of Object.values(maya.intake.people)) expect(tree).not.toContain(person.name);

    map.blanked = false;
    await settled(map, table);
    await detail.updateComplete;
    expect(exposedText(table.shadowRoot!)).toContain('Jonas');
    expect(exposedText(detail.shadowRoot!)).toContain('Jonas');
  });
});
