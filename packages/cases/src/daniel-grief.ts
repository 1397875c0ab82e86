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
} from '@relmap/core';
import { monthsBefore } from './dates.ts';
import { privateNote, shareableNote } from './notes.ts';
import type { TeachingCase } from './types.ts';

const INTAKE_DATE = '2026-01-12';
const SESSION_12_DATE = '2026-04-06';
// Session 6, five weeks after intake: the middle of treatment, when the goals were first reviewed.
const SESSION_6_DATE = '2026-02-16';

function buildIntake(): Inventory {
  let inv = createInventory({ clientLabel: 'Daniel' });

  inv = addPerson(inv, {
    id: 'helen',
    name: 'Helen',
    alias: 'Wife',
    role: 'wife',
    category: 'partner',
    ring: 1,
    notes: privateNote('"I can\'t talk about her without falling apart." Anger about the late diagnosis.'),
    tie: { conflict: 'none', support: 'none' },
  });
  inv = markDeceased(inv, { id: 'helen', died: monthsBefore(INTAKE_DATE, 14) });
  inv = addPerson(inv, {
    id: 'emma',
    name: 'Emma',
    alias: 'Daughter',
    role: 'daughter (29)',
    category: 'child',
    ring: 1,
    notes: privateNote('The go-between with Mark.'),
    tie: {
      conflict: 'low',
      support: 'strong',
      contact: 'weekly',
      expectationsOfClient: privateNote("Wants him to clear out Helen's things."),
      expectationsMet: 'no',
      unsatisfying: privateNote('He feels rushed.'),
    },
  });
  inv = addPerson(inv, {
    id: 'mark',
    name: 'Mark',
    alias: 'Son',
    role: 'son (26)',
    category: 'child',
    ring: 2,
    tie: {
      conflict: 'high',
      support: 'some',
      contact: 'rarely',
      unsatisfying: privateNote('Argued at the funeral about the hospice decision; they hardly speak since.'),
    },
  });
  inv = addPerson(inv, {
    id: 'pete',
    name: 'Pete',
    role: 'friend, band member',
    category: 'friend',
    ring: 2,
    tie: {
      conflict: 'none',
      support: 'strong',
      contact: 'stopped',
      expectationsOfClient: privateNote('Keeps inviting him to rehearsals.'),
      expectationsMet: 'no',
      contactNote: privateNote('Daniel does not answer.'),
    },
  });
  inv = addPerson(inv, {
    id: 'the-wilsons',
    name: 'The Wilsons',
    role: 'couple friends',
    category: 'friend',
    kind: 'group',
    ring: 3,
    notes: privateNote("Were Helen's friends first."),
    tie: {
      conflict: 'none',
      support: 'some',
      contact: 'stopped',
      contactNote: privateNote('Avoided.'),
      unsatisfying: privateNote('Painful to see them without her.'),
    },
  });
  inv = addPerson(inv, {
    id: 'dr-osei',
    name: 'Dr. Osei',
    alias: 'GP',
    role: 'GP',
    category: 'professional',
    ring: 3,
    notes: privateNote('Suggested therapy.'),
    tie: {
      conflict: 'none',
      support: 'some',
      supportDirection: 'to-client',
      contact: 'rarely',
      contactNote: shareableNote('Quarterly.'),
    },
  });
  inv = addPerson(inv, {
    id: 'rosa',
    name: 'Rosa',
    role: 'neighbour',
    category: 'neighbour',
    ring: 3,
    tie: {
      conflict: 'none',
      support: 'some',
      supportDirection: 'to-client',
      contact: 'weekly',
      contactNote: shareableNote('Weekly (in passing).'),
      satisfying: privateNote('Brings food sometimes.'),
    },
  });
  inv = addPerson(inv, {
    id: 'band',
    name: 'Band',
    role: 'band',
    category: 'community',
    kind: 'group',
    ring: 3,
    notes: shareableNote('Played bass for 20 years.'),
    tie: { conflict: 'none', support: 'strong', contact: 'stopped', ended: true },
  });

  inv = linkPeople(inv, {
    id: 'emma-mark',
    a: 'emma',
    b: 'mark',
    closeness: 'normal',
    conflict: 'low',
    label: shareableNote('siblings'),
  });
  inv = linkPeople(inv, {
    id: 'pete-band',
    a: 'pete',
    b: 'band',
    closeness: 'close',
    conflict: 'none',
    label: shareableNote('member'),
  });
  inv = linkPeople(inv, {
    id: 'helen-the-wilsons',
    a: 'helen',
    b: 'the-wilsons',
    closeness: 'close',
    conflict: 'none',
    label: shareableNote('close friends'),
  });

  inv = recordEvent(inv, {
    id: 'helen-death',
    kind: 'death',
    label: shareableNote("Helen's death"),
    date: monthsBefore(INTAKE_DATE, 14),
    people: ['helen'],
  });
  inv = recordEvent(inv, {
    id: 'stopped-band',
    kind: 'other',
    label: shareableNote('Stopped the band'),
    date: monthsBefore(INTAKE_DATE, 12),
    people: ['band', 'pete'],
  });
  inv = recordEvent(inv, {
    id: 'funeral-falling-out',
    kind: 'conflict',
    label: shareableNote('Falling out with Mark at the funeral'),
    date: monthsBefore(INTAKE_DATE, 14),
    people: ['mark'],
  });

  inv = setFocus(inv, {
    id: 'grief',
    area: 'grief',
    primary: true,
    people: ['helen'],
    events: ['helen-death'],
    note: privateNote("Complicated bereavement: keeps Helen's room untouched, avoids their shared friends, stopped playing in the band."),
  });

  // The goals Daniel agreed to with the formulation: mourning Helen with others, and his music again.
  inv = addGoal(inv, {
    id: 'talk-about-helen',
    focus: 'grief',
    people: ['helen', 'emma', 'mark'],
    agreedOn: INTAKE_DATE,
    wording: shareableNote('Talk about Helen and her death with the people close to him.'),
  });
  inv = addGoal(inv, {
    id: 'music-again',
    focus: 'grief',
    people: ['pete', 'band'],
    agreedOn: INTAKE_DATE,
    wording: shareableNote('Go back to playing music with Pete and the band.'),
  });
  return inv;
}

function buildSession12(intake: Inventory): Inventory {
  let inv = intake;
  inv = updateTie(inv, { id: 'emma', changes: { satisfying: privateNote('Talks about Helen with her.') } });
  inv = setCloseness(inv, { id: 'pete', ring: 1 });
  inv = updateTie(inv, {
    id: 'pete',
    changes: { contact: 'weekly', contactNote: privateNote('Back at band rehearsals.'), expectationsMet: 'yes' },
  });
  inv = setCloseness(inv, { id: 'band', ring: 2 });
  inv = updateTie(inv, { id: 'band', changes: { contact: 'weekly', ended: null } });
  inv = setConflict(inv, { id: 'mark', conflict: 'low' });
  inv = updateTie(inv, { id: 'mark', changes: { contactNote: privateNote('Met for lunch once.') } });
  inv = setCloseness(inv, { id: 'the-wilsons', ring: 2 });
  inv = updateTie(inv, {
    id: 'the-wilsons',
    changes: { contact: 'rarely', contactNote: privateNote('Saw them at a memorial evening.') },
  });
  inv = recordGoalReview(inv, { goal: 'talk-about-helen', id: 'session-6', date: SESSION_6_DATE, progress: 'some' });
  inv = recordGoalReview(inv, {
    goal: 'talk-about-helen',
    id: 'session-12',
    date: SESSION_12_DATE,
    progress: 'much',
    note: privateNote("Talks about Helen with Emma and met Mark; still has not opened Helen's room."),
  });
  inv = recordGoalReview(inv, {
    goal: 'music-again',
    id: 'session-12',
    date: SESSION_12_DATE,
    progress: 'achieved',
    note: shareableNote('Back at band rehearsals every week.'),
  });
  return inv;
}

const intake = buildIntake();

/** Daniel, 58: grief after the death of his wife Helen, with a falling-out with his son and a band he left. */
export const daniel: TeachingCase = Object.freeze({
  id: 'daniel',
  title: 'Daniel, 58: grief',
  problemArea: 'grief',
  summary:
    "Daniel's wife Helen died of cancer 14 months ago, after 30 years of marriage. He still keeps her room " +
    'untouched, avoids their shared friends, and has stopped playing in his band.',
  intake,
  session12: buildSession12(intake),
  intakeDate: INTAKE_DATE,
  session12Date: SESSION_12_DATE,
});
