import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { maya, priya } from '@relmap/cases';
import { command, type Inventory } from '@relmap/core';
import '../define.ts';
import '../relationship-timeline.ts';
import type { RelationshipTimeline } from '../relationship-timeline/relationship-timeline.ts';
import type { RelationshipCompare } from '../relationship-compare/relationship-compare.ts';
import type { RelationshipDetail } from '../relationship-detail/relationship-detail.ts';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import type { RelationshipTable } from '../relationship-table/relationship-table.ts';
import { exposedText, privateTexts } from '../testing/private-texts.ts';
import { EditingSession } from './editing-session.ts';

afterEach(() => document.body.replaceChildren());

type Bound = { map: RelationshipMap; table: RelationshipTable; detail: RelationshipDetail; compare: RelationshipCompare; timeline: RelationshipTimeline };

/** A map, a table, a detail panel, a comparison and a timeline on one page; `bind` wires each to the session. */
async function page(bind: (els: Bound) => void): Promise<Bound> {
  const map = document.createElement('relationship-map');
  map.id = 'the-map';
  map.style.cssText = 'display:block;width:800px;height:500px';
  const table = document.createElement('relationship-table');
  const detail = document.createElement('relationship-detail');
  const compare = document.createElement('relationship-compare');
  const timeline = document.createElement('relationship-timeline');
  compare.earlier = { label: 'Intake', inventory: maya.intake, takenAt: '2026-01-01' } as RelationshipCompare['earlier'];
  compare.later = { label: 'Session 12', inventory: maya.session12, takenAt: '2026-04-01' } as RelationshipCompare['later'];
  const els = { map, table, detail, compare, timeline };
  bind(els);
  document.body.append(map, table, detail, compare, timeline);
  await updated(els);
  return els;
}

async function updated(els: Bound): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.all(Object.values(els).map((el) => el.updateComplete));
}

const text = (el: HTMLElement): string => exposedText(el.shadowRoot!);

/** Every shareable note's text in an inventory, found by shape wherever it sits. */
function shareableTexts(inventory: Inventory): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const v = value as { text?: unknown; sensitivity?: unknown };
    if (typeof v.text === 'string' && v.sensitivity === 'shareable') out.push(v.text);
    else Object.values(value).forEach(walk);
  };
  walk(inventory);
  return out;
}

describe('one editing session behind every element', () => {
  it('S9: a session the host made, handed to five elements, is one document: an edit in the table shows on the map and undoes there', async () => {
    const session = new EditingSession({ inventory: maya.intake });
    const els = await page((e) => {
      e.map.session = session;
      e.table.session = session;
      e.detail.session = session;
      e.compare.session = session;
      e.timeline.session = session;
    });
    expect(els.timeline.session).toBe(session);
    expect(els.map.inventory).toBe(session.inventory);
    expect(text(els.table)).toContain('Jonas');
    const ring = els.table.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label="Ring, Jonas"]')!;
    await userEvent.selectOptions(ring, '3');
    await updated(els);
    expect(session.inventory.people['jonas']?.tie.ring).toBe(3);
    expect(els.map.inventory.people['jonas']?.tie.ring).toBe(3);
    expect(els.map.canUndo).toBe(true);
    els.map.undo();
    await updated(els);
    expect(session.inventory.people['jonas']?.tie.ring).toBe(maya.intake.people['jonas']?.tie.ring);
    session.select(['jonas'], { origin: 'host' });
    await updated(els);
    expect(els.map.selection).toEqual(['jonas']);
    expect(els.detail.shadowRoot!.querySelector('h2')?.textContent).toContain('Jonas');
  });

  it('S7: presenting set on the session re-renders every element under the policy, and the map reflects it as its attribute', async () => {
    const session = new EditingSession({ inventory: maya.intake });
    const els = await page((e) => {
      e.map.session = session;
      e.table.session = session;
      e.detail.session = session;
      e.compare.session = session;
      e.timeline.session = session;
      e.detail.personId = 'jonas';
    });
    const secrets = privateTexts(maya.intake);
    expect(secrets.length).toBeGreaterThan(0);
    expect(text(els.detail)).toContain('Jonas');
    session.presenting = true;
    await updated(els);
    expect(els.map.hasAttribute('presenting')).toBe(true);
    // A name the clinician wrote into a shareable text (a goal's wording on the timeline) may be shown.
    const shared = shareableTexts(maya.intake);
    for (const el of Object.values(els)) {
      const shown = shared.reduce((rest, note) => rest.split(note).join(''), text(el));
      expect(shown, el.localName).not.toContain('Jonas');
      expect(shown, el.localName).not.toContain('Anneli');
      for (const secret of secrets) expect(shown, el.localName).not.toContain(secret);
    }
    expect(els.compare.changeSentences.join(' ')).not.toContain('Jonas');
  });

  it('S8: blanking the session blanks all five elements, and they come back together', async () => {
    const session = new EditingSession({ inventory: maya.intake });
    const els = await page((e) => {
      e.map.session = session;
      e.table.setAttribute('for', 'the-map');
      e.detail.setAttribute('for', 'the-map');
      e.compare.setAttribute('for', 'the-map');
      e.timeline.setAttribute('for', 'the-map');
      e.detail.personId = 'jonas';
    });
    expect(els.table.session).toBe(session);
    session.blanked = true;
    await updated(els);
    expect(els.map.blanked).toBe(true);
    for (const el of Object.values(els)) {
      expect(text(el), el.localName).not.toContain('Jonas');
      expect(text(el), el.localName).not.toMatch(/Leo\b/);
    }
    els.map.blanked = false;
    await updated(els);
    for (const el of [els.table, els.detail]) expect(text(el), el.localName).toContain('Jonas');
  });

  it('S9: elements bound by `for` follow a map handed another session, and let go of it when removed', async () => {
    const els = await page((e) => {
      e.table.setAttribute('for', 'the-map');
      e.detail.setAttribute('for', 'the-map');
    });
    const first = els.map.session;
    expect(els.table.session).toBe(first);
    const second = new EditingSession({ inventory: priya.intake });
    els.map.session = second;
    await updated(els);
    expect(els.table.session).toBe(second);
    expect(els.detail.session).toBe(second);
    expect(text(els.table)).not.toContain('Jonas');
    const someone = Object.values(priya.intake.people)[0]!;
    expect(text(els.table)).toContain(someone.name);
    els.table.remove();
    expect(els.table.session).toBeUndefined();
    second.dispatch(command('removePerson', { id: someone.id }));
    await els.map.updateComplete;
    expect(els.map.inventory.people[someone.id]).toBeUndefined();
  });

  it('S9: a map taken out of the page and put back draws what its session did meanwhile', async () => {
    const session = new EditingSession({ inventory: maya.intake });
    const els = await page((e) => (e.map.session = session));
    els.map.remove();
    session.dispatch(command('addPerson', { id: 'zora', name: 'Zora', ring: 1 }), { origin: 'host' });
    session.presenting = true;
    document.body.append(els.map);
    await updated(els);
    expect(els.map.hasAttribute('presenting')).toBe(true);
    expect(els.map.shadowRoot!.querySelectorAll('g.person')).toHaveLength(Object.keys(session.inventory.people).length);
  });

  it('S11: a remote change is drawn and announced like any other, and a host selection fires no relmap-select', async () => {
    const els = await page(() => undefined);
    let selects = 0;
    els.map.addEventListener('relmap-select', () => selects++);
    els.map.inventory = maya.intake;
    await updated(els);
    els.map.session.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }), { origin: 'remote' });
    await updated(els);
    expect(els.map.shadowRoot!.querySelector('[role="status"]')?.textContent).toContain('Jonas');
    els.map.selection = ['jonas'];
    els.map.session.select(['leo']);
    expect(selects).toBe(1);
  });
});
