import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInventory } from '../document/parse-inventory.ts';
import { LIMITS } from '../limits.ts';
import type { Inventory, Note } from '../model.ts';
import { createStore } from '../store.ts';
import { expectRejected } from '../testing/expect-rejected.ts';
import { invariantViolations } from '../testing/invariant-violations.ts';
import { sampleInventory, shareable } from '../testing/sample-inventory.ts';
import { removeFocus, setFocus } from './focus.ts';
import { addGoal, recordGoalReview, removeGoal, removeGoalReview, updateGoal, updateGoalReview, type AddGoalArgs, type RecordGoalReviewArgs } from './goals.ts';
import { command, type Command } from './index.ts';
import { removePerson } from './people.ts';
import { setIdSource, type IdSource } from '../ids.ts';
import { readableIdSource } from '../testing/readable-ids.ts';

// These tests follow goals and reviews by the ids an older document would hold (`goal`, `review-2`).
let previousSource: IdSource;
beforeEach(() => void (previousSource = setIdSource(readableIdSource)));
afterEach(() => void setIdSource(previousSource));

const privately = (text: string): Note => ({ text, sensitivity: 'private' });

/** The sample with one agreed goal on the role dispute, concerning Jonas, reviewed once. */
function withGoal(): Inventory {
  let inv = addGoal(sampleInventory(), {
    wording: shareable('Say what she needs from Jonas without shouting.'),
    focus: 'role-dispute',
    people: ['jonas'],
    agreedOn: '2025-04-02',
  });
  inv = recordGoalReview(inv, { goal: 'goal', date: '2025-05-14', progress: 'some' });
  return inv;
}

/** Whether the inventory is still a valid document: it keeps every rule and reads back as itself. */
function expectValid(inv: Inventory): void {
  expect(invariantViolations(inv)).toEqual([]);
  const read = parseInventory(JSON.parse(JSON.stringify(inv)));
  expect(read.ok ? [] : read.errors).toEqual([]);
}

describe('addGoal', () => {
  it('M12: adds a proposed goal with no focus and no people by default', () => {
    const inv = addGoal(sampleInventory(), { wording: shareable(' Sleep through the night. ') });
    expect(inv.goals.goal).toEqual({
      id: 'goal',
      wording: shareable('Sleep through the night.'),
      people: [],
      agreed: false,
      reviews: {},
    });
    expectValid(inv);
  });

  it('C8: ids come from a fixed base, never from the wording, which may be private', () => {
    let inv = addGoal(sampleInventory(), { wording: privately('Stop hiding the drinking from Jonas.') });
    inv = addGoal(inv, { wording: privately('Stop hiding the drinking from Jonas.') });
    expect(Object.keys(inv.goals)).toEqual(['goal', 'goal-2']);
    expect(JSON.stringify(Object.keys(inv.goals))).not.toMatch(/drink|hiding/);
    inv = recordGoalReview(inv, { goal: 'goal', date: '2025-05', progress: 'none' });
    inv = recordGoalReview(inv, { goal: 'goal', date: '2025-06', progress: 'some' });
    expect(Object.keys(inv.goals.goal!.reviews)).toEqual(['review', 'review-2']);
  });

  it('M6, M12: serves a focus, concerns people each once, and is agreed with a date', () => {
    const inv = addGoal(sampleInventory(), {
      id: 'g1',
      wording: shareable('Talk with Jonas about the move.'),
      focus: 'role-dispute',
      people: ['jonas', 'lea', 'jonas'],
      agreed: true,
      agreedOn: '2025-04',
    });
    expect(inv.goals.g1).toEqual({
      id: 'g1',
      wording: shareable('Talk with Jonas about the move.'),
      focus: 'role-dispute',
      people: ['jonas', 'lea'],
      agreed: true,
      agreedOn: '2025-04',
      reviews: {},
    });
  });

  it('C10: a date of agreement alone marks the goal agreed', () => {
    const inv = addGoal(sampleInventory(), { wording: shareable('Call Ingrid weekly.'), agreedOn: '2025-04-02' });
    expect(inv.goals.goal).toMatchObject({ agreed: true, agreedOn: '2025-04-02' });
  });

  it('C2: names the bad argument, with its code, and changes nothing', () => {
    const inv = withGoal();
    const add = (args: Record<string, unknown>): Command => command('addGoal', args as unknown as AddGoalArgs);
    expectRejected(inv, add({}), 'invalid-argument', 'wording');
    expectRejected(inv, add({ wording: shareable('   ') }), 'invalid-argument', 'wording.text');
    expectRejected(inv, add({ wording: { text: 'x', sensitivity: 'public' } }), 'invalid-argument', 'wording.sensitivity');
    expectRejected(inv, add({ wording: shareable('x'), focus: 'grief' }), 'not-found', 'focus');
    expectRejected(inv, add({ wording: shareable('x'), people: ['jonas', 'ghost'] }), 'not-found', 'people.1');
    expectRejected(inv, add({ wording: shareable('x'), people: 'jonas' }), 'invalid-argument', 'people');
    expectRejected(inv, add({ wording: shareable('x'), agreed: 'yes' }), 'invalid-argument', 'agreed');
    expectRejected(inv, add({ wording: shareable('x'), agreedOn: '2025-02-30' }), 'invalid-argument', 'agreedOn');
    expectRejected(inv, add({ wording: shareable('x'), agreed: false, agreedOn: '2025-02' }), 'invalid-argument', 'agreedOn');
    expectRejected(inv, add({ wording: shareable('x'), agreedOn: null }), 'invalid-argument', 'agreedOn');
    expectRejected(inv, add({ wording: shareable('x'), focus: null }), 'not-found', 'focus');
    expectRejected(inv, add({ wording: shareable('x'), id: 'goal' }), 'duplicate', 'id');
    expectRejected(inv, add({ wording: shareable('x'), id: '__proto__' }), 'invalid-argument', 'id');
  });
});

describe('updateGoal', () => {
  it('C5: edits wording, focus, people and agreement together', () => {
    let inv = setFocus(withGoal(), { area: 'grief', people: ['astrid'] });
    inv = updateGoal(inv, {
      id: 'goal',
      changes: { wording: privately('Grieve Astrid openly.'), focus: 'grief', people: ['astrid', 'ingrid'], agreedOn: '2025-06' },
    });
    expect(inv.goals.goal).toMatchObject({
      wording: privately('Grieve Astrid openly.'),
      focus: 'grief',
      people: ['astrid', 'ingrid'],
      agreed: true,
      agreedOn: '2025-06',
    });
    inv = updateGoal(inv, { id: 'goal', changes: { focus: null } });
    expect('focus' in inv.goals.goal!).toBe(false);
    expectValid(inv);
  });

  it('C10: taking the agreement back removes its date; null removes the date only', () => {
    let inv = updateGoal(withGoal(), { id: 'goal', changes: { agreedOn: null } });
    expect(inv.goals.goal).toMatchObject({ agreed: true });
    expect('agreedOn' in inv.goals.goal!).toBe(false);
    inv = updateGoal(withGoal(), { id: 'goal', changes: { agreed: false } });
    expect(inv.goals.goal!.agreed).toBe(false);
    expect('agreedOn' in inv.goals.goal!).toBe(false);
    expectValid(inv);
  });

  it('H8: writing the values a goal already has changes nothing', () => {
    const inv = withGoal();
    const goal = inv.goals.goal!;
    const same = { wording: { ...goal.wording }, focus: goal.focus!, people: [...goal.people], agreed: true, agreedOn: goal.agreedOn! };
    expect(updateGoal(inv, { id: 'goal', changes: same })).toBe(inv);
    expect(updateGoal(inv, { id: 'goal', changes: {} })).toBe(inv);
  });

  it('C2, C5: a change with one bad field leaves the goal unchanged', () => {
    const inv = withGoal();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ wording: shareable('New'), focs: 'grief' }, 'invalid-argument', 'changes.focs'],
      [{ wording: shareable('New'), focus: 'grief' }, 'not-found', 'changes.focus'],
      [{ wording: shareable('New'), people: ['ghost'] }, 'not-found', 'changes.people.0'],
      [{ wording: shareable('') }, 'invalid-argument', 'changes.wording.text'],
      [{ wording: shareable('New'), agreedOn: 'soon' }, 'invalid-argument', 'changes.agreedOn'],
      [{ wording: shareable('New'), agreed: false, agreedOn: '2025' }, 'invalid-argument', 'changes.agreedOn'],
      [{ wording: shareable('New'), reviews: {} }, 'invalid-argument', 'changes.reviews'],
    ];
    for (const [changes, code, path] of cases) {
      expectRejected(inv, command('updateGoal', { id: 'goal', changes: changes }), code as never, path);
    }
    expectRejected(inv, command('updateGoal', { id: 'nope', changes: {} }), 'not-found', 'id');
  });
});

describe('goal reviews', () => {
  it('M13: records a dated review with a progress and a note', () => {
    const inv = recordGoalReview(withGoal(), {
      goal: 'goal',
      date: '2025-06-11',
      progress: 'much',
      note: privately('Said it once, calmly, at dinner.'),
    });
    expect(inv.goals.goal!.reviews['review-2']).toEqual({
      id: 'review-2',
      date: '2025-06-11',
      progress: 'much',
      note: privately('Said it once, calmly, at dinner.'),
    });
    expectValid(inv);
  });

  it('C2, C10: rejects a bad progress, a bad date, a date already reviewed, and an unknown goal', () => {
    const inv = withGoal();
    const review = (args: Record<string, unknown>): Command =>
      command('recordGoalReview', { goal: 'goal', date: '2025-06', progress: 'some', ...args } as unknown as RecordGoalReviewArgs);
    expectRejected(inv, review({ progress: 'lots' }), 'invalid-argument', 'progress');
    expectRejected(inv, review({ progress: 7 }), 'invalid-argument', 'progress');
    expectRejected(inv, review({ date: '2025-06-31' }), 'invalid-argument', 'date');
    expectRejected(inv, review({ date: undefined }), 'invalid-argument', 'date');
    expectRejected(inv, review({ date: '2025-05-14' }), 'duplicate', 'date');
    expectRejected(inv, review({ goal: 'nope' }), 'not-found', 'goal');
    expectRejected(inv, review({ id: 'review' }), 'duplicate', 'id');
    expectRejected(inv, review({ note: 'plain text' }), 'invalid-argument', 'note');
  });

  it('M13: edits a review; null removes its note; no two reviews may end up on one date', () => {
    let inv = recordGoalReview(withGoal(), { goal: 'goal', date: '2025-06', progress: 'much', note: shareable('Better.') });
    inv = updateGoalReview(inv, { goal: 'goal', id: 'review-2', changes: { date: '2025-06-18', progress: 'achieved', note: null } });
    expect(inv.goals.goal!.reviews['review-2']).toEqual({ id: 'review-2', date: '2025-06-18', progress: 'achieved' });
    expectRejected(inv, command('updateGoalReview', { goal: 'goal', id: 'review-2', changes: { date: '2025-05-14' } }), 'duplicate', 'changes.date');
    expectRejected(
      inv,
      command('updateGoalReview', { goal: 'goal', id: 'review-2', changes: { progres: 'some' } as never }),
      'invalid-argument',
      'changes.progres',
    );
    expectRejected(inv, command('updateGoalReview', { goal: 'goal', id: 'review-9', changes: {} }), 'not-found', 'id');
    expectRejected(inv, command('updateGoalReview', { goal: 'nope', id: 'review', changes: {} }), 'not-found', 'goal');
    // Keeping a review's own date is no clash.
    const same = updateGoalReview(inv, { goal: 'goal', id: 'review-2', changes: { date: '2025-06-18', progress: 'achieved' } });
    expect(same).toBe(inv);
  });

  it('removes one review, and a goal with all its reviews', () => {
    let inv = removeGoalReview(withGoal(), { goal: 'goal', id: 'review' });
    expect(inv.goals.goal!.reviews).toEqual({});
    expectRejected(inv, command('removeGoalReview', { goal: 'goal', id: 'review' }), 'not-found', 'id');
    inv = removeGoal(withGoal(), { id: 'goal' });
    expect(inv.goals).toEqual({});
    expectRejected(inv, command('removeGoal', { id: 'goal' }), 'not-found', 'id');
  });
});

describe('goal limits', () => {
  it('C2: a full inventory takes no further goal, and a goal no further review, naming where', () => {
    let inv = sampleInventory();
    for (let i = 0; i < LIMITS.goals; i++) inv = addGoal(inv, { wording: shareable(`Goal ${i}.`) });
    expectRejected(inv, command('addGoal', { wording: shareable('One too many.') }), 'too-large', 'goals');
    let reviewed = withGoal();
    for (let i = 1; i < LIMITS.goalReviews; i++) {
      reviewed = recordGoalReview(reviewed, { goal: 'goal', date: String(1800 + i), progress: 'some' });
    }
    expect(Object.keys(reviewed.goals.goal!.reviews)).toHaveLength(LIMITS.goalReviews);
    expectRejected(reviewed, command('recordGoalReview', { goal: 'goal', date: '2026', progress: 'much' }), 'too-large', 'goal');
  });
});

describe('what a goal refers to', () => {
  it('C3: removing a person takes them out of the goals, which stay', () => {
    const inv = removePerson(withGoal(), { id: 'jonas' });
    expect(inv.goals.goal!.people).toEqual([]);
    expectValid(inv);
  });

  it('C9: removing a focus leaves the goals that served it, without a focus', () => {
    const inv = removeFocus(withGoal(), { id: 'role-dispute' });
    expect(inv.goals.goal).toBeDefined();
    expect('focus' in inv.goals.goal!).toBe(false);
    expect(inv.goals.goal!.reviews).toEqual(withGoal().goals.goal!.reviews);
    expectValid(inv);
  });
});

describe('goal commands in a store', () => {
  it('H1, H2: every goal command is one undo step, undone and redone exactly', () => {
    const steps: Command[] = [
      command('addGoal', { wording: shareable('Call Ingrid weekly.'), people: ['ingrid'] }),
      command('updateGoal', { id: 'goal-2', changes: { agreedOn: '2025-04-09', focus: 'role-dispute' } }),
      command('recordGoalReview', { goal: 'goal-2', date: '2025-05', progress: 'some', note: privately('Once.') }),
      command('updateGoalReview', { goal: 'goal-2', id: 'review', changes: { progress: 'much', note: null } }),
      command('removeGoalReview', { goal: 'goal', id: 'review' }),
      command('removeGoal', { id: 'goal' }),
    ];
    const store = createStore(withGoal());
    for (const step of steps) {
      const before = store.inventory;
      expect(store.dispatch(step), step.name).toBeDefined();
      const after = store.inventory;
      expectValid(after);
      store.undo();
      expect(store.inventory, `undo ${step.name}`).toEqual(before);
      store.redo();
      expect(store.inventory, `redo ${step.name}`).toEqual(after);
    }
    expect(Object.keys(store.inventory.goals)).toEqual(['goal-2']);
  });
});
