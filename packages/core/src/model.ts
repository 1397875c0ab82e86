/**
 * The interpersonal inventory as data. Every record collection is keyed by id (`Record<Id, T>`), so that a
 * patch path such as `['people', 'jonas', 'tie', 'ring']` stays valid when it is replayed for undo or redo.
 *
 * Optional fields are omitted rather than set to `undefined` (the project compiles with
 * `exactOptionalPropertyTypes`), so a serialized inventory never carries empty keys.
 */

/** The name of the document format, written into every serialized inventory. */
export const SCHEMA = 'relmap/inventory';

/**
 * The schema version this library writes. Older documents are brought up to it by `migrateInventory`. Version 2
 * added the layout's memory: `person.hint` and `settings.ringRadii`. Version 3 added the treatment goals agreed
 * with the client: `inventory.goals`.
 */
export const CURRENT_VERSION = 3;

/**
 * An identifier of a person, tie, event, focus, goal or review: 1 to 64 characters of letters, digits, `_`, `-`,
 * `.` or `:`.
 */
export type Id = string;

/**
 * A calendar date that may be partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Clinicians often know only the year or the month of a loss.
 */
export type PartialDate = string;

/** Whether a text may be shown to the client on a shared screen (`shareable`) or only to the clinician (`private`). */
export type Sensitivity = 'shareable' | 'private';

/**
 * A free-text note with its sensitivity. A presenting view leaves `private` notes out of the DOM, the
 * accessibility tree and every export.
 */
export interface Note {
  /** The text as written by the clinician. */
  readonly text: string;
  /** Who may see it. */
  readonly sensitivity: Sensitivity;
}

/** The kind of relationship a person has to the client; used for grouping into sectors and for role labels. */
export type Category =
  'partner' | 'parent' | 'child' | 'sibling' | 'other-family' | 'friend' | 'colleague' | 'neighbour' | 'professional' | 'community' | 'other';

/** Every category, in the order used by forms and legends. */
export const CATEGORIES: readonly Category[] = [
  'partner',
  'parent',
  'child',
  'sibling',
  'other-family',
  'friend',
  'colleague',
  'neighbour',
  'professional',
  'community',
  'other',
];

/** Whether an entry is one person or a group (a band, a choir, a team). Groups are drawn as rounded squares. */
export type PersonKind = 'person' | 'group';

/** How much conflict the client reports with a person. `cutoff` means no contact because of the conflict. */
export type Conflict = 'none' | 'low' | 'high' | 'hostile' | 'cutoff';

/** Every conflict level, from least to most severe. */
export const CONFLICTS: readonly Conflict[] = ['none', 'low', 'high', 'hostile', 'cutoff'];

/** How supported the client feels by a person. */
export type Support = 'none' | 'some' | 'strong';

/** Every support level, from least to most. */
export const SUPPORTS: readonly Support[] = ['none', 'some', 'strong'];

/** Which way support flows: to the client, from the client to the person, or both ways. */
export type SupportDirection = 'to-client' | 'from-client' | 'mutual';

/** How often the client and the person are in touch. */
export type ContactFrequency = 'daily' | 'weekly' | 'monthly' | 'rarely' | 'stopped' | 'unknown';

/** Every contact frequency, from most to least often. */
export const CONTACT_FREQUENCIES: readonly ContactFrequency[] = ['daily', 'weekly', 'monthly', 'rarely', 'stopped', 'unknown'];

/** Whether expectations in a relationship are met. */
export type ExpectationsMet = 'yes' | 'partly' | 'no' | 'unknown';

/**
 * The inventory row: how the client relates to one person. There is exactly one per person, so it lives on the
 * person (`person.tie`) rather than in a collection of its own.
 */
export interface ClientTie {
  /** Closeness ring, 1 = innermost, up to `settings.rings`. Stored as data, never derived from a position. */
  readonly ring: number;
  /** Conflict between the client and the person. */
  readonly conflict: Conflict;
  /** Support the client feels. */
  readonly support: Support;
  /** Which way support flows, where known. */
  readonly supportDirection?: SupportDirection;
  /** How often they are in touch. */
  readonly contact?: ContactFrequency;
  /** What contact looks like and what they do together. */
  readonly contactNote?: Note;
  /** What is satisfying about the relationship. */
  readonly satisfying?: Note;
  /** What is unsatisfying about the relationship. */
  readonly unsatisfying?: Note;
  /** What the client expects of the person. */
  readonly expectationsOfOther?: Note;
  /** What the person expects of the client. */
  readonly expectationsOfClient?: Note;
  /** Whether those expectations are met. */
  readonly expectationsMet?: ExpectationsMet;
  /** What the client would like to change. */
  readonly wishedChanges?: Note;
  /** Whether the person knows about the client's depression. */
  readonly knowsAboutDepression?: 'yes' | 'no' | 'unknown';
  /** The relationship has ended or been lost (drawn with a slash across the line). */
  readonly ended?: boolean;
}

/** The free-text notes of an inventory row, in the order the inventory asks about them. */
export const CLIENT_TIE_NOTES = [
  'contactNote',
  'satisfying',
  'unsatisfying',
  'expectationsOfOther',
  'expectationsOfClient',
  'wishedChanges',
] as const satisfies readonly (keyof ClientTie)[];

/** One of the free-text notes of an inventory row. */
export type ClientTieNote = (typeof CLIENT_TIE_NOTES)[number];

/** Where the user has pinned a person: an angle on their ring, in degrees clockwise from 12 o'clock. */
export interface Pin {
  /** Degrees, 0 (top) to 360, clockwise. Polar, so the pin survives a change of ring or of ring radii. */
  readonly angle: number;
}

/**
 * Where the layout last settled a person: an angle on their ring, in degrees clockwise from 12 o'clock. Unlike a
 * pin, which the user chose and the layout never moves, a hint is the layout's own memory: a fresh layout starts
 * from it, so the picture a therapist saw is the picture they get back, and it leaves it only when it must (a new
 * neighbour needs the room, the ring changed, the person no longer fits there). The map writes hints as part of
 * the edit that moved people (see `StoreOptions.remember`); angles say nothing private.
 */
export interface LayoutHint {
  /** Degrees, 0 (top) up to 360, clockwise. */
  readonly angle: number;
}

/** One important person (or group) in the client's life. */
export interface Person {
  /** Stable identifier, the key of this record in `inventory.people`. */
  readonly id: Id;
  /** The name the client uses. A presenting view shows it only when `label-mode` is `name`. */
  readonly name: string;
  /** A neutral alias to show on a shared screen instead of the name. */
  readonly alias?: string;
  /** Initials; derived from the name when absent. */
  readonly initials?: string;
  /** A short description of the relationship, such as "mother" or "band member". */
  readonly role?: string;
  /** The kind of relationship, for sectors and default role labels. */
  readonly category: Category;
  /** One person or a group. */
  readonly kind: PersonKind;
  /** Living or deceased. */
  readonly status: 'living' | 'deceased';
  /** Date of birth, where known. */
  readonly born?: PartialDate;
  /** Date of death, where known; only with `status: 'deceased'`. */
  readonly died?: PartialDate;
  /** What the person is like, and anything else the clinician notes. */
  readonly notes?: Note;
  /** The client's relationship with this person (the inventory row). */
  readonly tie: ClientTie;
  /** A position the user chose by dragging; absent when the layout places the person. */
  readonly pin?: Pin;
  /** Where the layout last settled the person, when they are not pinned; absent in a map never laid out. */
  readonly hint?: LayoutHint;
}

/** How close two people in the network are to each other. */
export type TieCloseness = 'close' | 'normal' | 'distant';

/** A tie between two people other than the client, such as the client's parents in high conflict. */
export interface PersonTie {
  /** Stable identifier, the key of this record in `inventory.ties`. */
  readonly id: Id;
  /** One end (a person id). */
  readonly a: Id;
  /** The other end (a person id); never equal to `a`. */
  readonly b: Id;
  /** How close they are. */
  readonly closeness: TieCloseness;
  /** Conflict between them. */
  readonly conflict: Conflict;
  /** What the tie is, such as "married" or "siblings". */
  readonly label?: Note;
  /** The tie has ended (drawn with a slash). */
  readonly ended?: boolean;
}

/** The kind of a life event. */
export type EventKind = 'death' | 'separation' | 'move' | 'job' | 'retirement' | 'birth' | 'illness' | 'symptom-onset' | 'conflict' | 'other';

/** Every event kind. */
export const EVENT_KINDS: readonly EventKind[] = ['death', 'separation', 'move', 'job', 'retirement', 'birth', 'illness', 'symptom-onset', 'conflict', 'other'];

/** A dated life event, such as a death, a move or a new job. Losses drive the "deceased" and "lost" styles. */
export interface LifeEvent {
  /** Stable identifier, the key of this record in `inventory.events`. */
  readonly id: Id;
  /** What kind of event. */
  readonly kind: EventKind;
  /** What happened, in the clinician's words. */
  readonly label: Note;
  /** When, as precisely as known. */
  readonly date?: PartialDate;
  /** The people it concerns. */
  readonly people: readonly Id[];
}

/** The four IPT problem areas. */
export type ProblemArea = 'grief' | 'role-dispute' | 'role-transition' | 'interpersonal-deficits';

/** Every problem area. */
export const PROBLEM_AREAS: readonly ProblemArea[] = ['grief', 'role-dispute', 'role-transition', 'interpersonal-deficits'];

/** The stage of a role dispute. */
export type DisputeStage = 'renegotiation' | 'impasse' | 'dissolution';

/** A problem area chosen as a focus of treatment, with the people and events it concerns. */
export interface Focus {
  /** Stable identifier, the key of this record in `inventory.focus`. */
  readonly id: Id;
  /** The problem area. */
  readonly area: ProblemArea;
  /** Whether this is the primary focus. At most one focus is primary. */
  readonly primary: boolean;
  /** The people this focus concerns. */
  readonly people: readonly Id[];
  /** The events this focus concerns. */
  readonly events: readonly Id[];
  /** For a role dispute: its stage. */
  readonly disputeStage?: DisputeStage;
  /** For a role transition: the old role. */
  readonly transitionFrom?: string;
  /** For a role transition: the new role. */
  readonly transitionTo?: string;
  /** The clinician's formulation. */
  readonly note?: Note;
}

/**
 * How far the client has come towards a goal at a review, from nothing yet to achieved. Four words rather than a
 * 0 to 10 rating: progress is judged together with the client in the session, and a word both can agree on ("some
 * progress") is more honest than a number that claims a precision the conversation does not have; four steps
 * also read the same in every language and order simply, like conflict and support.
 */
export type GoalProgress = 'none' | 'some' | 'much' | 'achieved';

/** Every progress value, from no progress yet to achieved. */
export const GOAL_PROGRESS: readonly GoalProgress[] = ['none', 'some', 'much', 'achieved'];

/** One review of a goal at a session: how far the client has come, and what was said about it. */
export interface GoalReview {
  /** Stable identifier, the key of this record in `goal.reviews`. */
  readonly id: Id;
  /** When the goal was reviewed, as precisely as known. Two reviews of one goal never share a date. */
  readonly date: PartialDate;
  /** How far the client has come towards the goal. */
  readonly progress: GoalProgress;
  /** What the client and the clinician said about it. */
  readonly note?: Note;
}

/**
 * A treatment goal agreed with the client: with the bond (the map) and the agreed tasks, the shared goals are what
 * the therapeutic alliance is built from. A goal usually serves a focus and concerns some of the people on the map.
 */
export interface Goal {
  /** Stable identifier, the key of this record in `inventory.goals`. */
  readonly id: Id;
  /** The goal, in words the client and the clinician agreed on. */
  readonly wording: Note;
  /** The focus entry the goal serves, where it serves one. */
  readonly focus?: Id;
  /** The people the goal concerns; may be empty. */
  readonly people: readonly Id[];
  /** Whether the client has agreed to the goal; until then it is a proposal. */
  readonly agreed: boolean;
  /** When the client agreed to it, as precisely as known; only on an agreed goal. */
  readonly agreedOn?: PartialDate;
  /** The reviews of progress, keyed by id. */
  readonly reviews: Readonly<Record<Id, GoalReview>>;
}

/** Settings of the map that belong to the document. */
export interface Settings {
  /** How many closeness rings, 2 to 5. */
  readonly rings: number;
  /** A label per ring, innermost first; exactly `rings` entries. */
  readonly ringLabels: readonly string[];
  /** Whether people gather in angular sectors by category (family, friends, work, services). */
  readonly sectors: boolean;
  /**
   * Where the layout last settled each ring: its radius in layout units, innermost first, one per ring. A hint,
   * like `person.hint`: the layout keeps a remembered radius while the ring's people fit it.
   */
  readonly ringRadii?: readonly number[];
}

/** The client at the centre of the map. Only a label: the inventory never needs the client's identity. */
export interface Client {
  /** How the client is shown, such as "Maya" or "Client". */
  readonly label: string;
}

/** One interpersonal inventory: the document that Relmap edits, versions and exchanges. */
export interface Inventory {
  /** Always `relmap/inventory`. */
  readonly schema: typeof SCHEMA;
  /** The schema version, `CURRENT_VERSION` once parsed. */
  readonly version: typeof CURRENT_VERSION;
  /** The client at the centre. */
  readonly client: Client;
  /** The people in the client's life, keyed by id. */
  readonly people: Readonly<Record<Id, Person>>;
  /** Ties between people other than the client, keyed by id. */
  readonly ties: Readonly<Record<Id, PersonTie>>;
  /** Life events, keyed by id. */
  readonly events: Readonly<Record<Id, LifeEvent>>;
  /** The problem-area focus (one or more), keyed by id. */
  readonly focus: Readonly<Record<Id, Focus>>;
  /** The treatment goals agreed (or proposed) with the client, keyed by id. */
  readonly goals: Readonly<Record<Id, Goal>>;
  /** Map settings. */
  readonly settings: Settings;
}

/** Limits on rings: at least two, at most five. */
export const MIN_RINGS = 2;
/** Limits on rings: at least two, at most five. */
export const MAX_RINGS = 5;

/** Default ring labels for each ring count, innermost first. */
export function defaultRingLabels(rings: number): string[] {
  const byCount: Record<number, string[]> = {
    2: ['Close', 'Further out'],
    3: ['Inner circle', 'Middle circle', 'Outer circle'],
    4: ['Inner circle', 'Close', 'Middle circle', 'Outer circle'],
    5: ['Inner circle', 'Close', 'Middle circle', 'Further out', 'Outer circle'],
  };
  return [...(byCount[rings] ?? byCount[3]!)];
}
