import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { parseInventory } from './parse-inventory.ts';
import { serializeInventory } from './serialize-inventory.ts';
import { edited, errorsOf } from './testing/edited.ts';
import { sampleInventory } from './testing/sample-inventory.ts';

// The sample holds two goals: `goal` (on the grief focus, about Henrik and Ruth, agreed, two reviews) and
// `goal-2` (a private wording, proposed, no review).

const paths = (doc: unknown): string[] => errorsOf(parseInventory(doc)).map((e) => e.path);

describe('parseInventory: goals', () => {
  it('V8: a document with goals and reviews reads back to exactly the inventory that wrote it', () => {
    const inv = sampleInventory();
    const read = parseInventory(JSON.parse(serializeInventory(inv)));
    expect(read).toEqual({ ok: true, inventory: inv });
  });

  it('V3, M6: a goal serving a missing focus or naming a missing person is an error at its path', () => {
    const errors = errorsOf(
      parseInventory(
        edited((d) => {
          d.goals.goal.focus = 'role-dispute-2';
          d.goals.goal.people = ['henrik', 'ghost', 'henrik'];
        }),
      ),
    );
    expect(errors).toEqual([
      { path: 'goals.goal.focus', message: 'expected the id of a focus in this inventory, got "role-dispute-2", which is not one.' },
      { path: 'goals.goal.people.1', message: 'expected the id of a person in this inventory, got "ghost", which is not one.' },
      { path: 'goals.goal.people.2', message: 'expected each person once, but "henrik" is listed before.' },
    ]);
  });

  it('M12: a date of agreement belongs only to an agreed goal, and must be a real date', () => {
    expect(errorsOf(parseInventory(edited((d) => (d.goals.goal.agreed = false))))).toEqual([
      {
        path: 'goals.goal.agreedOn',
        message: 'expected no date of agreement, because this goal is not agreed; make "agreed" true or remove the date.',
      },
    ]);
    expect(paths(edited((d) => (d.goals.goal.agreedOn = '2025-02-29')))).toEqual(['goals.goal.agreedOn']);
    expect(paths(edited((d) => (d.goals.goal.agreed = 'yes')))).toEqual(['goals.goal.agreed']);
  });

  it('M12, M10: a goal needs its wording, as a note with a sensitivity', () => {
    expect(errorsOf(parseInventory(edited((d) => delete d.goals.goal.wording)))).toEqual([
      { path: 'goals.goal.wording', message: 'expected a note { text, sensitivity }, but the field is missing.' },
    ]);
    expect(paths(edited((d) => (d.goals.goal.wording = 'Talk about Henrik.')))).toEqual(['goals.goal.wording']);
    expect(paths(edited((d) => (d.goals.goal.wording.sensitivity = 'public')))).toEqual(['goals.goal.wording.sensitivity']);
  });

  it('M13: a review needs a real date and a progress from the fixed scale', () => {
    const errors = errorsOf(
      parseInventory(
        edited((d) => {
          d.goals.goal.reviews.review.progress = 7;
          d.goals.goal.reviews['review-2'].date = 'session 12';
        }),
      ),
    );
    expect(errors).toEqual([
      { path: 'goals.goal.reviews.review.progress', message: 'expected one of "none", "some", "much", "achieved", got 7.' },
      {
        path: 'goals.goal.reviews.review-2.date',
        message: 'expected the date of the review as YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar, got "session 12".',
      },
    ]);
  });

  it('M13: two reviews of one goal on the same date are an error at the later one', () => {
    const errors = errorsOf(parseInventory(edited((d) => (d.goals.goal.reviews['review-2'].date = '2025-02'))));
    expect(errors).toEqual([
      {
        path: 'goals.goal.reviews.review-2.date',
        message: 'expected one review of a goal per date, but "review" is dated "2025-02" too.',
      },
    ]);
  });

  it('M1: a review is keyed by its id, and its key is an id', () => {
    const doc = edited((d) => {
      d.goals.goal.reviews.review.id = 'r1';
      d.goals.goal.reviews['a b'] = { id: 'a b', date: '2025-04', progress: 'some' };
    });
    expect(paths(doc).sort()).toEqual(['goals.goal.reviews.a b', 'goals.goal.reviews.a b.id', 'goals.goal.reviews.review.id']);
  });

  it('M1: a goal is keyed by its id', () => {
    expect(errorsOf(parseInventory(edited((d) => (d.goals.goal.id = 'g9'))))).toEqual([
      { path: 'goals.goal.id', message: 'expected "goal", the key of this record, got "g9".' },
    ]);
  });

  it('V6: unknown fields of a goal and of a review are errors, each at its path', () => {
    const doc = edited((d) => {
      d.goals.goal.deadline = '2025-06';
      d.goals.goal.reviews.review.score = 4;
    });
    expect(errorsOf(parseInventory(doc))).toEqual([
      { path: 'goals.goal.reviews.review.score', message: 'expected only the fields of a review of a goal; this field is not one of them.' },
      { path: 'goals.goal.deadline', message: 'expected only the fields of a goal; this field is not one of them.' },
    ]);
  });

  it("V2: the goals and a goal's reviews must be objects keyed by id, not lists", () => {
    expect(paths(edited((d) => (d.goals = [])))).toEqual(['goals']);
    expect(errorsOf(parseInventory(edited((d) => (d.goals.goal.reviews = []))))).toEqual([
      { path: 'goals.goal.reviews', message: 'expected an object of reviews keyed by id, got an array.' },
    ]);
    expect(paths(edited((d) => delete d.goals))).toEqual(['goals']);
  });

  it('V5: more goals, or more reviews of one goal, than the limits allow are refused with the limit', () => {
    const manyGoals = edited((d) => {
      for (let i = 0; i <= LIMITS.goals; i++) d.goals[`g${i}`] = { ...d.goals['goal-2'], id: `g${i}` };
    });
    expect(errorsOf(parseInventory(manyGoals))).toEqual([{ path: 'goals', message: expect.stringContaining(`${LIMITS.goals} goals`) }]);
    const manyReviews = edited((d) => {
      for (let i = 0; i <= LIMITS.goalReviews; i++) {
        d.goals.goal.reviews[`r${i}`] = { id: `r${i}`, date: String(1800 + i), progress: 'some' };
      }
    });
    expect(errorsOf(parseInventory(manyReviews))).toEqual([
      { path: 'goals.goal.reviews', message: expect.stringContaining(`at most ${LIMITS.goalReviews} reviews`) },
    ]);
  });
});
