import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cases, daniel } from '@relmap/cases';
import { addGoal, recordGoalReview, type Inventory, type Note } from '@relmap/core';
import { accessibilityTree, findOne, spokenText } from '../testing/accessibility-tree.ts';
import { exposedText, privateTexts } from '../testing/private-texts.ts';
import { defaultGoalsStrings as t } from './goals-strings.ts';
import { byId, cleanupGoals, goalItem, mountGoals, said, settled, tabTo } from './testing/mount-goals.ts';
import type { RelationshipGoals } from './relationship-goals.ts';

afterEach(cleanupGoals);

const SECRET_GOAL = 'Secret: stop checking his phone at night';
const SECRET_REVIEW = 'Secret: admitted to reading his messages';

/** A case with one more goal whose wording is private, reviewed once with a private note and once without one. */
function withPrivateGoal(inventory: Inventory): Inventory {
  const people = Object.keys(inventory.people).slice(0, 2);
  let inv = addGoal(inventory, { id: 'private-goal', wording: { text: SECRET_GOAL, sensitivity: 'private' }, people, agreedOn: '2026-03' });
  inv = recordGoalReview(inv, { goal: 'private-goal', id: 'r1', date: '2026-04', progress: 'some', note: { text: SECRET_REVIEW, sensitivity: 'private' } });
  return recordGoalReview(inv, { goal: 'private-goal', id: 'r2', date: '2026-05', progress: 'much' });
}

/**
 * Full names that the label mode in force (initials) does not show: every name longer than initials, except where
 * the clinician wrote it into a shareable text ("Talk about Helen"), which may be shown.
 */
function fullNames(inventory: Inventory): string[] {
  const shared: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const note = value as Partial<Note>;
    if (typeof note.text === 'string' && note.sensitivity === 'shareable') shared.push(note.text);
    else Object.values(value).forEach(walk);
  };
  walk(inventory);
  return Object.values(inventory.people)
    .map((p) => p.name)
    .filter((n) => n.length > 3 && !shared.some((text) => text.includes(n)));
}

/** Opens every goal's editing controls, so that the accessibility tree holds them too. */
async function openAll(goals: RelationshipGoals): Promise<void> {
  for (const d of goals.shadowRoot!.querySelectorAll('details')) d.open = true;
  await settled(goals);
}

async function expectNothingPrivate(goals: RelationshipGoals, inventory: Inventory): Promise<void> {
  const dom = exposedText(goals.shadowRoot!);
  // The element's own part of the tree: the map beside it may not be presenting.
  const spoken = spokenText(findOne(await accessibilityTree(), (n) => n.role === 'region' && n.name === t.title, 'the goals region'));
  expect(spoken).toContain(t.privateGoal);
  const secrets = [...privateTexts(inventory), ...fullNames(inventory)];
  expect(secrets).toContain(SECRET_GOAL);
  expect(secrets).toContain(SECRET_REVIEW);
  for (const text of secrets) {
    expect(dom, `"${text}" in the DOM`).not.toContain(text);
    expect(spoken, `"${text}" in the accessibility tree`).not.toContain(text);
  }
}

describe('<relationship-goals> presenting', () => {
  it('GL7: no private wording or review note and no full name in the DOM or the accessibility tree, in every teaching case', async () => {
    for (const c of cases) {
      const inventory = withPrivateGoal(c.session12);
      const { map, goals } = await mountGoals(inventory);
      // Not presenting, the clinician sees everything.
      expect(said(goalItem(goals, 'private-goal'))).toContain(SECRET_GOAL);
      expect(said(goalItem(goals, 'private-goal'))).toContain(SECRET_REVIEW);
      map.presenting = true;
      await settled(map, goals);
      await openAll(goals);
      await expectNothingPrivate(goals, inventory);
      // The private goal is listed by a placeholder, with its progress and people by their initials.
      const item = goalItem(goals, 'private-goal');
      expect(said(item.querySelector('h3')!)).toBe(t.privateGoal);
      expect(said(item.querySelector('.latest')!)).toBe(`${t.progress.much} (May 2026)`);
      expect(said(item.querySelector('.facts')!)).toMatch(/Concerns [A-Z]{1,3}( \d)?, [A-Z]{1,3}/);
      // No control shows or overwrites its wording; its reviews keep date and progress, not the private note.
      expect(() => byId(goals, 'g-private-goal-wording')).toThrow();
      expect(() => byId(goals, 'g-private-goal-r-r1-note')).toThrow();
      expect(byId(goals, 'g-private-goal-r-r1-date')).toBeTruthy();
      cleanupGoals();
    }
  });

  it("GL7: the element's own presenting attribute is enough, whatever the map does", async () => {
    const inventory = withPrivateGoal(daniel.session12);
    const { goals } = await mountGoals(inventory, { attributes: { presenting: '' } });
    await openAll(goals);
    await expectNothingPrivate(goals, inventory);
  });

  it('GL7: a goal added while presenting is shareable by default, and messages are cleared when presenting starts', async () => {
    const { map, goals } = await mountGoals(daniel.session12);
    await tabTo(goals, 'new-goal-wording');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    expect(byId(goals, 'new-goal-wording-error')).toBeTruthy();
    map.presenting = true;
    await settled(map, goals);
    expect(goals.shadowRoot!.getElementById('new-goal-wording-error')).toBeNull();
    expect(byId<HTMLInputElement>(goals, 'new-goal-private').checked).toBe(false);
    await tabTo(goals, 'new-goal-wording');
    await userEvent.keyboard('See Mark once a month');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    const added = Object.values(map.inventory.goals).find((g) => g.wording.text === 'See Mark once a month')!;
    expect(added.wording.sensitivity).toBe('shareable');
  });

  it('GL7: words typed privately for a goal or review not yet added are emptied when presenting starts', async () => {
    const { map, goals } = await mountGoals(daniel.session12);
    const draft = 'Draft: confront Mark about the funeral';
    await tabTo(goals, 'new-goal-wording');
    await userEvent.keyboard(draft);
    await tabTo(goals, 'g-music-again-edit');
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, 'g-music-again-new-note');
    await userEvent.keyboard(draft);
    await userEvent.tab();
    expect(exposedText(goals.shadowRoot!)).toContain(draft);
    map.presenting = true;
    await settled(map, goals);
    expect(exposedText(goals.shadowRoot!)).not.toContain(draft);
    expect(byId<HTMLInputElement>(goals, 'g-music-again-new-private').checked).toBe(false);
  });

  it('GL7: people are labelled in the mode the host chose', async () => {
    const { map, goals } = await mountGoals(daniel.session12);
    map.presenting = true;
    map.labelMode = 'role';
    await settled(map, goals);
    const facts = said(goalItem(goals, 'talk-about-helen').querySelector('.facts')!);
    expect(facts).not.toContain('Emma');
    expect(facts).toMatch(/Concerns \w/);
  });
});
