import {
  addGoal,
  recordGoalReview,
  addPerson,
  createInventory,
  linkPeople,
  recordEvent,
  setCloseness,
  setConflict,
  setFocus,
  setSupport,
  updateTie,
  type Inventory,
  type SetFocusArgs,
} from '@relmap/core';
import { yearsBefore } from './dates.ts';
import { privateNote, shareableNote } from './notes.ts';
import type { TeachingCase } from './types.ts';

const INTAKE_DATE = '2026-02-02';
const SESSION_12_DATE = '2026-04-27';

// The dispute focus is set twice with only its stage and formulation changed, so its shared part lives here.
const DISPUTE_FOCUS = {
  id: 'role-dispute',
  area: 'role-dispute',
  primary: true,
  people: ['arjun', 'meera'],
  events: ['marriage-move', 'raj-stroke'],
} as const satisfies SetFocusArgs;

function buildIntake(): Inventory {
  let inv = createInventory({ clientLabel: 'Priya' });

  inv = addPerson(inv, {
    id: 'arjun',
    name: 'Arjun',
    alias: 'Husband',
    role: 'husband',
    category: 'partner',
    ring: 1,
    notes: privateNote('Expectation gap about moving out; both silent.'),
    tie: {
      conflict: 'high',
      support: 'some',
      contact: 'daily',
      unsatisfying: privateNote('"We live like flatmates."'),
      expectationsOfOther: privateNote('To live on their own after the first year of marriage.'),
      expectationsOfClient: privateNote('To keep living with his parents to care for his father.'),
      expectationsMet: 'no',
    },
  });
  inv = addPerson(inv, {
    id: 'meera',
    name: 'Meera',
    alias: 'Mother-in-law',
    role: 'mother-in-law',
    category: 'other-family',
    ring: 2,
    notes: privateNote("Close to Arjun: an inner alliance, from Priya's view."),
    tie: {
      conflict: 'high',
      support: 'none',
      contact: 'daily',
      unsatisfying: privateNote('Runs the household; Priya feels like a guest.'),
    },
  });
  inv = addPerson(inv, {
    id: 'raj',
    name: 'Raj',
    role: 'father-in-law',
    category: 'other-family',
    ring: 3,
    notes: privateNote('Had a stroke last year; needs care. Arjun is the main carer.'),
    tie: { conflict: 'none', support: 'none', contact: 'daily' },
  });
  inv = addPerson(inv, {
    id: 'lakshmi',
    name: 'Lakshmi',
    alias: 'Mother',
    role: 'mother',
    category: 'parent',
    ring: 1,
    tie: {
      conflict: 'none',
      support: 'strong',
      contact: 'daily',
      contactNote: shareableNote('Daily (phone).'),
      unsatisfying: privateNote('Says "adjust, that is marriage"; Priya feels unheard.'),
    },
  });
  inv = addPerson(inv, {
    id: 'anand',
    name: 'Anand',
    role: 'brother',
    category: 'sibling',
    ring: 2,
    tie: {
      conflict: 'none',
      support: 'some',
      contact: 'weekly',
      unsatisfying: privateNote('Takes her side, which makes her feel guilty.'),
    },
  });
  inv = addPerson(inv, {
    id: 'nisha',
    name: 'Nisha',
    alias: 'Friend',
    role: 'friend from university',
    category: 'friend',
    ring: 2,
    tie: {
      conflict: 'none',
      support: 'strong',
      contact: 'weekly',
      satisfying: privateNote('The one person she tells everything.'),
    },
  });
  inv = addPerson(inv, {
    id: 'dev',
    name: 'Dev',
    role: 'colleague',
    category: 'colleague',
    ring: 3,
    tie: {
      conflict: 'none',
      support: 'some',
      contact: 'daily',
      satisfying: privateNote('Work is the only place she feels competent.'),
    },
  });
  inv = addPerson(inv, {
    id: 'kavya',
    name: 'Kavya',
    role: 'sister-in-law',
    category: 'other-family',
    ring: 3,
    notes: privateNote('Moved out with her husband; Meera compares them.'),
    tie: { conflict: 'low', support: 'none', contact: 'monthly' },
  });
  inv = addPerson(inv, {
    id: 'team',
    name: 'Team',
    role: 'work team',
    category: 'colleague',
    kind: 'group',
    ring: 3,
    tie: { conflict: 'none', support: 'some', contact: 'daily' },
  });
  inv = addPerson(inv, {
    id: 'dr-shah',
    name: 'Dr. Shah',
    alias: 'Psychiatrist',
    role: 'psychiatrist',
    category: 'professional',
    ring: 3,
    notes: privateNote('Prescribes sertraline.'),
    tie: { conflict: 'none', support: 'some', supportDirection: 'to-client', contact: 'monthly' },
  });

  inv = linkPeople(inv, {
    id: 'arjun-meera',
    a: 'arjun',
    b: 'meera',
    closeness: 'close',
    conflict: 'none',
    label: shareableNote('mother and son'),
  });
  inv = linkPeople(inv, {
    id: 'meera-kavya',
    a: 'meera',
    b: 'kavya',
    closeness: 'normal',
    conflict: 'high',
    label: shareableNote('in-laws'),
  });
  inv = linkPeople(inv, {
    id: 'lakshmi-meera',
    a: 'lakshmi',
    b: 'meera',
    closeness: 'distant',
    conflict: 'none',
    label: shareableNote('polite'),
  });
  inv = linkPeople(inv, {
    id: 'arjun-raj',
    a: 'arjun',
    b: 'raj',
    closeness: 'close',
    conflict: 'none',
    label: shareableNote('father and son'),
  });

  inv = recordEvent(inv, {
    id: 'marriage-move',
    kind: 'move',
    label: shareableNote("Marriage and move into the in-laws' house"),
    date: yearsBefore(INTAKE_DATE, 2),
    people: ['arjun', 'meera', 'raj'],
  });
  inv = recordEvent(inv, {
    id: 'raj-stroke',
    kind: 'illness',
    label: shareableNote("Raj's stroke; the plan to move out stalled"),
    date: yearsBefore(INTAKE_DATE, 1),
    people: ['raj', 'arjun'],
  });

  inv = setFocus(inv, {
    ...DISPUTE_FOCUS,
    disputeStage: 'impasse',
    note: privateNote('Silent impasse with nonreciprocal expectations about moving out; they have stopped discussing it.'),
  });

  // The goal Priya agreed to with the formulation: out of the silent impasse, into a negotiation.
  inv = addGoal(inv, {
    id: 'talk-with-arjun',
    focus: 'role-dispute',
    people: ['arjun'],
    agreedOn: INTAKE_DATE,
    wording: shareableNote('Talk with Arjun about where they will live, instead of staying silent.'),
  });
  return inv;
}

function buildSession12(intake: Inventory): Inventory {
  let inv = intake;
  inv = setFocus(inv, {
    ...DISPUTE_FOCUS,
    disputeStage: 'renegotiation',
    note: privateNote('Renegotiation: Priya and Arjun agreed on a weekly talk and a two-year plan.'),
  });
  inv = setConflict(inv, { id: 'arjun', conflict: 'low' });
  inv = setSupport(inv, { id: 'arjun', support: 'some' });
  inv = updateTie(inv, {
    id: 'arjun',
    changes: { contactNote: privateNote('A weekly talk about the two-year plan.') },
  });
  inv = setConflict(inv, { id: 'meera', conflict: 'low' });
  inv = updateTie(inv, {
    id: 'meera',
    changes: { satisfying: privateNote("Priya took over one evening's cooking by agreement.") },
  });
  inv = setCloseness(inv, { id: 'lakshmi', ring: 1 });
  inv = setSupport(inv, { id: 'lakshmi', support: 'strong' });
  inv = updateTie(inv, {
    id: 'lakshmi',
    changes: { satisfying: privateNote('Now knows the details.') },
  });
  inv = recordGoalReview(inv, {
    goal: 'talk-with-arjun',
    id: 'session-12',
    date: SESSION_12_DATE,
    progress: 'much',
    note: shareableNote('They talk every week and have agreed on a two-year plan.'),
  });
  return inv;
}

const intake = buildIntake();

/** Priya, 27: a role dispute with her husband about where they live, moving from impasse to renegotiation. */
export const priya: TeachingCase = Object.freeze({
  id: 'priya',
  title: 'Priya, 27: role dispute, impasse',
  problemArea: 'role-dispute',
  summary:
    'Priya and her husband Arjun married two years ago. She expected them to live on their own after a year; he ' +
    'wants to keep living with his parents to care for his father. They have stopped discussing it and barely talk.',
  intake,
  session12: buildSession12(intake),
  intakeDate: INTAKE_DATE,
  session12Date: SESSION_12_DATE,
});
