import type * as Y from 'yjs';
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
 * therapist chose, and is read-only while the therapist permits no change. The client's edits travel as Yjs
 * updates; the therapist's device decides which of them stand.
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
  const binding = bindSession(session, doc, { seed: false });
  return {
    doc,
    get permissions() {
      return permissions();
    },
    destroy() {
      share.unobserve(follow);
      binding.destroy();
    },
  };
}
