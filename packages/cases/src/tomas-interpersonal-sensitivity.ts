import {
  addGoal,
  recordGoalReview,
  updateGoal,
  addPerson,
  createInventory,
  linkPeople,
  recordEvent,
  setConflict,
  setFocus,
  setSupport,
  updateLink,
  updateTie,
  type Inventory,
} from '@relmap/core';
import { monthsBefore, yearsBefore } from './dates.ts';
import { privateNote, shareableNote } from './notes.ts';
import type { TeachingCase } from './types.ts';

const INTAKE_DATE = '2026-04-20';
const SESSION_12_DATE = '2026-07-13';
// Session 3, two weeks after intake: the end of the initial phase, when the formulation was agreed.
const SESSION_3_DATE = '2026-05-04';

function buildIntake(): Inventory {
  let inv = createInventory({ clientLabel: 'Tomás' });

  inv = addPerson(inv, {
    id: 'carmen',
    name: 'Carmen',
    alias: 'Mother',
    role: 'mother',
    category: 'parent',
    ring: 1,
    tie: {
      conflict: 'low',
      support: 'strong',
      contact: 'daily',
      contactNote: shareableNote('Daily (messages).'),
      unsatisfying: privateNote('Worries aloud, which he finds hard.'),
    },
  });
  inv = addPerson(inv, {
    id: 'luis',
    name: 'Luis',
    alias: 'Father',
    role: 'father',
    category: 'parent',
    ring: 2,
    notes: privateNote('Distant.'),
    tie: {
      conflict: 'low',
      support: 'some',
      contact: 'rarely',
      unsatisfying: privateNote('"He thinks I should just toughen up."'),
    },
  });
  inv = addPerson(inv, {
    id: 'diego',
    name: 'Diego',
    alias: 'Friend',
    role: 'childhood friend',
    category: 'friend',
    ring: 2,
    notes: shareableNote('Lives in their home town.'),
    tie: {
      conflict: 'none',
      support: 'strong',
      contact: 'monthly',
      contactNote: shareableNote('Monthly (online).'),
    },
  });
  inv = addPerson(inv, {
    // The sheet quotes the name because it is a username, not a given name.
    id: 'nyx',
    name: 'Nyx',
    role: 'online gaming friend',
    category: 'friend',
    ring: 2,
    notes: privateNote('Never met in person; knows him only by username.'),
    tie: {
      conflict: 'none',
      support: 'some',
      contact: 'daily',
      contactNote: shareableNote('Daily (online).'),
    },
  });
  inv = addPerson(inv, {
    id: 'dr-lind',
    name: 'Dr. Lind',
    alias: 'Tutor',
    role: 'tutor',
    category: 'professional',
    ring: 3,
    tie: {
      conflict: 'none',
      support: 'none',
      contact: 'rarely',
      contactNote: privateNote('He avoids her office hours.'),
    },
  });

  inv = linkPeople(inv, {
    id: 'carmen-luis',
    a: 'carmen',
    b: 'luis',
    closeness: 'distant',
    conflict: 'high',
    label: shareableNote('divorced'),
  });
  // The marriage is over, so the tie is drawn as ended; the conflict between the two goes on.
  inv = updateLink(inv, { id: 'carmen-luis', changes: { ended: true } });

  inv = recordEvent(inv, {
    id: 'moved-away',
    kind: 'move',
    label: shareableNote('Moved away from home for university'),
    date: monthsBefore(INTAKE_DATE, 8),
    people: ['carmen', 'diego'],
  });
  inv = recordEvent(inv, {
    id: 'parents-divorce',
    kind: 'separation',
    label: shareableNote("Parents' divorce"),
    date: yearsBefore(INTAKE_DATE, 6),
    people: ['carmen', 'luis'],
  });

  inv = setFocus(inv, {
    id: 'interpersonal-deficits',
    area: 'interpersonal-deficits',
    primary: true,
    people: ['dr-lind', 'nyx'],
    events: ['moved-away'],
    note: privateNote(
      'A thin network with few close ties. No friends in the new city; eats alone, skips seminars where he ' +
        'would have to speak, games online most evenings. Has always found it hard to start conversations.',
    ),
  });

  // Proposed at intake; Tomás agreed to it only in session 3, once he trusted the formulation.
  inv = addGoal(inv, {
    id: 'start-conversations',
    focus: 'interpersonal-deficits',
    people: [],
    wording: shareableNote('Start a conversation with someone at university once a week.'),
  });
  return inv;
}

function buildSession12(intake: Inventory): Inventory {
  let inv = intake;
  inv = addPerson(inv, {
    id: 'climbing-club',
    name: 'Climbing club',
    role: 'university climbing club',
    category: 'community',
    kind: 'group',
    ring: 3,
  });
  inv = addPerson(inv, {
    id: 'amir',
    name: 'Amir',
    role: 'club member',
    category: 'friend',
    ring: 2,
  });
  inv = linkPeople(inv, {
    id: 'amir-climbing-club',
    a: 'amir',
    b: 'climbing-club',
    closeness: 'close',
    conflict: 'none',
    label: shareableNote('member'),
  });
  inv = setSupport(inv, { id: 'dr-lind', support: 'some', direction: 'to-client' });
  inv = updateTie(inv, { id: 'dr-lind', changes: { contactNote: privateNote('Went to one office hour.') } });
  inv = setConflict(inv, { id: 'luis', conflict: 'none' });
  inv = updateTie(inv, { id: 'luis', changes: { contactNote: privateNote('Talked on the phone twice.') } });
  inv = setFocus(inv, {
    id: 'interpersonal-deficits',
    area: 'interpersonal-deficits',
    primary: true,
    people: ['dr-lind', 'nyx', 'climbing-club', 'amir'],
    events: ['moved-away'],
    note: privateNote('Joined the climbing club and made a first friend there; went to an office hour.'),
  });
  inv = updateGoal(inv, { id: 'start-conversations', changes: { agreedOn: SESSION_3_DATE } });
  inv = recordGoalReview(inv, {
    goal: 'start-conversations',
    id: 'session-12',
    date: SESSION_12_DATE,
    progress: 'some',
    note: shareableNote('Talks with Amir at the climbing club; went to one office hour.'),
  });
  return inv;
}

const intake = buildIntake();

/** Tomás, 19: interpersonal sensitivity, a thin network after moving away for university. */
export const tomas: TeachingCase = Object.freeze({
  id: 'tomas',
  title: 'Tomás, 19: interpersonal sensitivity',
  problemArea: 'interpersonal-deficits',
  summary:
    'Tomás moved to a new city for university eight months ago. He has no friends there, eats alone, skips ' +
    'seminars where he would have to speak, and spends most evenings gaming online.',
  intake,
  session12: buildSession12(intake),
  intakeDate: INTAKE_DATE,
  session12Date: SESSION_12_DATE,
});
