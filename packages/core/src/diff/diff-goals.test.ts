import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setFocus } from '../commands/focus.ts';
import { addGoal, recordGoalReview, removeGoal, removeGoalReview, updateGoal } from '../commands/goals.ts';
import type { Inventory, Note } from '../model.ts';
import { sampleInventory, shareable } from '../testing/sample-inventory.ts';
import { describeDiff } from './describe-diff.ts';
import { latestReview } from './diff-goals.ts';
import { diffInventories } from './diff-inventories.ts';
import { setIdSource, type IdSource } from '../ids.ts';
import { readableIdSource } from '../testing/readable-ids.ts';

// These tests follow goals and reviews by the ids an older document would hold (`goal`, `review-2`).
let previousSource: IdSource;
beforeEach(() => void (previousSource = setIdSource(readableIdSource)));
afterEach(() => void setIdSource(previousSource));

const privately = (text: string): Note => ({ text, sensitivity: 'private' });
const SECRET = 'Stop hiding the drinking from Jonas.';

/** The sample with two goals: `goal`, shareable and agreed, reviewed once; `goal-2`, private and proposed. */
function intake(): Inventory {
  let inv = addGoal(sampleInventory(), {
    wording: shareable('Say what she needs from Jonas.'),
    focus: 'role-dispute',
    people: ['jonas'],
    agreedOn: '2025-04',
  });
  inv = recordGoalReview(inv, { goal: 'goal', date: '2025-04-30', progress: 'none' });
  inv = addGoal(inv, { wording: privately(SECRET) });
  return inv;
}

describe('diffInventories: goals', () => {
  it('D6: an inventory with goals compared with itself has no change', () => {
    const inv = intake();
    expect(diffInventories(inv, inv).isEmpty).toBe(true);
  });

  it('D7: lists goals added, removed, newly agreed, and whose latest progress changed', () => {
    const a = intake();
    let b = recordGoalReview(a, { goal: 'goal', date: '2025-06-25', progress: 'much', note: privately('Said it at dinner.') });
    b = updateGoal(b, { id: 'goal-2', changes: { agreedOn: '2025-05-07' } });
    b = recordGoalReview(b, { goal: 'goal-2', date: '2025-06-25', progress: 'some' });
    b = addGoal(b, { id: 'g3', wording: shareable('Join a choir.'), agreed: true });
    const diff = diffInventories(a, b);
    expect(diff.goalsAdded).toEqual([{ id: 'g3', wording: shareable('Join a choir.') }]);
    expect(diff.goalsRemoved).toEqual([]);
    expect(diff.goalsAgreed).toEqual([
      { id: 'g3', wording: shareable('Join a choir.') },
      { id: 'goal-2', wording: privately(SECRET), agreedOn: '2025-05-07' },
    ]);
    expect(diff.goalProgress).toEqual([
      { id: 'goal', wording: shareable('Say what she needs from Jonas.'), from: 'none', to: 'much', date: '2025-06-25', direction: 'advanced' },
      { id: 'goal-2', wording: privately(SECRET), to: 'some', date: '2025-06-25' },
    ]);
    expect(diff.isEmpty).toBe(false);
    expect(diffInventories(b, a).goalsRemoved).toEqual([{ id: 'g3', wording: shareable('Join a choir.') }]);
  });

  it('D7: a later review with the same progress, or a changed wording, is no change of progress', () => {
    const a = intake();
    let b = recordGoalReview(a, { goal: 'goal', date: '2025-05', progress: 'none' });
    b = updateGoal(b, { id: 'goal', changes: { wording: shareable('Ask Jonas for help.') } });
    expect(diffInventories(a, b).isEmpty).toBe(true);
  });

  it('D7: progress that went back is listed as slipped; a removed latest review compares the one before', () => {
    let a = recordGoalReview(intake(), { goal: 'goal', date: '2025-05-14', progress: 'much' });
    const b = recordGoalReview(a, { goal: 'goal', date: '2025-06', progress: 'some' });
    expect(diffInventories(a, b).goalProgress).toMatchObject([{ id: 'goal', from: 'much', to: 'some', direction: 'slipped' }]);
    a = b;
    const c = removeGoalReview(a, { goal: 'goal', id: 'review-3' });
    expect(diffInventories(a, c).goalProgress).toMatchObject([{ id: 'goal', from: 'some', to: 'much', direction: 'advanced' }]);
  });

  it('M13: the latest review is the one with the greatest date, a month before the days in it', () => {
    let inv = recordGoalReview(intake(), { goal: 'goal', date: '2025-06', progress: 'some' });
    inv = recordGoalReview(inv, { goal: 'goal', date: '2025-06-02', progress: 'much' });
    inv = recordGoalReview(inv, { goal: 'goal', date: '2025', progress: 'achieved' });
    expect(latestReview(inv.goals.goal!)).toMatchObject({ date: '2025-06-02', progress: 'much' });
    expect(latestReview(inv.goals['goal-2']!)).toBeUndefined();
  });
});

describe('describeDiff: goals', () => {
  function changed(): [Inventory, Inventory] {
    const a = intake();
    let b = recordGoalReview(a, { goal: 'goal', date: '2025-06-25', progress: 'much', note: privately('Said it at dinner.') });
    b = updateGoal(b, { id: 'goal-2', changes: { agreedOn: '2025-05-07' } });
    b = recordGoalReview(b, { goal: 'goal-2', date: '2025-06-25', progress: 'some' });
    b = setFocus(b, { area: 'grief', people: ['astrid'] });
    b = addGoal(b, { wording: shareable('Visit Astrid’s grave with Ingrid.'), focus: 'grief', people: ['ingrid'] });
    return [a, b];
  }

  it('D8: says shareable wordings, speaks of "a goal" for a private one, and never says a review note', () => {
    const a = intake();
    let b = recordGoalReview(a, { goal: 'goal', date: '2025-06-25', progress: 'much', note: privately('Said it at dinner.') });
    b = updateGoal(b, { id: 'goal-2', changes: { agreedOn: '2025-05-07' } });
    b = recordGoalReview(b, { goal: 'goal-2', date: '2025-06-25', progress: 'some' });
    b = addGoal(b, { id: 'g3', wording: shareable('Join a choir.') });
    const sentences = describeDiff(diffInventories(a, b));
    expect(sentences).toEqual([
      'Goal added: “Join a choir.”',
      'A goal was agreed (2025-05-07).',
      'Progress advanced on “Say what she needs from Jonas.”: no progress → much progress.',
      'First review of a goal: some progress.',
    ]);
    expect(describeDiff(diffInventories(b, a))).toContain('Goal removed: “Join a choir.”');
    const all = [...sentences, ...describeDiff(diffInventories(b, a))].join(' ');
    expect(all).not.toContain('drinking');
    expect(all).not.toContain('dinner');
  });

  it('D8: a private wording is not said when removed or added either', () => {
    const a = intake();
    const b = removeGoal(a, { id: 'goal-2' });
    expect(describeDiff(diffInventories(a, b))).toEqual(['A goal was removed.']);
    expect(describeDiff(diffInventories(b, a))).toEqual(['A goal was added.']);
  });

  it('D8: goalLabel can leave every wording out, for a screen that must say none', () => {
    const [a, b] = changed();
    const sentences = describeDiff(diffInventories(a, b), { goalLabel: () => undefined });
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.join(' ')).not.toMatch(/Jonas|Astrid|choir/);
  });

  it('says goals in another language through its strings', () => {
    const [a, b] = changed();
    const sentences = describeDiff(diffInventories(a, b), {
      strings: {
        goalAdded: (goal) => `Neues Ziel: ${goal ?? 'ein Ziel'}`,
        goalRemoved: (goal) => `Ziel entfernt: ${goal ?? 'ein Ziel'}`,
        goalAgreed: (goal, date) => `Vereinbart: ${goal ?? 'ein Ziel'}${date ? ` (${date})` : ''}`,
        goalProgress: (goal, from, to) => `Fortschritt bei ${goal ?? 'einem Ziel'}: ${from ?? '–'} → ${to}`,
        progress: { none: 'keiner', some: 'etwas', much: 'viel', achieved: 'erreicht' },
      },
    });
    expect(sentences).toEqual([
      'Neues Ziel: Visit Astrid’s grave with Ingrid.',
      'Vereinbart: ein Ziel (2025-05-07)',
      'Fortschritt bei Say what she needs from Jonas.: keiner → viel',
      'Fortschritt bei einem Ziel: – → etwas',
    ]);
  });
});
