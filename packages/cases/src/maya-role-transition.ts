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
  updatePerson,
  updateTie,
  type Inventory,
} from '@relmap/core';
import { monthsBefore } from './dates.ts';
import { privateNote, shareableNote } from './notes.ts';
import type { TeachingCase } from './types.ts';

const INTAKE_DATE = '2026-03-02';
const SESSION_12_DATE = '2026-05-25';

function buildIntake(): Inventory {
  let inv = createInventory({ clientLabel: 'Maya' });

  inv = addPerson(inv, {
    id: 'jonas',
    name: 'Jonas',
    alias: 'Partner',
    role: 'partner',
    category: 'partner',
    ring: 1,
    tie: {
      conflict: 'low',
      support: 'some',
      contact: 'daily',
      satisfying: privateNote('Loving.'),
      unsatisfying: privateNote('"Thinks I make too much of it."'),
      wishedChanges: privateNote('Wants him to take the night feeds twice a week.'),
    },
  });
  inv = addPerson(inv, {
    // Leo is one: he was seven months old when Maya went back to work four months ago.
    id: 'leo',
    name: 'Leo',
    alias: 'Son',
    role: 'son (1)',
    category: 'child',
    ring: 1,
    born: monthsBefore(INTAKE_DATE, 11),
    tie: {
      conflict: 'none',
      support: 'none',
      supportDirection: 'from-client',
      contact: 'daily',
      satisfying: privateNote('"The centre of everything now."'),
    },
  });
  inv = addPerson(inv, {
    id: 'anneli',
    name: 'Anneli',
    alias: 'Mother',
    role: 'mother',
    category: 'parent',
    ring: 2,
    notes: shareableNote('Lives 300 km away.'),
    tie: {
      conflict: 'low',
      support: 'strong',
      contact: 'weekly',
      contactNote: shareableNote('Weekly (phone).'),
      satisfying: privateNote('Practical help when visiting.'),
      unsatisfying: privateNote('Criticises the nursery choice; comments on how Jonas dresses Leo.'),
    },
  });
  inv = addPerson(inv, {
    id: 'sara',
    name: 'Sara',
    alias: 'Friend',
    role: 'best friend',
    category: 'friend',
    ring: 2,
    notes: privateNote('Has no children.'),
    tie: {
      conflict: 'none',
      support: 'strong',
      contact: 'monthly',
      contactNote: privateNote('Monthly, was weekly.'),
      unsatisfying: privateNote('Maya fears she is boring to her now.'),
    },
  });
  inv = addPerson(inv, {
    id: 'henrik',
    name: 'Henrik',
    alias: 'Manager',
    role: 'manager',
    category: 'colleague',
    ring: 3,
    tie: {
      conflict: 'high',
      support: 'none',
      contact: 'daily',
      unsatisfying: privateNote('Scheduled a 7:30 meeting series despite knowing about nursery drop-off.'),
    },
  });
  inv = addPerson(inv, {
    id: 'ola',
    name: 'Ola',
    role: 'colleague',
    category: 'colleague',
    ring: 3,
    notes: privateNote('Also a new parent.'),
    tie: {
      conflict: 'none',
      support: 'some',
      contact: 'daily',
      satisfying: privateNote('They have lunch sometimes.'),
    },
  });
  inv = addPerson(inv, {
    id: 'karin',
    name: 'Karin',
    role: 'nursery key worker',
    category: 'professional',
    ring: 3,
    tie: {
      conflict: 'none',
      support: 'some',
      supportDirection: 'to-client',
      contact: 'daily',
      satisfying: privateNote('Friendly, reassuring about Leo.'),
    },
  });
  inv = addPerson(inv, {
    id: 'parents-group',
    name: "Parents' group",
    role: "parents' group",
    category: 'community',
    kind: 'group',
    ring: 3,
    tie: {
      conflict: 'none',
      support: 'some',
      contact: 'stopped',
      ended: true,
      contactNote: privateNote('Stopped going when she went back to work.'),
    },
  });
  inv = addPerson(inv, {
    id: 'erik',
    name: 'Erik',
    role: 'brother',
    category: 'sibling',
    ring: 3,
    notes: shareableNote('Lives abroad.'),
    tie: {
      conflict: 'none',
      support: 'some',
      contact: 'rarely',
      satisfying: privateNote('Warm.'),
      unsatisfying: privateNote('Busy.'),
    },
  });

  inv = linkPeople(inv, {
    id: 'jonas-anneli',
    a: 'jonas',
    b: 'anneli',
    closeness: 'normal',
    conflict: 'low',
    label: shareableNote('in-laws'),
  });
  inv = linkPeople(inv, {
    id: 'sara-jonas',
    a: 'sara',
    b: 'jonas',
    closeness: 'normal',
    conflict: 'none',
    label: shareableNote('friendly'),
  });

  inv = recordEvent(inv, {
    id: 'return-to-work',
    kind: 'job',
    label: shareableNote('Returned to work'),
    date: monthsBefore(INTAKE_DATE, 4),
    people: ['leo', 'henrik', 'ola'],
  });
  inv = recordEvent(inv, {
    id: 'left-parents-group',
    kind: 'other',
    label: shareableNote("Stopped the parents' group"),
    date: monthsBefore(INTAKE_DATE, 4),
    people: ['parents-group'],
  });
  inv = recordEvent(inv, {
    id: 'less-contact-sara',
    kind: 'other',
    label: shareableNote('Lost the daily contact with Sara after the birth'),
    date: monthsBefore(INTAKE_DATE, 11),
    people: ['sara'],
  });

  inv = setFocus(inv, {
    id: 'role-transition',
    area: 'role-transition',
    primary: true,
    people: ['leo', 'jonas', 'henrik', 'sara', 'parents-group'],
    events: ['return-to-work', 'left-parents-group', 'less-contact-sara'],
    transitionFrom: 'full-time parent',
    transitionTo: 'working parent',
    note: privateNote('Sleeps badly, feels she is failing at home and at work, has withdrawn from friends.'),
  });
  inv = setFocus(inv, {
    id: 'role-dispute',
    area: 'role-dispute',
    primary: false,
    people: ['jonas'],
    note: privateNote('Tension with Jonas about sharing the care of Leo, especially at night.'),
  });

  // The goals Maya agreed to with the formulation: one for the transition, one for the dispute about care.
  inv = addGoal(inv, {
    id: 'routine',
    focus: 'role-transition',
    people: ['leo', 'sara'],
    agreedOn: INTAKE_DATE,
    wording: shareableNote('Find a routine as a working parent that leaves time for sleep and for friends.'),
  });
  inv = addGoal(inv, {
    id: 'share-nights',
    focus: 'role-dispute',
    people: ['jonas'],
    agreedOn: INTAKE_DATE,
    wording: shareableNote('Agree with Jonas how the night care of Leo is shared.'),
  });
  return inv;
}

function buildSession12(intake: Inventory): Inventory {
  let inv = intake;
  inv = setConflict(inv, { id: 'jonas', conflict: 'none' });
  inv = setSupport(inv, { id: 'jonas', support: 'strong' });
  inv = updateTie(inv, {
    id: 'jonas',
    changes: {
      satisfying: privateNote('Loving; takes two night feeds a week.'),
      wishedChanges: null,
    },
  });
  inv = setConflict(inv, { id: 'henrik', conflict: 'low' });
  inv = updatePerson(inv, {
    id: 'henrik',
    changes: { notes: privateNote('Maya asked him to move the 7:30 meeting.') },
  });
  inv = setCloseness(inv, { id: 'sara', ring: 1 });
  inv = updateTie(inv, {
    id: 'sara',
    changes: { contact: 'weekly', contactNote: privateNote('Every second week again, was monthly.') },
  });
  inv = addPerson(inv, {
    id: 'working-parents-group',
    name: 'Working parents group',
    role: 'lunch group at work',
    category: 'colleague',
    kind: 'group',
    ring: 3,
    tie: { conflict: 'none', support: 'some' },
  });
  inv = linkPeople(inv, {
    id: 'ola-working-parents-group',
    a: 'ola',
    b: 'working-parents-group',
    closeness: 'close',
    label: shareableNote('member'),
  });
  inv = setFocus(inv, {
    id: 'role-transition',
    area: 'role-transition',
    primary: true,
    people: ['leo', 'jonas', 'henrik', 'sara', 'parents-group', 'working-parents-group'],
    events: ['return-to-work', 'left-parents-group', 'less-contact-sara'],
    transitionFrom: 'full-time parent',
    transitionTo: 'working parent',
    note: privateNote('Shares the night care, sees Sara again, found other working parents at work.'),
  });
  inv = recordGoalReview(inv, {
    goal: 'routine',
    id: 'session-12',
    date: SESSION_12_DATE,
    progress: 'much',
    note: shareableNote('Sleeps better; sees Sara every second week and lunches with other working parents.'),
  });
  inv = recordGoalReview(inv, {
    goal: 'share-nights',
    id: 'session-12',
    date: SESSION_12_DATE,
    progress: 'achieved',
    note: shareableNote('Jonas takes two night feeds a week.'),
  });
  return inv;
}

const intake = buildIntake();

/** Maya, 34: a role transition from full-time parent to working parent, with tension about sharing care. */
export const maya: TeachingCase = Object.freeze({
  id: 'maya',
  title: 'Maya, 34: role transition',
  problemArea: 'role-transition',
  summary:
    'Maya returned to work as a project manager when her son Leo was seven months old. Since then she sleeps ' +
    'badly, feels she is failing both at home and at work, and has withdrawn from friends.',
  intake,
  session12: buildSession12(intake),
  intakeDate: INTAKE_DATE,
  session12Date: SESSION_12_DATE,
});
