import { afterEach, describe, expect, it } from 'vitest';
import { cases, daniel, maya, ruth } from '@relmap/cases';
import { cleanup, mountMap } from '../testing/mount.ts';
import { privateTexts } from '../testing/private-texts.ts';
import { createHandout } from './create-handout.ts';

afterEach(cleanup);

/** The handout as a document, and everything in it a reader or a program could find: its markup and its text. */
function read(html: string): { doc: Document; all: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { doc, all: `${html}\n${doc.body.textContent ?? ''}` };
}

const NOW = new Date(2026, 2, 14);

describe('createHandout: the client’s one-page handout', () => {
  for (const c of cases) {
    it(`V36: ${c.id}: the default version carries no private note, formulation note, event label or full name, though the map shows names`, async () => {
      const inv = c.session12;
      const map = await mountMap(inv, { width: 1280, height: 720 });
      map.now = NOW;
      // The therapist's own screen: names, not presenting.
      expect(map.shadowRoot!.innerHTML).toContain(Object.values(inv.people).find((p) => p.name.length > 2)!.name);
      const { doc, all } = read(await createHandout(map));
      const never = [
        ...privateTexts(inv),
        ...Object.values(inv.focus).flatMap((f) => [f.note?.text, f.transitionFrom, f.transitionTo]),
        ...Object.values(inv.events).map((e) => e.label.text),
      ]
        .filter((t): t is string => typeof t === 'string' && t.trim().length > 3)
        // Words a shareable goal also uses ("working parent") are the client's as well as the clinician's.
        .filter((t) => !Object.values(inv.goals).some((g) => g.wording.sensitivity === 'shareable' && g.wording.text.includes(t)));
      expect(never.length).toBeGreaterThan(0);
      for (const secret of never) expect(all, secret).not.toContain(secret);
      // The agreed shareable goals are there, with the people they name by the label mode.
      const shareable = Object.values(inv.goals).filter((g) => g.agreed && g.wording.sensitivity === 'shareable');
      expect(shareable.length).toBeGreaterThan(0);
      expect(doc.querySelectorAll('.goals li:not(.blank)').length).toBe(shareable.length);
      for (const person of Object.values(inv.people)) if (person.name.length > 2) expect(all, person.name).not.toContain(person.name);
      // The map, its legend and the focus are there; the handout leaves no one on the therapist's screen behind.
      expect(doc.querySelectorAll('figure.map > svg').length).toBe(1);
      expect(doc.querySelector('.focus')!.textContent).toContain('We are working on');
      expect(doc.querySelector('.date')!.textContent).toContain('2026');
      expect(doc.querySelectorAll('script, link, img[src^="http"]').length).toBe(0);
      expect(document.querySelectorAll('relationship-map').length).toBe(1);
    });
  }

  it('V36: says the primary focus in plain words, by the label mode: grief after the death of H.', async () => {
    const map = await mountMap(daniel.session12);
    const { doc } = read(await createHandout(map, { date: '14 March 2026' }));
    expect(doc.querySelector('.focus p')!.textContent).toBe('Grief after the death of H.');
    expect(doc.querySelector('.client')!.textContent).toBe('D');
    expect(doc.querySelector('.date')!.textContent).toBe('14 March 2026');
    map.labelMode = 'role';
    await map.updateComplete;
    const byRole = read(await createHandout(map)).doc;
    expect(byRole.querySelector('.focus p')!.textContent).toMatch(/^Grief after the death of (?!H\.)/);
    expect(byRole.querySelector('.client')!.textContent).toBe(daniel.session12.client.label);
  });

  it('V36: the copy drawn off screen is gone afterwards, and none of its events reach the document', async () => {
    const map = await mountMap(maya.session12);
    const heard: string[] = [];
    const types = ['relmap-change', 'relmap-select', 'relmap-settle', 'relmap-blank', 'relmap-error'];
    const listen = (e: Event): void => void heard.push(e.type);
    for (const t of types) document.addEventListener(t, listen);
    try {
      await createHandout(map);
    } finally {
      for (const t of types) document.removeEventListener(t, listen);
    }
    expect(heard).toEqual([]);
    expect(document.querySelectorAll('relationship-map')).toHaveLength(1);
  });

  it('V36: shows the goals given, as given (escaped); by default the agreed shareable goals; with none, lines to write them on', async () => {
    const map = await mountMap(maya.session12);
    const goals = ['Share the night care <fairly>', 'See Sara once a week'];
    const { doc } = read(await createHandout(map, { goals }));
    expect([...doc.querySelectorAll('.goals li')].map((li) => li.textContent)).toEqual(goals);
    const agreed = Object.values(maya.session12.goals).filter((g) => g.agreed && g.wording.sensitivity === 'shareable');
    const byDefault = read(await createHandout(map)).doc;
    expect([...byDefault.querySelectorAll('.goals li')].map((li) => li.textContent)).toContain('Agree with J how the night care of L is shared.');
    expect(byDefault.querySelectorAll('.goals li').length).toBe(agreed.length);
    map.labelMode = 'name';
    await map.updateComplete;
    const named = read(await createHandout(map)).doc;
    expect([...named.querySelectorAll('.goals li')].map((li) => li.textContent)).toContain('Agree with Jonas how the night care of Leo is shared.');
    const blank = read(await createHandout(map, { goals: [] })).doc;
    expect(blank.querySelectorAll('.goals li.blank').length).toBe(3);
  });

  it('V36: a private goal stays off the client version, and is on the full one', async () => {
    const inv = {
      ...maya.session12,
      goals: {
        ...maya.session12.goals,
        secret: {
          id: 'secret',
          wording: { text: 'Work through the affair nobody knows of', sensitivity: 'private' as const },
          people: [],
          agreed: true,
          reviews: {},
        },
      },
    };
    const map = await mountMap(inv);
    expect(read(await createHandout(map)).all).not.toContain('affair');
    expect(read(await createHandout(map, { version: 'full' })).all).toContain('affair');
  });

  it('V36: the full version, chosen explicitly, has names and the formulation note; the map’s own formulation switch holds', async () => {
    const map = await mountMap(ruth.session12);
    const note = Object.values(ruth.session12.focus).find((f) => f.primary)!.note!.text;
    const { doc, all } = read(await createHandout(map, { version: 'full' }));
    expect(doc.querySelector('.note')!.textContent).toContain(note);
    expect(all).toContain('Margaret');
    expect(doc.querySelectorAll('svg .focus-mark, svg [data-area]').length).toBeGreaterThan(0);
    map.formulation = 'off';
    await map.updateComplete;
    const off = read(await createHandout(map)).doc;
    expect(off.querySelectorAll('svg [data-area]').length).toBe(0);
  });
});
