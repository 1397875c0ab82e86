import type * as Y from 'yjs';
import type { Change } from '@relmap/core';
import type { EditingSession } from '@relmap/map/session';
import { bindSession, type SyncBinding } from './bind-session.ts';
import type { SharePermissions } from './share-picture.ts';

/** The client's side of a shared picture. */
export interface PictureView extends SyncBinding {
  /** What the therapist lets the client change, as the document says now. */
  readonly permissions: SharePermissions;
}

/**
 * Binds the client's session to the picture a therapist shares (rule P5): the session takes the room's document
 * (it never seeds it), presents it, with the picture's labels as names, since they are already the labels the
 * therapist chose, and is read-only while the therapist permits no change. An edit the therapist does not permit is
 * refused here already, so it never shows; the others travel as Yjs updates, and the therapist's device decides
 * which of them stand.
 */
export function joinPicture(session: EditingSession, doc: Y.Doc): PictureView {
  session.presenting = true;
  session.labelMode = 'name';
  const share = doc.getMap('share');
  const permissions = (): SharePermissions => (share.get('permissions') as SharePermissions | undefined) ?? {};
  const follow = (): void => {
    const p = permissions();
    session.readonly = !p.moveRings && !p.addPeople;
  };
  follow();
  share.observe(follow);
  const unguard = session.guard((change, origin) => origin === 'remote' || permitted(change, permissions()));
  const binding = bindSession(session, doc, { seed: false });
  return {
    doc,
    get permissions() {
      return permissions();
    },
    destroy() {
      share.unobserve(follow);
      unguard();
      binding.destroy();
    },
  };
}

/**
 * Whether a change of the picture is one the therapist permits: only rings and pins with `moveRings`, only new
 * people with `addPeople`, and where the layout settled people and rings, which any move rewrites.
 */
function permitted(change: Change, permissions: SharePermissions): boolean {
  return change.patches.every((patch) => {
    const [root, id, field, sub] = patch.path;
    // Where the layout settled people and rings (core rule H11) comes with any move, and says nothing.
    if (root === 'settings' && id === 'ringRadii') return true;
    if (root !== 'people' || typeof id !== 'string') return false;
    if (field === undefined) return patch.op === 'add' && permissions.addPeople === true && !Object.hasOwn(change.previous.people, id);
    if (field === 'hint') return true;
    return permissions.moveRings === true && (field === 'pin' || (field === 'tie' && sub === 'ring'));
  });
}
