import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cases, daniel, maya } from '@relmap/cases';
import { latestReview, updateGoal } from '@relmap/core';
import { defaultGoalsStrings as t } from './goals-strings.ts';
import { byId, cleanupGoals, goalItem, mountGoals, said, settled, tabTo } from './testing/mount-goals.ts';

afterEach(cleanupGoals);

describe('<relationship-goals>: what is shown', () => {
  it('GL1, GL2: lists every goal of every teaching case with its agreement, focus, people, latest progress and reviews', async () => {
    for (const c of cases) {
      const inv = c.session12;
      const { goals } = await mountGoals(inv);
      const items = [...goals.shadowRoot!.querySelectorAll<HTMLElement>('li.goal')];
      expect(
        items.map((li) => li.dataset['goal']),
        c.id,
      ).toEqual(Object.keys(inv.goals));
      for (const goal of Object.values(inv.goals)) {
        const li = goalItem(goals, goal.id);
        expect(said(li.querySelector('h3')!)).toBe(goal.wording.text);
        const latest = latestReview(goal)!;
        expect(said(li.querySelector('.latest')!)).toBe(`${t.progress[latest.progress]} (${t.dateInWords(latest.date)})`);
        expect(li.querySelectorAll('.reviews li').length).toBe(Object.keys(goal.reviews).length);
        expect(said(li.querySelector('.facts')!)).toContain(goal.agreed ? 'Agreed' : t.proposed);
        // People by their labels: names, when not presenting.
        for (const id of goal.people) expect(said(li.querySelector('.facts')!)).toContain(inv.people[id]!.name);
      }
      cleanupGoals();
    }
  });

  it('GL1: says the focus, the date of agreement and each review in words', async () => {
    const { goals } = await mountGoals(daniel.session12);
    const li = goalItem(goals, 'talk-about-helen');
    expect(said(li.querySelector('.facts')!)).toContain('Primary focus: grief');
    expect(said(li.querySelector('.facts')!)).toContain(`Agreed ${t.dateInWords(daniel.intakeDate)}`);
    const reviews = [...li.querySelectorAll('.reviews li')].map(said);
    expect(reviews[0]).toMatch(/^\d+ \w+ \d{4}: Some progress$/);
    expect(reviews[1]).toContain('Much progress – Talks about Helen with Emma');
    // The steps drawn say the same as the words: two of three filled for much progress.
    expect(li.querySelectorAll('.latest .meter span.on').length).toBe(2);
  });
});

describe('<relationship-goals>: editing by keyboard', () => {
  it('GL3: adds a goal, private by default, as one undo step', async () => {
    const { map, goals, commands } = await mountGoals(maya.session12);
    const before = Object.keys(map.inventory.goals);
    await tabTo(goals, 'new-goal-wording');
    await userEvent.keyboard('Ask Sara for help one evening a week');
    await userEvent.tab(); // the Private box, left ticked
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    expect(commands()).toEqual(['addGoal']);
    const added = Object.values(map.inventory.goals).find((g) => !before.includes(g.id))!;
    expect(added).toMatchObject({ wording: { text: 'Ask Sara for help one evening a week', sensitivity: 'private' }, agreed: false, people: [] });
    expect(said(goalItem(goals, added.id))).toContain(t.proposed);
    expect(byId<HTMLTextAreaElement>(goals, 'new-goal-wording').value).toBe('');
    expect(said(goals.shadowRoot!.querySelector('[role="status"]')!)).toBe(t.added);
    map.undo();
    await settled(goals);
    expect(Object.keys(map.inventory.goals)).toEqual(before);
    expect(goals.shadowRoot!.querySelector(`li.goal[data-goal="${added.id}"]`)).toBeNull();
  });

  it('GL3: marks a goal agreed with a partial date, chooses its focus and people, each one undo step', async () => {
    const id = Object.keys(maya.session12.goals)[0]!;
    const proposal = updateGoal(maya.session12, { id, changes: { agreed: false, focus: null, people: [] } });
    const { map, goals, commands } = await mountGoals(proposal);
    const undoBase = map.inventory;
    await tabTo(goals, `g-${id}-edit`);
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, `g-${id}-focus`);
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(goals, `g-${id}-person-jonas`);
    await userEvent.keyboard(' ');
    await tabTo(goals, `g-${id}-agreed`);
    await userEvent.keyboard(' ');
    await tabTo(goals, `g-${id}-agreedOn`);
    await userEvent.keyboard('2026-04');
    await userEvent.tab();
    await settled(goals);
    expect(commands()).toEqual(['updateGoal', 'updateGoal', 'updateGoal', 'updateGoal']);
    const goal = map.inventory.goals[id]!;
    expect(goal).toMatchObject({ agreed: true, agreedOn: '2026-04', people: ['jonas'] });
    expect(goal.focus).toBeDefined();
    expect(said(goalItem(goals, id).querySelector('.facts')!)).toContain('Agreed April 2026');
    for (let i = 0; i < 4; i++) map.undo();
    await settled(goals);
    expect(map.inventory).toEqual(undoBase);
    expect(byId<HTMLInputElement>(goals, `g-${id}-agreed`).checked).toBe(false);
  });

  it('GL3: records a review with a progress and a note, then edits and removes it, focus following (GL6)', async () => {
    const { map, goals, commands } = await mountGoals(daniel.session12);
    const before = map.inventory;
    const id = 'music-again';
    await tabTo(goals, `g-${id}-edit`);
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, `g-${id}-new-date`);
    await userEvent.keyboard('2026-07-01');
    await userEvent.tab();
    // Starts at the latest progress (achieved): one step back.
    await userEvent.keyboard('{ArrowUp}');
    await userEvent.tab();
    await userEvent.keyboard('Missed two rehearsals');
    await userEvent.tab(); // Private, ticked
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    expect(commands()).toEqual(['recordGoalReview']);
    const review = Object.values(map.inventory.goals[id]!.reviews).find((r) => r.date === '2026-07-01')!;
    expect(review).toMatchObject({ progress: 'much', note: { text: 'Missed two rehearsals', sensitivity: 'private' } });
    expect(said(goalItem(goals, id).querySelector('.latest')!)).toBe('Much progress (1 July 2026)');

    await tabTo(goals, `g-${id}-r-${review.id}-progress`);
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(goals, `g-${id}-r-${review.id}-remove`);
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    expect(commands()).toEqual(['recordGoalReview', 'updateGoalReview', 'removeGoalReview']);
    expect(map.inventory.goals[id]!.reviews[review.id]).toBeUndefined();
    // The latest review is gone: focus goes to the one before it.
    const earlier = Object.keys(map.inventory.goals[id]!.reviews)[0]!;
    expect(goals.shadowRoot!.activeElement?.id).toBe(`g-${id}-r-${earlier}-date`);
    map.undo();
    await settled(goals);
    expect(map.inventory.goals[id]!.reviews[review.id]!.progress).toBe('achieved');
    map.undo();
    map.undo();
    expect(map.inventory).toEqual(before);
  });

  it("GL3: changes a goal's wording and makes it private, each one undo step", async () => {
    const { map, goals, commands } = await mountGoals(daniel.session12);
    const id = 'music-again';
    await tabTo(goals, `g-${id}-edit`);
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, `g-${id}-wording`);
    await userEvent.keyboard('{Control>}a{/Control}Play music with Pete again');
    await userEvent.tab(); // the Private box
    await userEvent.keyboard(' ');
    await settled(goals);
    expect(commands()).toEqual(['updateGoal', 'updateGoal']);
    expect(map.inventory.goals[id]!.wording).toEqual({ text: 'Play music with Pete again', sensitivity: 'private' });
    expect(said(goalItem(goals, id).querySelector('h3')!)).toBe('Play music with Pete again');
    map.undo();
    await settled(goals);
    expect(map.inventory.goals[id]!.wording.sensitivity).toBe('shareable');
    expect(byId<HTMLTextAreaElement>(goals, `g-${id}-wording`).value).toBe('Play music with Pete again');
    map.undo();
    await settled(goals);
    expect(map.inventory.goals[id]!.wording).toEqual(daniel.session12.goals[id]!.wording);
  });

  it("GL4: moving a review onto another review's date shows the map's refusal under the date and saves nothing", async () => {
    const { map, goals } = await mountGoals(daniel.session12);
    const before = map.inventory;
    const id = 'talk-about-helen';
    const [first, second] = Object.values(daniel.session12.goals[id]!.reviews);
    await tabTo(goals, `g-${id}-edit`);
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, `g-${id}-r-${first!.id}-date`);
    await userEvent.keyboard(`{Control>}a{/Control}${second!.date}`);
    await userEvent.tab();
    await settled(goals);
    const error = byId(goals, `g-${id}-r-${first!.id}-date-error`);
    expect(said(error)).toBe(t.duplicateDate(t.dateInWords(second!.date)));
    expect(byId(goals, `g-${id}-r-${first!.id}-date`).getAttribute('aria-describedby')).toContain(error.id);
    expect(map.inventory).toBe(before);
  });

  it('GL3, GL6: removes goals; focus goes to the next goal, then the one before, then to adding a goal', async () => {
    const { map, goals, commands } = await mountGoals(daniel.session12);
    const before = map.inventory;
    await tabTo(goals, 'g-talk-about-helen-edit');
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, 'g-talk-about-helen-remove');
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    expect(goals.shadowRoot!.activeElement?.id).toBe('g-music-again-edit');
    expect(said(goals.shadowRoot!.querySelector('[role="status"]')!)).toBe(t.removed);
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, 'g-music-again-remove');
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    expect(goals.shadowRoot!.activeElement?.id).toBe('new-goal-wording');
    expect(said(goals.shadowRoot!.querySelector('[part="empty"]')!)).toContain(t.empty);
    expect(commands()).toEqual(['removeGoal', 'removeGoal']);
    map.undo();
    await settled(goals);
    expect(Object.keys(map.inventory.goals)).toEqual(['music-again']);
    map.undo();
    expect(map.inventory).toEqual(before);
  });

  it('GL4: a date that is not one shows an error tied to its field and dispatches nothing', async () => {
    const { map, goals, commands } = await mountGoals(daniel.session12);
    const before = map.inventory;
    const id = 'music-again';
    await tabTo(goals, `g-${id}-edit`);
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, `g-${id}-agreedOn`);
    await userEvent.keyboard('{Control>}a{/Control}last spring');
    await userEvent.tab();
    await settled(goals);
    const field = byId<HTMLInputElement>(goals, `g-${id}-agreedOn`);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = byId(goals, `g-${id}-agreedOn-error`);
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
    expect(said(error)).toBe(t.invalidDate('last spring'));
    // Recording a review with no date, or a date that is not one, is refused the same way.
    await tabTo(goals, `g-${id}-new-date`);
    await userEvent.keyboard('13/2026');
    await tabTo(goals, `g-${id}-new-progress`);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    expect(said(byId(goals, `g-${id}-new-date-error`))).toBe(t.invalidDate('13/2026'));
    expect(commands()).toEqual([]);
    expect(map.inventory).toBe(before);
    expect(map.canUndo).toBe(false);
  });

  it("GL4: a review on a date the goal was already reviewed on shows the map's refusal and saves nothing", async () => {
    const { map, goals } = await mountGoals(daniel.session12);
    const before = map.inventory;
    const id = 'music-again';
    const taken = Object.values(daniel.session12.goals[id]!.reviews)[0]!.date;
    await tabTo(goals, `g-${id}-edit`);
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, `g-${id}-new-date`);
    await userEvent.keyboard(taken);
    await tabTo(goals, `g-${id}-new-progress`);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    expect(said(byId(goals, `g-${id}-new-date-error`))).toBe(t.duplicateDate(t.dateInWords(taken)));
    expect(map.inventory).toBe(before);
    expect(map.canUndo).toBe(false);
  });

  it('GL5: when a host cancels relmap-change nothing changes and the controls show the stored values again', async () => {
    const { map, goals, commands } = await mountGoals(daniel.session12);
    const before = map.inventory;
    map.addEventListener('relmap-change', (e) => e.preventDefault());
    const id = 'music-again';
    await tabTo(goals, `g-${id}-edit`);
    await userEvent.keyboard('{Enter}');
    await tabTo(goals, `g-${id}-wording`);
    await userEvent.keyboard('{Control>}a{/Control}Play again');
    await tabTo(goals, `g-${id}-focus`);
    await userEvent.keyboard('{ArrowUp}');
    await tabTo(goals, `g-${id}-person-emma`);
    await userEvent.keyboard(' ');
    await tabTo(goals, `g-${id}-agreed`);
    await userEvent.keyboard(' ');
    await tabTo(goals, `g-${id}-agreedOn`);
    await userEvent.keyboard('{Control>}a{/Control}2026-02');
    await tabTo(goals, `g-${id}-new-date`);
    await userEvent.keyboard('2026-08');
    await tabTo(goals, `g-${id}-new-note`);
    await userEvent.keyboard('Played at a wedding');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await settled(goals);
    expect(commands()).toEqual(['updateGoal', 'updateGoal', 'updateGoal', 'updateGoal', 'updateGoal', 'recordGoalReview']);
    expect(map.inventory).toBe(before);
    expect(map.canUndo).toBe(false);
    const goal = daniel.session12.goals[id]!;
    expect(byId<HTMLTextAreaElement>(goals, `g-${id}-wording`).value).toBe(goal.wording.text);
    expect(byId<HTMLSelectElement>(goals, `g-${id}-focus`).value).toBe(goal.focus);
    expect(byId<HTMLInputElement>(goals, `g-${id}-person-emma`).checked).toBe(false);
    expect(byId<HTMLInputElement>(goals, `g-${id}-agreed`).checked).toBe(true);
    expect(byId<HTMLInputElement>(goals, `g-${id}-agreedOn`).value).toBe(goal.agreedOn);
    // What was typed for the review not recorded stays, to try again.
    expect(byId<HTMLTextAreaElement>(goals, `g-${id}-new-note`).value).toBe('Played at a wedding');
  });
});

describe('<relationship-goals> with the session', () => {
  it('GL8: a read-only session shows the goals without any editing control', async () => {
    const { map, goals } = await mountGoals(daniel.session12);
    map.readonly = true;
    await settled(map, goals);
    const root = goals.shadowRoot!;
    expect(root.querySelectorAll('li.goal').length).toBe(2);
    expect(root.querySelectorAll('input, select, textarea, button, details, summary').length).toBe(0);
    expect(root.querySelector('[part="empty"] .hint')).toBeNull();
  });

  it('GL8: a blanked session shows nothing of the inventory, and everything comes back', async () => {
    const { map, goals } = await mountGoals(daniel.session12);
    map.blanked = true;
    await settled(map, goals);
    const root = goals.shadowRoot!;
    expect(said(root.querySelector('[part="blanked"]')!)).toBe(t.blanked);
    expect(root.innerHTML).not.toContain('Helen');
    expect(root.querySelectorAll('li, input, textarea').length).toBe(0);
    map.blanked = false;
    await settled(map, goals);
    expect(root.querySelectorAll('li.goal').length).toBe(2);
  });

  it('GL8: unbound, it says how to bind it', async () => {
    const goals = document.createElement('relationship-goals');
    document.body.append(goals);
    await goals.updateComplete;
    expect(said(goals.shadowRoot!.querySelector('p')!)).toBe(t.unbound);
  });
});
