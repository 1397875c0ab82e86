import { afterEach, describe, expect, it, vi } from 'vitest';
import { maya } from '@relmap/cases';
import { command } from '@relmap/core';
import { startPresenterPage, type PresenterPage } from './presenter-page.ts';
import { startTherapistPage, type TherapistPage } from './therapist-page.ts';
import { privateTexts, until } from './testing/test-helpers.ts';

const running: (TherapistPage | PresenterPage)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const page of running.splice(0)) page.destroy();
  document.body.replaceChildren();
});

function container(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

async function therapist(sessionId: string, dbName: string): Promise<TherapistPage> {
  const page = await startTherapistPage(container(), { window: window, sessionId, dbName, caseId: 'maya' });
  running.push(page);
  return page;
}

function presenter(sessionId: string): PresenterPage {
  const page = startPresenterPage(container(), window, sessionId);
  running.push(page);
  return page;
}

const ids = (): { sessionId: string; dbName: string } => ({ sessionId: crypto.randomUUID(), dbName: `relmap-test-${crypto.randomUUID()}` });

describe('live session example', () => {
  it('the presenter window follows an edit made on the therapist page, and holds no private note', async () => {
    const { sessionId, dbName } = ids();
    const page = await therapist(sessionId, dbName);
    const shared = presenter(sessionId);
    await shared.joined;
    expect(shared.map.presenting).toBe(true);
    expect(shared.map.readonly).toBe(true);
    page.map.dispatch(command('setCloseness', { id: 'henrik', ring: 1 }));
    page.map.dispatch(command('addPerson', { id: 'zora-quist', name: 'Zora Quist', ring: 2 }));
    await until(() => shared.map.inventory.people['zora-quist'] !== undefined && shared.map.inventory.people.henrik?.tie.ring === 1);
    await shared.map.updateComplete;
    // The presenting map's DOM carries opaque keys, not ids: Zora is the one more person drawn.
    expect(shared.map.shadowRoot!.querySelectorAll('g.person')).toHaveLength(Object.keys(shared.map.inventory.people).length);
    expect(shared.map.shadowRoot!.querySelector('g.person[data-id="zora-quist"]')).toBeNull();
    const held = JSON.stringify(shared.map.inventory) + shared.map.shadowRoot!.innerHTML + (await shared.map.toSVG());
    for (const secret of privateTexts(maya.intake)) expect(held).not.toContain(secret);
  });

  it("the Handout button opens the client's printable page, by the shared labels, with no name or private note", async () => {
    const { sessionId, dbName } = ids();
    const page = await therapist(sessionId, dbName);
    const opened = { location: { href: '' } };
    const open = vi.spyOn(window, 'open').mockImplementation(() => opened as unknown as Window);
    [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Handout')!.click();
    await until(() => opened.location.href !== '');
    expect(open).toHaveBeenCalledTimes(1);
    expect(opened.location.href).toMatch(/^blob:/);
    const html = await (await fetch(opened.location.href)).text();
    expect(html).toContain('We are working on');
    expect(html).toContain('@media print');
    const inv = page.map.inventory;
    for (const secret of privateTexts(inv)) expect(html).not.toContain(secret);
    for (const person of Object.values(inv.people)) if (person.name.length > 2) expect(html, person.name).not.toContain(person.name);
  });

  it('shows the formulation on the presenter window: the focus in words, its people, its events and the goals, nothing private', async () => {
    const { sessionId, dbName } = ids();
    const page = await therapist(sessionId, dbName);
    const shared = presenter(sessionId);
    await shared.joined;
    const button = (): HTMLButtonElement => [...document.querySelectorAll('button')].find((b) => /the formulation/.test(b.textContent ?? ''))!;
    expect(button().getAttribute('aria-pressed')).toBe('false');
    button().click();
    const section = (): HTMLElement => [...document.querySelectorAll<HTMLElement>('section.formulation')].at(-1)!;
    await until(() => !section().hidden);
    const focus = Object.values(page.map.inventory.focus).find((f) => f.primary)!;
    expect([...shared.map.highlight].sort()).toEqual([...focus.people].sort());
    expect(section().querySelector('.focus-words')!.textContent).toMatch(/^A change of role/);
    expect(section().querySelectorAll('li').length).toBeGreaterThan(0);
    const timeline = [...document.querySelectorAll('relationship-timeline')].at(-1)!;
    expect(timeline.hidden).toBe(false);
    await (timeline as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const shown = `${section().textContent} ${timeline.shadowRoot!.textContent}`;
    for (const secret of privateTexts(page.map.inventory)) expect(shown).not.toContain(secret);
    for (const person of Object.values(page.map.inventory.people))
      if (person.name.length > 2) expect(shown, person.name).not.toMatch(new RegExp(`\\b${person.name}\\b`));
    button().click();
    await until(() => section().hidden === true);
    expect(shared.map.highlight).toEqual([]);
  });

  it('blanks the presenter window from the therapist page and shows it again', async () => {
    const { sessionId, dbName } = ids();
    const page = await therapist(sessionId, dbName);
    const shared = presenter(sessionId);
    await shared.joined;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Blank shared screen'))!;
    button.click();
    await until(() => shared.map.blanked);
    await shared.map.updateComplete;
    expect(shared.map.shadowRoot!.querySelector('svg')).toBeNull();
    expect(page.map.blanked).toBe(false);
    [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Show shared screen'))!.click();
    await until(() => !shared.map.blanked);
  });

  it('a reload restores the autosaved inventory', async () => {
    const { sessionId, dbName } = ids();
    const first = await therapist(sessionId, dbName);
    first.map.dispatch(command('addPerson', { id: 'zora-quist', name: 'Zora Quist', ring: 2 }));
    first.map.dispatch(command('updateTie', { id: 'zora-quist', changes: { satisfying: { text: 'Kept across reloads.', sensitivity: 'private' } } }));
    await first.saved();
    const edited = first.map.inventory;
    first.destroy();
    running.splice(running.indexOf(first), 1);
    document.body.replaceChildren();
    const second = await therapist(sessionId, dbName);
    expect(second.map.inventory).toEqual(edited);
    expect(document.querySelector('.status')!.textContent).toContain('Restored');
  });

  it('L16: after edits and a reload of the autosaved inventory, everyone is drawn where they stood', async () => {
    const drawn = (page: TherapistPage): Map<string, string> => {
      const out = new Map<string, string>();
      for (const g of page.map.shadowRoot!.querySelectorAll<SVGGElement>('g.person')) out.set(g.dataset['id']!, g.getAttribute('transform')!);
      return out;
    };
    const settled = async (page: TherapistPage): Promise<Map<string, string>> => {
      page.map.settle();
      await page.map.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await page.map.updateComplete;
      return drawn(page);
    };
    const { sessionId, dbName } = ids();
    const first = await therapist(sessionId, dbName);
    first.map.dispatch(command('addPerson', { id: 'zora-quist', name: 'Zora Quist', ring: 2 }));
    first.map.dispatch(command('setCloseness', { id: Object.keys(maya.intake.people)[0]!, ring: 3 }));
    first.map.dispatch(command('addPerson', { id: 'dr-osei', name: 'Dr. Osei', category: 'professional' }));
    const shown = await settled(first);
    await first.saved();
    first.destroy();
    running.splice(running.indexOf(first), 1);
    document.body.replaceChildren();
    const second = await therapist(sessionId, dbName);
    expect(await settled(second)).toEqual(shown);
  });

  it('opening a bad file says what is wrong and where, and leaves the inventory as it was', async () => {
    const { sessionId, dbName } = ids();
    const page = await therapist(sessionId, dbName);
    const before = page.map.inventory;
    const broken = JSON.stringify({
      ...before,
      people: { ...before.people, jonas: { ...before.people.jonas, tie: { ...before.people.jonas!.tie, ring: 9 } } },
    });
    const message = await page.importText('broken.json', broken);
    expect(message).toContain('broken.json');
    expect(message).toContain('people.jonas.tie.ring');
    expect(message).toContain('unchanged');
    expect(page.map.inventory).toBe(before);
    await page.map.updateComplete;
    expect(document.querySelector('[role="alert"]')!.textContent).toContain('people.jonas.tie.ring');
    expect(await page.importText('not-json.json', '{"schema": ')).toContain('not-json.json');
    expect(page.map.inventory).toBe(before);
  });

  it('opening a good file replaces the inventory and keeps the one before as a snapshot', async () => {
    const { sessionId, dbName } = ids();
    const page = await therapist(sessionId, dbName);
    expect(await page.importText('session12.json', JSON.stringify(maya.session12))).toBeUndefined();
    expect(page.map.inventory).toEqual(maya.session12);
    expect(document.querySelector('.snapshots')!.textContent).toContain('Before opening session12.json');
  });

  it('compares a teaching case intake with session 12 and marks the changes', async () => {
    const { sessionId, dbName } = ids();
    await therapist(sessionId, dbName);
    const form = document.querySelector<HTMLFormElement>('.compare-form')!;
    (form.elements.namedItem('from') as HTMLSelectElement).value = 'intake';
    (form.elements.namedItem('to') as HTMLSelectElement).value = 'session-12';
    form.requestSubmit();
    await until(() => document.querySelector('relationship-compare') !== null);
    const compare = document.querySelector('relationship-compare')!;
    await compare.updateComplete;
    const items = [...compare.shadowRoot!.querySelectorAll('[part="changes"] li')].map((li) => li.textContent);
    expect(items.length).toBeGreaterThan(0);
    expect(items).toEqual(compare.changeSentences);
  });
});

describe('showing a comparison on the shared screen', () => {
  it('puts the compared snapshots, without private notes, on the presenter window, and blanking hides them too', async () => {
    const { sessionId, dbName } = ids();
    await therapist(sessionId, dbName);
    const shared = presenter(sessionId);
    await shared.joined;
    const form = document.querySelector<HTMLFormElement>('.compare-form')!;
    (form.elements.namedItem('from') as HTMLSelectElement).value = 'intake';
    (form.elements.namedItem('to') as HTMLSelectElement).value = 'session-12';
    form.requestSubmit();
    await until(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.includes('Show this on the shared screen')));
    [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Show this on the shared screen'))!.click();
    await until(() => shared.compare.later !== undefined);
    expect(shared.map.hidden).toBe(true);
    await shared.compare.updateComplete;
    const maps = [...shared.compare.shadowRoot!.querySelectorAll('relationship-map')];
    for (const m of maps) await m.updateComplete;
    const held =
      JSON.stringify([shared.compare.earlier, shared.compare.later]) + shared.compare.shadowRoot!.innerHTML + maps.map((m) => m.shadowRoot!.innerHTML).join('');
    for (const secret of [...privateTexts(maya.intake), ...privateTexts(maya.session12)]) expect(held).not.toContain(secret);
    expect(shared.compare.changeSentences.length).toBeGreaterThan(0);
    for (const p of Object.values(maya.session12.people)) expect(shared.compare.changeSentences.join(' ')).not.toContain(p.name);

    [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Blank shared screen'))!.click();
    await until(() => shared.compare.later === undefined);
    expect(shared.compare.hidden).toBe(true);
    [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Show shared screen'))!.click();
    await until(() => shared.compare.later !== undefined);
    [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Close comparison'))!.click();
    await until(() => shared.compare.hidden && !shared.map.hidden);
  });
});
