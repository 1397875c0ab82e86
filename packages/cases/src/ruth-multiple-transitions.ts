import {
  addGoal,
  recordGoalReview,
  addPerson,
  createInventory,
  linkPeople,
  markDeceased,
  recordEvent,
  setCloseness,
  setConflict,
  setFocus,
  updateTie,
  type Inventory,
  type SetFocusArgs,
  type TieCloseness,
} from '@relmap/core';
import { monthsBefore, yearsBefore } from './dates.ts';
import { privateNote, shareableNote } from './notes.ts';
import type { TeachingCase } from './types.ts';

const INTAKE_DATE = '2026-07-06';
const SESSION_12_DATE = '2026-09-28';

// Set at intake and again at session 12 with the new groups added, so the shared part lives here.
const TRANSITION_FOCUS = {
  id: 'role-transition',
  area: 'role-transition',
  primary: true,
  events: ['retirement', 'moved', 'left-choir'],
  transitionFrom: 'teacher in her home town',
  transitionTo: 'retired, in a new town near her daughter',
} as const satisfies Omit<SetFocusArgs, 'people'>;
const TRANSITION_PEOPLE = ['margaret', 'the-choir', 'claire', 'peter', 'ms-patel', 'church-group'];

/** The ties among Ruth's people that carry no conflict: two person ids, a label, a closeness. */
const CALM_TIES: readonly (readonly [string, string, string, TieCloseness])[] = [
  ['claire', 'simon', 'married', 'close'],
  ['maisie', 'finn', 'siblings', 'close'],
  // The sheet says Maisie and Finn are Claire and Simon's children; drawn, so the family reads as one cluster.
  ['claire', 'maisie', 'mother and daughter', 'close'],
  ['claire', 'finn', 'mother and son', 'close'],
  ['simon', 'maisie', 'father and daughter', 'close'],
  ['simon', 'finn', 'father and son', 'close'],
  ['judith', 'anne', 'mother and daughter', 'close'],
  ['margaret', 'alan', 'colleagues', 'normal'],
];

function buildIntake(): Inventory {
  let inv = createInventory({ clientLabel: 'Ruth' });

  inv = addPerson(inv, {
    id: 'judith',
    name: 'Judith',
    alias: 'Sister',
    role: 'sister',
    category: 'sibling',
    ring: 1,
    notes: privateNote('Phoned every day for 50 years.'),
    tie: { conflict: 'none', support: 'none' },
  });
  inv = markDeceased(inv, { id: 'judith', died: monthsBefore(INTAKE_DATE, 4) });
  inv = addPerson(inv, {
    id: 'claire',
    name: 'Claire',
    alias: 'Daughter',
    role: 'daughter',
    category: 'child',
    ring: 1,
    tie: {
      conflict: 'low',
      support: 'strong',
      contact: 'weekly',
      unsatisfying: privateNote('Busy with her own children; Ruth feels she is a burden.'),
    },
  });
  inv = addPerson(inv, {
    id: 'simon',
    name: 'Simon',
    role: 'son-in-law',
    category: 'other-family',
    ring: 2,
    tie: {
      conflict: 'low',
      support: 'some',
      contact: 'weekly',
      satisfying: privateNote('Polite.'),
      unsatisfying: privateNote('Disagreed about the move.'),
    },
  });
  inv = addPerson(inv, {
    id: 'maisie',
    name: 'Maisie',
    role: 'granddaughter (10)',
    category: 'other-family',
    ring: 1,
    tie: {
      conflict: 'none',
      support: 'strong',
      contact: 'weekly',
      satisfying: privateNote('Reads with Ruth on Sundays.'),
    },
  });
  inv = addPerson(inv, {
    id: 'finn',
    name: 'Finn',
    role: 'grandson (7)',
    category: 'other-family',
    ring: 2,
    tie: { conflict: 'none', support: 'some', contact: 'weekly' },
  });
  inv = addPerson(inv, {
    id: 'peter',
    name: 'Peter',
    alias: 'Son',
    role: 'son',
    category: 'child',
    ring: 2,
    tie: {
      conflict: 'high',
      support: 'none',
      contact: 'rarely',
      unsatisfying: privateNote('Opposed selling the house; angry about it.'),
    },
  });
  inv = addPerson(inv, {
    id: 'margaret',
    name: 'Margaret',
    role: 'former colleague',
    category: 'colleague',
    ring: 2,
    notes: shareableNote('Still lives in the old town.'),
    tie: {
      conflict: 'none',
      support: 'strong',
      contact: 'monthly',
      contactNote: privateNote('Monthly, was daily.'),
    },
  });
  inv = addPerson(inv, {
    id: 'alan',
    name: 'Alan',
    role: 'former colleague',
    category: 'colleague',
    ring: 3,
    tie: { conflict: 'none', support: 'some', contact: 'rarely' },
  });
  inv = addPerson(inv, {
    id: 'the-choir',
    name: 'The choir',
    role: 'choir (old town)',
    category: 'community',
    kind: 'group',
    ring: 3,
    notes: shareableNote('Sang alto for 25 years.'),
    tie: { conflict: 'none', support: 'strong', contact: 'stopped', ended: true },
  });
  inv = addPerson(inv, {
    id: 'bill',
    name: 'Bill',
    alias: 'Husband',
    role: 'husband',
    category: 'partner',
    ring: 2,
    notes: privateNote('Earlier loss, resolved.'),
    tie: { conflict: 'none', support: 'none' },
  });
  inv = markDeceased(inv, { id: 'bill', died: yearsBefore(INTAKE_DATE, 11) });
  inv = addPerson(inv, {
    id: 'ms-patel',
    name: 'Ms. Patel',
    role: 'new neighbour',
    category: 'neighbour',
    ring: 3,
    tie: {
      conflict: 'none',
      support: 'some',
      contact: 'weekly',
      satisfying: privateNote('Invited her for tea once.'),
    },
  });
  inv = addPerson(inv, {
    id: 'church-group',
    name: 'Church group',
    role: 'church group (new town)',
    category: 'community',
    kind: 'group',
    ring: 3,
    tie: {
      conflict: 'none',
      support: 'none',
      contact: 'rarely',
      contactNote: privateNote('Went once.'),
      unsatisfying: privateNote('Felt like an outsider.'),
    },
  });
  inv = addPerson(inv, {
    id: 'dr-berg',
    name: 'Dr. Berg',
    alias: 'GP',
    role: 'GP',
    category: 'professional',
    ring: 3,
    tie: { conflict: 'none', support: 'some', supportDirection: 'to-client', contact: 'monthly' },
  });
  inv = addPerson(inv, {
    id: 'anne',
    name: 'Anne',
    role: "niece (late sister's daughter)",
    category: 'other-family',
    ring: 3,
    tie: {
      conflict: 'none',
      support: 'some',
      contact: 'rarely',
      contactNote: privateNote('Since the funeral; they have talked twice.'),
      satisfying: privateNote('Shared grief.'),
    },
  });

  for (const [a, b, label, closeness] of CALM_TIES) {
    inv = linkPeople(inv, { id: `${a}-${b}`, a, b, closeness, conflict: 'none', label: shareableNote(label) });
  }
  inv = linkPeople(inv, {
    id: 'claire-peter',
    a: 'claire',
    b: 'peter',
    closeness: 'normal',
    conflict: 'high',
    label: shareableNote('siblings'),
  });

  inv = recordEvent(inv, {
    id: 'retirement',
    kind: 'retirement',
    label: shareableNote('Retired after 40 years of teaching'),
    date: monthsBefore(INTAKE_DATE, 12),
    people: ['margaret', 'alan'],
  });
  inv = recordEvent(inv, {
    id: 'moved',
    kind: 'move',
    label: shareableNote('Sold the house and moved near Claire'),
    date: monthsBefore(INTAKE_DATE, 9),
    people: ['claire', 'simon', 'peter'],
  });
  inv = recordEvent(inv, {
    id: 'judith-death',
    kind: 'death',
    label: shareableNote("Judith's death"),
    date: monthsBefore(INTAKE_DATE, 4),
    people: ['judith', 'anne'],
  });
  inv = recordEvent(inv, {
    id: 'bill-death',
    kind: 'death',
    label: shareableNote("Bill's death"),
    date: yearsBefore(INTAKE_DATE, 11),
    people: ['bill'],
  });
  inv = recordEvent(inv, {
    id: 'left-choir',
    kind: 'other',
    label: shareableNote('Left the choir'),
    date: monthsBefore(INTAKE_DATE, 9),
    people: ['the-choir'],
  });

  inv = setFocus(inv, {
    ...TRANSITION_FOCUS,
    people: TRANSITION_PEOPLE,
    note: privateNote('Retirement and relocation; feels "useless and far from everyone".'),
  });
  inv = setFocus(inv, {
    id: 'grief',
    area: 'grief',
    primary: false,
    people: ['judith', 'anne'],
    events: ['judith-death'],
  });

  // The goals Ruth agreed to with the formulation: a place in the new town, and room to mourn Judith.
  inv = addGoal(inv, {
    id: 'new-roles',
    focus: 'role-transition',
    people: [],
    agreedOn: INTAKE_DATE,
    wording: shareableNote('Find a role and company in the new town that she values.'),
  });
  inv = addGoal(inv, {
    id: 'mourn-judith',
    focus: 'grief',
    people: ['judith', 'anne'],
    agreedOn: INTAKE_DATE,
    wording: shareableNote('Share her grief for Judith with Anne.'),
  });
  return inv;
}

function buildSession12(intake: Inventory): Inventory {
  let inv = intake;
  inv = addPerson(inv, {
    id: 'school-reading-volunteers',
    name: 'School reading volunteers',
    role: "reading helpers at her granddaughter's school",
    category: 'community',
    kind: 'group',
    ring: 3,
    tie: { conflict: 'none', support: 'some' },
  });
  inv = addPerson(inv, {
    id: 'new-town-choir',
    name: 'New town choir',
    role: 'choir (new town)',
    category: 'community',
    kind: 'group',
    ring: 2,
  });
  inv = setCloseness(inv, { id: 'anne', ring: 2 });
  inv = updateTie(inv, { id: 'anne', changes: { contact: 'weekly', contactNote: privateNote('Talk weekly.') } });
  inv = setConflict(inv, { id: 'peter', conflict: 'low' });
  inv = updateTie(inv, { id: 'peter', changes: { contactNote: privateNote('Visited once.') } });
  inv = setFocus(inv, {
    ...TRANSITION_FOCUS,
    people: [...TRANSITION_PEOPLE, 'school-reading-volunteers', 'new-town-choir'],
    note: privateNote("New roles in the new town: a reading helper at Maisie's school and a choir again."),
  });
  inv = recordGoalReview(inv, {
    goal: 'new-roles',
    id: 'session-12',
    date: SESSION_12_DATE,
    progress: 'much',
    note: shareableNote("A reading helper at Maisie's school, and sings in the town choir."),
  });
  inv = recordGoalReview(inv, {
    goal: 'mourn-judith',
    id: 'session-12',
    date: SESSION_12_DATE,
    progress: 'some',
    note: shareableNote('Talks with Anne every week.'),
  });
  return inv;
}

const intake = buildIntake();

/** Ruth, 71: a role transition (retirement and relocation) together with grief for her sister. */
export const ruth: TeachingCase = Object.freeze({
  id: 'ruth',
  title: 'Ruth, 71: role transition and grief',
  problemArea: 'role-transition',
  summary:
    'Ruth retired from 40 years of teaching a year ago, then sold the family house and moved to a flat near her ' +
    'daughter. Her sister died four months ago. She feels "useless and far from everyone".',
  intake,
  session12: buildSession12(intake),
  intakeDate: INTAKE_DATE,
  session12Date: SESSION_12_DATE,
});
