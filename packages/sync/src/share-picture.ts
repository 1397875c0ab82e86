import type * as Y from 'yjs';
import { command, type Inventory, type Person, type RecordLayoutArgs } from '@relmap/core';
import type { EditingSession, SessionEvent } from '@relmap/map/session';
import { projectPicture, randomPictureIds, type PictureIds, type PictureLabelMode } from './projection.ts';
import { repairInventory } from './repair.ts';
import { readRaw, writeDiff } from './yjs-shape.ts';

/** What the client may change in the shared picture; everything else they change is put back (rule P3). */
export interface SharePermissions {
  /** Move people between rings (and where they are pinned on it). */
  readonly moveRings?: boolean;
  /** Add a person, by the label they type. */
  readonly addPeople?: boolean;
}

/** Options of `sharePicture`. */
export interface ShareOptions {
  /** How the picture labels people; default `initials`. */
  readonly labelMode?: PictureLabelMode;
  /** What the client may change; default nothing. */
  readonly permissions?: SharePermissions;
  /** The picture's ids for the therapist's records; default random ones, held only here. */
  readonly ids?: PictureIds;
  /** Called with each edit of the client's that the therapist's session took, once the picture shows it. */
  readonly onClientEdit?: (edit: ClientEdit) => void;
  /**
   * Where the therapist's map has settled the people and rings the document does not remember yet (the map's
   * `layoutMemory`); the picture carries it, so that the client's map opens on the picture the therapist sees (P8).
   */
  readonly layout?: () => RecordLayoutArgs | undefined;
}

/**
 * An edit of the client's that became a command of the therapist's session: whom it concerns by their picture id and
 * their label in the picture (never their name unless the label mode is `name`), and the ring they are in now.
 */
export interface ClientEdit {
  /** `move`: to another ring or another place on it; `add`: a person the client added. */
  readonly kind: 'move' | 'add';
  readonly pictureId: string;
  readonly label: string;
  readonly ring: number;
  /** The ring they were in before a move (the same ring when only their place on it changed). */
  readonly from?: number;
}

/** The therapist's side of a shared picture. */
export interface PictureShare {
  /** The document the picture is written to (the one a relay carries). */
  readonly doc: Y.Doc;
  /** The picture's ids of the therapist's records, and back; they never leave this device but as the picture's. */
  readonly ids: PictureIds;
  /** The picture as last written: what the client's device holds, labels and ring labels included. */
  readonly picture: Inventory;
  /** How the picture labels people; setting it writes the picture again. */
  labelMode: PictureLabelMode;
  /** What the client may change; setting it is written to the document for the client's page to follow. */
  permissions: SharePermissions;
  /** Stops writing the picture and following the client's edits. */
  destroy(): void;
}

/**
 * Shares what a shared screen would show of the therapist's session, and nothing else, in a document of its own
 * (rules P1 to P4): the therapist's document never leaves their device. The picture (`projectPicture`) is written
 * again after every change of the session; an edit the client makes to it that the therapist permits becomes an
 * ordinary command of the therapist's session, with origin `remote`: undoable, vetoable by its guards, announced.
 * Whatever else the client changes, and anything a guard refuses, is put back as the picture is written again.
 */
export function sharePicture(session: EditingSession, doc: Y.Doc, options: ShareOptions = {}): PictureShare {
  const origin = { share: 'relmap' };
  const ids = options.ids ?? randomPictureIds();
  let mode: PictureLabelMode = options.labelMode ?? 'initials';
  let permissions: SharePermissions = { ...options.permissions };
  let published: Inventory | undefined;
  let handling = false;

  const publish = (): void => {
    const picture = projectPicture(session.inventory, mode, ids, session.text, options.layout?.());
    doc.transact(() => {
      // Against what the document holds now, so that an edit the client was not allowed to make is put back.
      writeDiff(doc, readRaw(doc) as unknown as Inventory, picture);
      const share = doc.getMap('share');
      if (JSON.stringify(share.get('permissions')) !== JSON.stringify(permissions)) share.set('permissions', permissions);
    }, origin);
    published = picture;
  };

  const follow = (): void => {
    const seen = repairInventory(readRaw(doc));
    const last = published;
    const edits: ClientEdit[] = [];
    handling = true;
    try {
      const moves: [string, Person, Person][] = [];
      for (const [pictureId, person] of Object.entries(seen.people)) {
        const id = ids.fromPicture(pictureId);
        const was = last?.people[pictureId];
        if (id !== undefined && was && Object.hasOwn(session.inventory.people, id)) {
          if (permissions.moveRings && (person.tie.ring !== was.tie.ring || person.pin?.angle !== was.pin?.angle)) moves.push([id, person, was]);
        } else if (id === undefined && permissions.addPeople) {
          const before = session.inventory.people;
          const added = session.dispatch(command('addPerson', { name: person.name, ring: person.tie.ring, category: person.category }), { origin: 'remote' });
          const newId = added ? Object.keys(session.inventory.people).find((key) => !Object.hasOwn(before, key)) : undefined;
          // The client's record now stands for the person added here, so it stays in the picture under its id.
          if (newId !== undefined) {
            ids.pair(newId, pictureId);
            edits.push({ kind: 'add', pictureId, label: '', ring: person.tie.ring });
          }
        }
      }
      const steps = moves.flatMap(([id, person, was]) => [
        ...(person.tie.ring === was.tie.ring ? [] : [command('setCloseness', { id, ring: person.tie.ring })]),
        ...(person.pin?.angle === was.pin?.angle ? [] : [command('setPin', { id, angle: person.pin?.angle ?? null })]),
      ]);
      // A drop onto a ring is one edit on the client's map (ring and pin), so it is one step here as well (P3).
      const moved =
        steps.length === 1
          ? session.dispatch(steps[0]!, { origin: 'remote' })
          : steps.length > 1 && session.transaction('moveToRing', (tx) => steps.forEach((step) => tx.dispatch(step)), { origin: 'remote' });
      if (moved)
        for (const [id, person, was] of moves) edits.push({ kind: 'move', pictureId: ids.toPicture(id), label: '', ring: person.tie.ring, from: was.tie.ring });
    } finally {
      handling = false;
    }
    publish();
    // Said with the labels the picture shows now, as the client sees them.
    for (const edit of edits) options.onClientEdit?.({ ...edit, label: published?.people[edit.pictureId]?.name ?? '' });
  };

  const onTransaction = (tr: Y.Transaction): void => {
    if (tr.origin !== origin && tr.changed.size > 0) follow();
  };
  doc.on('afterTransaction', onTransaction);
  const onEvent = (event: SessionEvent): void => {
    if (handling) return;
    if (event.type === 'change' || event.type === 'replace' || (event.type === 'view' && event.keys.includes('strings'))) publish();
  };
  const unsubscribe = session.subscribe(onEvent);
  publish();

  return {
    doc,
    ids,
    get picture() {
      return published!;
    },
    get labelMode() {
      return mode;
    },
    set labelMode(value) {
      mode = value;
      publish();
    },
    get permissions() {
      return permissions;
    },
    set permissions(value) {
      permissions = { ...value };
      publish();
    },
    destroy() {
      unsubscribe();
      doc.off('afterTransaction', onTransaction);
    },
  };
}
