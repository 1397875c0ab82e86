import { createInventory, type ClientTie, type Inventory, type Note, type Person, type PersonTie, type RecordLayoutArgs } from '@relmap/core';
import { presentingPolicy, type EditingSession } from '@relmap/map/session';

/** How the shared picture labels people: a presenting label mode (`initials` unless the therapist says otherwise). */
export type PictureLabelMode = NonNullable<EditingSession['labelMode']>;

/** The ids a picture uses for the therapist's records, and back: names never reach it, not even as slugs in ids. */
export interface PictureIds {
  /** The picture's id of a record of the therapist's document, made up the first time it is asked for. */
  toPicture(id: string): string;
  /** The therapist's id of a record of the picture, if it is one of theirs. */
  fromPicture(id: string): string | undefined;
  /** Records that a picture id now stands for a record of the therapist's document (a person the client added). */
  pair(id: string, pictureId: string): void;
}

/** Picture ids made of random bits, so that nothing about a person can be read from their id. */
export function randomPictureIds(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): PictureIds {
  const to = new Map<string, string>();
  const from = new Map<string, string>();
  return {
    toPicture(id) {
      let out = to.get(id);
      if (out === undefined) {
        out = `r${[...random(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
        to.set(id, out);
        from.set(out, id);
      }
      return out;
    },
    fromPicture: (id) => from.get(id),
    pair(id, pictureId) {
      to.set(id, pictureId);
      from.set(pictureId, id);
    },
  };
}

const TIE_FIELDS = ['ring', 'conflict', 'support', 'supportDirection', 'contact', 'ended'] as const satisfies readonly (keyof ClientTie)[];
const TIE_NOTES = [
  'contactNote',
  'satisfying',
  'unsatisfying',
  'expectationsOfOther',
  'expectationsOfClient',
  'wishedChanges',
] as const satisfies readonly (keyof ClientTie)[];

/**
 * What a shared screen may carry of an inventory, as an inventory of its own (rule P1): each person under the label
 * the presenting policy gives them in `labelMode` as their name (no full name unless the mode is `name`; no alias,
 * initials, role or dates), their ring, category, kind and status, the client tie's levels and only its shareable
 * notes, where they are drawn; ties between people with only a shareable label; the ring settings and the client's
 * label. Life events and foci stay on the therapist's device. Ids are the picture's own (`ids`). With `memory`, a
 * person or ring the document holds no place for yet is drawn where the therapist's map settled it (rule P8).
 */
export function projectPicture(
  inventory: Inventory,
  labelMode: PictureLabelMode,
  ids: PictureIds,
  text: EditingSession['text'],
  memory?: RecordLayoutArgs,
): Inventory {
  const policy = presentingPolicy(inventory.people, labelMode, true, text);
  const people: Record<string, Person> = {};
  for (const person of Object.values(inventory.people)) {
    const id = ids.toPicture(person.id);
    const tie: Record<string, unknown> = {};
    for (const key of TIE_FIELDS) if (person.tie[key] !== undefined) tie[key] = person.tie[key];
    for (const key of TIE_NOTES) if (shareable(person.tie[key])) tie[key] = person.tie[key];
    people[id] = {
      id,
      name: policy.label(person),
      category: person.category,
      kind: person.kind,
      status: person.status,
      ...(shareable(person.notes) ? { notes: person.notes } : {}),
      tie: tie as unknown as ClientTie,
      ...(person.pin ? { pin: person.pin } : {}),
      ...hintOf(person, memory),
    };
  }
  const ties: Record<string, PersonTie> = {};
  for (const tie of Object.values(inventory.ties)) {
    const id = ids.toPicture(tie.id);
    ties[id] = {
      id,
      a: ids.toPicture(tie.a),
      b: ids.toPicture(tie.b),
      closeness: tie.closeness,
      conflict: tie.conflict,
      ...(shareable(tie.label) ? { label: tie.label } : {}),
      ...(tie.ended === undefined ? {} : { ended: tie.ended }),
    };
  }
  const ringRadii = inventory.settings.ringRadii ?? memory?.ringRadii ?? undefined;
  const settings = ringRadii ? { ...inventory.settings, ringRadii } : inventory.settings;
  return { ...createInventory(), client: inventory.client, settings, people, ties };
}

/** A person's hint in the picture: the document's own, else where the therapist's map has settled them (P8). */
function hintOf(person: Person, memory: RecordLayoutArgs | undefined): Pick<Person, 'hint'> {
  if (person.hint) return { hint: person.hint };
  const angle = person.pin ? undefined : memory?.hints?.[person.id];
  return typeof angle === 'number' ? { hint: { angle } } : {};
}

function shareable(note: Note | undefined): note is Note {
  return note !== undefined && note.sensitivity === 'shareable';
}
