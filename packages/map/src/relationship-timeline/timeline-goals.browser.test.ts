import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { daniel } from '@relmap/cases';
import { addGoal, recordGoalReview, type Inventory } from '@relmap/core';
import { accessibilityTree, findAll, spokenText } from '../testing/accessibility-tree.ts';
import { exposedText } from '../testing/private-texts.ts';
import { defaultTimelineStrings as t } from './timeline-strings.ts';
import { cleanupTimeline, mark, mountTimeline, option, settled } from './testing/mount-timeline.ts';
import { idOfDomKey } from '../presenting-policy.ts';

afterEach(cleanupTimeline);

const SECRET_GOAL = 'Secret: stop checking her phone at night';
const SECRET_NOTE = "Talks about Helen with Emma and met Mark; still has not opened Helen's room.";

/** Daniel at session 12, with a private goal reviewed over a month, and a proposal that has no mark. */
function withMoreGoals(): Inventory {
  let inv = addGoal(daniel.session12, { id: 'private-goal', wording: { text: SECRET_GOAL, sensitivity: 'private' }, people: ['emma'], agreed: true });
  inv = recordGoalReview(inv, { goal: 'private-goal', id: 'month', date: '2026-04', progress: 'none' });
  return addGoal(inv, { id: 'proposal', wording: { text: 'Join a walking group', sensitivity: 'shareable' } });
}

const said = (el: Element): string => el.textContent.replace(/\s+/g, ' ').trim();
const keys = (root: ShadowRoot): string[] => [...root.querySelectorAll<HTMLElement>('li[role="option"]')].map((li) => idOfDomKey(li.dataset['key']!));

describe('<relationship-timeline>: goals', () => {
  it('T14: each review and each dated agreement is a mark of its own shape, dated like an event', async () => {
    const inv = withMoreGoals();
    const { timeline } = await mountTimeline(inv, { width: 1000 });
    const root = timeline.shadowRoot!;
    const review = mark(timeline, 'review:talk-about-helen:session-12');
    expect(review.classList.contains('kind-goal-review')).toBe(true);
    expect(review.dataset['precision']).toBe('day');
    // A day is a diamond, not the round dot of an event.
    const diamond = getComputedStyle(review.querySelector('.dot')!);
    expect(diamond.transform).not.toBe('none');
    expect(diamond.borderRadius).not.toBe('50%');
    // A month is a dashed bar over the month.
    const month = mark(timeline, 'review:private-goal:month');
    expect(month.dataset['precision']).toBe('month');
    expect(getComputedStyle(month.querySelector('.bar')!).backgroundImage).toContain('repeating-linear-gradient');
    // The agreement is hollow; an agreement without a date and a proposal have no mark.
    const agreed = mark(timeline, 'agreed:talk-about-helen');
    expect(getComputedStyle(agreed.querySelector('.dot')!).backgroundColor).not.toBe(getComputedStyle(review.querySelector('.dot')!).backgroundColor);
    expect(root.querySelector('[data-key="agreed:private-goal"]')).toBeNull();
    expect(keys(root).some((k) => k.includes('proposal'))).toBe(false);
    // In reading order among the events: the review of session 6 before the one of session 12.
    const order = keys(root);
    expect(order.indexOf('review:talk-about-helen:session-6')).toBeLessThan(order.indexOf('review:talk-about-helen:session-12'));
    expect(order.indexOf('helen-death')).toBeLessThan(order.indexOf('agreed:talk-about-helen'));
  });

  it('T15: the list says the progress in words, the goal, its note, its people and focus; selecting marks its people', async () => {
    const { map, timeline } = await mountTimeline(daniel.session12);
    const goal = daniel.session12.goals['talk-about-helen']!;
    const review = goal.reviews['session-12']!;
    expect(said(option(timeline, 'review:talk-about-helen:session-12'))).toBe(
      `${t.dateInWords(review.date)}. Goal review: Much progress. Goal: ${goal.wording.text}. ${SECRET_NOTE}. Concerns Helen, Emma, Mark. Primary focus: grief`,
    );
    expect(said(option(timeline, 'agreed:talk-about-helen'))).toBe(
      `${t.dateInWords(goal.agreedOn!)}. Goal agreed. Goal: ${goal.wording.text}. Concerns Helen, Emma, Mark. Primary focus: grief`,
    );
    // The review mark says its progress; a goal's mark has no focus outline (T5 is about events).
    expect(said(mark(timeline, 'review:talk-about-helen:session-12'))).toBe('Much progress');
    expect(mark(timeline, 'review:talk-about-helen:session-12').className).not.toMatch(/focus-/);
    await userEvent.click(option(timeline, 'review:talk-about-helen:session-12'));
    await settled(map, timeline);
    expect([...map.highlight].sort()).toEqual(['emma', 'helen', 'mark']);
  });

  it('T16: presenting, a private review note and a private wording are not in the DOM nor the accessibility tree', async () => {
    const inv = withMoreGoals();
    const { map, timeline } = await mountTimeline(inv);
    expect(exposedText(timeline.shadowRoot!)).toContain(SECRET_GOAL);
    map.presenting = true;
    await settled(map, timeline);
    const dom = exposedText(timeline.shadowRoot!);
    const tree = await accessibilityTree();
    const spoken = findAll(tree, (n) => n.role === 'listbox' && n.name === t.title)
      .map(spokenText)
      .join('\n');
    expect(spoken).toContain(t.privateGoal);
    for (const secret of [SECRET_GOAL, SECRET_NOTE]) {
      expect(dom).not.toContain(secret);
      expect(spoken).not.toContain(secret);
    }
    // The review keeps its kind and progress, a shareable wording names people by their labels (a shared screen
    // names no one in full), and the private goal is named by a placeholder.
    expect(said(option(timeline, 'review:talk-about-helen:session-12'))).toMatch(/Goal review: Much progress\. Goal: Talk about H and her death/);
    expect(said(option(timeline, 'review:private-goal:month'))).toMatch(/Goal review: No progress yet\. Goal: A private goal\. Concerns E\b/);
  });
});
