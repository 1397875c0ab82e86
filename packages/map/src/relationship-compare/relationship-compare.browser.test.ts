import { afterEach, describe, expect, it } from 'vitest';
import { cases, maya } from '@relmap/cases';
import { describeDiff, diffInventories, takeSnapshot } from '@relmap/core';
import '../define.ts';
import { changedPeople } from './changed-people.ts';

afterEach(() => {
  for (const el of document.querySelectorAll('relationship-compare')) el.remove();
});

async function mountCompare(c = maya, mode: 'changes' | 'side-by-side' = 'changes', presenting = false) {
  const el = document.createElement('relationship-compare');
  el.earlier = takeSnapshot(c.intake, { label: 'Intake', takenAt: `${c.intakeDate}T10:00:00Z` });
  el.later = takeSnapshot(c.session12, { label: 'Session 12', takenAt: `${c.session12Date}T10:00:00Z` });
  el.mode = mode;
  el.presenting = presenting;
  document.body.append(el);
  await el.updateComplete;
  const maps = [...el.shadowRoot!.querySelectorAll('relationship-map')];
  for (const m of maps) {
    m.settle();
    await m.updateComplete;
  }
  return { el, maps };
}

describe('<relationship-compare>', () => {
  for (const c of cases) {
    it(`marks exactly the people who changed from intake to session 12 in ${c.id}'s case, and lists every change`, async () => {
      const { el, maps } = await mountCompare(c);
      const diff = diffInventories(c.intake, c.session12);
      expect(maps).toHaveLength(1);
      const marked = [...maps[0]!.shadowRoot!.querySelectorAll('g.person.highlighted')].map((g) => g.getAttribute('data-id')).sort();
      expect(marked.length).toBeGreaterThan(0);
      expect(marked).toEqual(changedPeople(diff));
      const items = [...el.shadowRoot!.querySelectorAll('[part="changes"] li')].map((li) => li.textContent);
      expect(items).toEqual(describeDiff(diff));
      expect(diff.goalProgress.length).toBeGreaterThan(0);
    });
  }

  it('shows both snapshots side by side, each with its label', async () => {
    const { el, maps } = await mountCompare(maya, 'side-by-side');
    expect(maps).toHaveLength(2);
    expect([...el.shadowRoot!.querySelectorAll('figcaption')].map((f) => f.textContent)).toEqual(['Intake', 'Session 12']);
    expect(maps[0]!.inventory).toEqual(maya.intake);
    expect(maps[1]!.inventory).toEqual(maya.session12);
  });

  it('names no one by name in its sentences when presenting', async () => {
    const { el, maps } = await mountCompare(maya, 'changes', true);
    expect(maps[0]!.presenting).toBe(true);
    const text = el.shadowRoot!.querySelector('[part="changes"]')!.textContent;
    expect(text.length).toBeGreaterThan(0);
    for (const p of [...Object.values(maya.intake.people), ...Object.values(maya.session12.people)]) {
      expect(text).not.toContain(p.name);
    }
  });

  it("says a goal's wording only where names are shown, since a wording may name people", async () => {
    const wording = maya.session12.goals['share-nights']!.wording.text;
    expect(wording).toContain('Jonas');
    const shown = await mountCompare(maya, 'changes', false);
    expect(shown.el.shadowRoot!.querySelector('[part="changes"]')!.textContent).toContain(wording);
    shown.el.remove();
    const { el } = await mountCompare(maya, 'changes', true);
    const text = el.shadowRoot!.querySelector('[part="changes"]')!.textContent;
    expect(text).toContain('First review of a goal: achieved.');
    expect(text).not.toContain(wording);
  });

  it('says so when nothing changed', async () => {
    const el = document.createElement('relationship-compare');
    el.earlier = takeSnapshot(maya.intake, { label: 'A', takenAt: '2026-03-02T10:00:00Z' });
    el.later = takeSnapshot(maya.intake, { label: 'B', takenAt: '2026-03-02T11:00:00Z' });
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="changes"]')).toBeNull();
    expect(el.shadowRoot!.textContent).toContain('No changes between these two snapshots.');
  });
});
