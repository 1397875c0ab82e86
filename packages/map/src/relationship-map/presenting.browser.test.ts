import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cases, daniel } from '@relmap/cases';
import { cleanup, mountMap, personNode } from '../testing/mount.ts';
import { exposedText, privateTexts } from '../testing/private-texts.ts';

afterEach(() => {
  cleanup();
  for (const el of document.querySelectorAll('relationship-detail')) el.remove();
});

describe('presenting mode keeps private notes out', () => {
  for (const c of cases) {
    for (const when of ['intake', 'session12'] as const) {
      it(`${c.id} (${when}): no private note in the map's or the detail panel's shadow DOM, ARIA or SVG export`, async () => {
        const inv = c[when];
        const secrets = privateTexts(inv);
        expect(secrets.length).toBeGreaterThan(0);
        const map = await mountMap(inv);
        map.id = 'map';
        map.presenting = true;
        await map.updateComplete;
        const detail = document.createElement('relationship-detail');
        detail.setAttribute('for', 'map');
        document.body.append(detail);
        const seen: string[] = [await map.toSVG(), exposedText(map.shadowRoot!)];
        for (const id of Object.keys(inv.people)) {
          detail.personId = id;
          await detail.updateComplete;
          seen.push(exposedText(detail.shadowRoot!));
        }
        const all = seen.join('\n');
        for (const secret of secrets) expect(all).not.toContain(secret);
        // The map speaks labels, not names: no name appears as text or in an ARIA attribute.
        const spoken = [...map.shadowRoot!.querySelectorAll('*')].flatMap((el) => [
          el.childElementCount === 0 ? (el.textContent ?? '') : '',
          ...[...el.attributes].filter((a) => a.name.startsWith('aria-')).map((a) => a.value),
        ]);
        for (const person of Object.values(inv.people)) {
          if (person.name.length > 2) expect(spoken.filter((s) => s.includes(person.name))).toEqual([]);
        }
      });
    }
  }

  it('shows the same private notes when not presenting, so the check above can fail', async () => {
    const inv = cases[0]!.intake;
    const map = await mountMap(inv);
    map.id = 'map';
    const detail = document.createElement('relationship-detail');
    detail.setAttribute('for', 'map');
    document.body.append(detail);
    const seen: string[] = [];
    for (const id of Object.keys(inv.people)) {
      detail.personId = id;
      await detail.updateComplete;
      seen.push(exposedText(detail.shadowRoot!));
    }
    const personNotes = Object.values(inv.people).flatMap((p) => privateTexts({ ...inv, ties: {}, events: {}, focus: {}, people: { [p.id]: p } }));
    expect(personNotes.length).toBeGreaterThan(0);
    for (const secret of personNotes) expect(seen.join('\n')).toContain(secret);
  });
});

describe('presenting mode speaks no name in the live region', () => {
  it('announces a removed or renamed person by the label on screen, not by name', async () => {
    const inv = daniel.intake;
    const person = Object.values(inv.people).find((p) => p.name.length > 2)!;
    const map = await mountMap(inv);
    map.presenting = true;
    await map.updateComplete;
    const live = (): string => map.shadowRoot!.querySelector('[role="status"]')!.textContent.replace(/\u200b/g, '');
    map.dispatch({ name: 'updatePerson', args: { id: person.id, changes: { name: `${person.name}a` } } });
    await map.updateComplete;
    expect(live()).not.toContain(person.name);
    map.dispatch({ name: 'removePerson', args: { id: person.id } });
    await map.updateComplete;
    expect(live()).toMatch(/ removed\.$/);
    expect(live()).not.toContain(person.name);
  });
});

describe('presenting mode shows dates relative to now', () => {
  it('says a death date as time ago from the now it is given, and as the date when not presenting', async () => {
    const helen = Object.values(daniel.intake.people).find((p) => p.status === 'deceased' && p.died)!;
    const map = await mountMap(daniel.intake);
    expect(personNode(map, helen.id).querySelector('.dates')!.textContent).toContain(helen.died!);
    const [year, month = '01'] = helen.died!.split('-');
    map.now = new Date(Date.UTC(Number(year), Number(month) - 1 + 4, 15));
    map.presenting = true;
    await map.updateComplete;
    const dates = personNode(map, helen.id).querySelector('.dates')!.textContent;
    expect(dates).not.toContain(helen.died!);
    expect(dates).toMatch(helen.died!.length === 4 ? /year/ : /4 months ago/);
  });

  it('takes now once from the window when the host sets none', async () => {
    const map = await mountMap(daniel.intake);
    expect(map.now).toBeInstanceOf(Date);
  });
});

describe('blanking', () => {
  it('B removes the whole map from the DOM at once and brings it back, firing relmap-blank', async () => {
    const map = await mountMap(cases[0]!.intake);
    map.presenting = true;
    const events: boolean[] = [];
    map.addEventListener('relmap-blank', (e) => events.push(e.detail.blanked));
    const first = Object.keys(cases[0]!.intake.people).sort()[0]!;
    personNode(map, first).focus();
    await userEvent.keyboard('b');
    await map.updateComplete;
    expect(map.blanked).toBe(true);
    expect(map.shadowRoot!.querySelector('svg')).toBeNull();
    expect(map.shadowRoot!.querySelectorAll('[aria-label]').length).toBe(1);
    expect(map.shadowRoot!.activeElement?.classList.contains('blank')).toBe(true);
    await userEvent.keyboard('b');
    await map.updateComplete;
    expect(map.blanked).toBe(false);
    expect(map.shadowRoot!.querySelectorAll('g.person').length).toBe(Object.keys(cases[0]!.intake.people).length);
    expect(events).toEqual([true, false]);
  });

  it('a B typed into the quick-add field is text, not the blanking key', async () => {
    const map = await mountMap(cases[0]!.intake);
    const input = map.shadowRoot!.querySelector<HTMLInputElement>('.quick-add input')!;
    input.focus();
    await userEvent.keyboard('Bob');
    expect(map.blanked).toBe(false);
    expect(input.value).toBe('Bob');
  });
});
