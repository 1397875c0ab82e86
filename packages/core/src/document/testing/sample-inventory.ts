import {
  addGoal,
  addPerson,
  recordGoalReview,
  linkPeople,
  markDeceased,
  recordEvent,
  recordLayout,
  setFocus,
  setPin,
  updateLink,
} from '../../commands/index.ts';
import { createInventory } from '../../create-inventory.ts';
import type { Inventory } from '../../model.ts';

/**
 * A small inventory that uses every field of the model at least once: the fixture of the document tests.
 * Maya's partner Jonas, her mother Ruth, her late father Henrik, and a choir.
 */
export function sampleInventory(): Inventory {
  let inv = createInventory({ clientLabel: 'Maya', rings: 3 });
  inv = addPerson(inv, {
    id: 'jonas',
    name: 'Jonas',
    ring: 1,
    category: 'partner',
    role: 'husband',
    alias: 'J.',
    initials: 'JK',
    born: '1984-06-02',
    notes: { text: 'Works night shifts.', sensitivity: 'private' },
    tie: {
      conflict: 'high',
      support: 'some',
      supportDirection: 'mutual',
      contact: 'daily',
      contactNote: { text: 'Dinner together.', sensitivity: 'shareable' },
      satisfying: { text: 'Laughs together.', sensitivity: 'shareable' },
      unsatisfying: { text: 'Argues about money.', sensitivity: 'private' },
      expectationsOfOther: { text: 'More help at home.', sensitivity: 'private' },
      expectationsOfClient: { text: 'Back to work soon.', sensitivity: 'private' },
      expectationsMet: 'partly',
      wishedChanges: { text: 'Talk without shouting.', sensitivity: 'shareable' },
      knowsAboutDepression: 'yes',
    },
  });
  inv = addPerson(inv, { id: 'ruth', name: 'Ruth', ring: 2, category: 'parent', tie: { support: 'strong', ended: true } });
  inv = addPerson(inv, { id: 'henrik', name: 'Henrik', ring: 2, category: 'parent', born: '1950' });
  inv = markDeceased(inv, { id: 'henrik', died: '2024-11' });
  inv = addPerson(inv, { name: 'St. Mary choir', id: 'choir', category: 'community', kind: 'group' });
  inv = setPin(inv, { id: 'choir', angle: 90 });
  inv = linkPeople(inv, {
    id: 'ruth-henrik',
    a: 'ruth',
    b: 'henrik',
    closeness: 'close',
    conflict: 'hostile',
    label: { text: 'married', sensitivity: 'shareable' },
  });
  inv = updateLink(inv, { id: 'ruth-henrik', changes: { ended: true } });
  inv = recordEvent(inv, { id: 'e1', kind: 'death', label: { text: 'Father died.', sensitivity: 'shareable' }, date: '2024-11', people: ['henrik'] });
  inv = recordEvent(inv, { id: 'e2', kind: 'job', label: { text: 'Lost her job.', sensitivity: 'private' }, people: [] });
  inv = setFocus(inv, { area: 'grief', primary: true, people: ['henrik'], events: ['e1'], note: { text: 'Delayed grief.', sensitivity: 'private' } });
  inv = setFocus(inv, { area: 'role-dispute', primary: false, people: ['jonas'], disputeStage: 'impasse' });
  inv = setFocus(inv, { area: 'role-transition', primary: false, transitionFrom: 'nurse', transitionTo: 'unemployed', events: ['e2'] });
  inv = addGoal(inv, {
    id: 'goal',
    wording: { text: 'Talk about Henrik with Ruth once a week.', sensitivity: 'shareable' },
    focus: 'grief',
    people: ['henrik', 'ruth'],
    agreedOn: '2025-01-20',
  });
  inv = recordGoalReview(inv, { goal: 'goal', id: 'review', date: '2025-02', progress: 'some' });
  inv = recordGoalReview(inv, {
    goal: 'goal',
    id: 'review-2',
    date: '2025-03-14',
    progress: 'much',
    note: { text: 'Still avoids the grave.', sensitivity: 'private' },
  });
  inv = addGoal(inv, { id: 'goal-2', wording: { text: 'Stop apologising for crying.', sensitivity: 'private' }, people: [] });
  inv = recordLayout(inv, { hints: { jonas: 12.5, ruth: 200.25, henrik: 236.0001 }, ringRadii: [126, 216, 306.5] });
  return inv;
}

/** A deep, mutable copy of plain data, as a test would write it by hand. */
export function plainCopy<T>(value: T): any {
  return JSON.parse(JSON.stringify(value));
}

/** Whether every object and array reachable from `value` is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}

/** Every object and array reachable from `value`, the root included. */
export function objectsIn(value: unknown, into: Set<object> = new Set()): Set<object> {
  if (typeof value !== 'object' || value === null || into.has(value)) return into;
  into.add(value);
  for (const child of Object.values(value)) objectsIn(child, into);
  return into;
}
