import type { Awareness } from 'y-protocols/awareness';
import { forgetAbsent } from './awareness-clients.ts';

/** Who a device in a remote session belongs to. */
export type PresenceRole = 'therapist' | 'client';

/**
 * All a device says of itself to the others, through Yjs awareness (rule P6): its role, and whom its user is
 * dragging now by their id in the shared picture. Never a name, a label or a note.
 */
export interface PresenceState {
  readonly role: PresenceRole;
  /** The picture id of the person being dragged on this device; absent when nobody is. */
  readonly moving?: string;
}

/** Another device in the room, as this device sees it: its role, and whom its user is dragging, by this device's id. */
export interface Peer {
  readonly role: PresenceRole;
  readonly moving: string | undefined;
}

/** How this device's ids become the picture's and back (the therapist's `share.ids`; the client's are the picture's). */
export interface PresenceIds {
  toPicture(id: string): string | undefined;
  fromPicture(id: string): string | undefined;
}

/** This device's presence in a remote session. */
export interface Presence {
  /** Says that this device's user is dragging the person `id` (of this device's session), or nobody (`undefined`). */
  moving(id: string | undefined): void;
  /** The other devices in the room now, with whom each is dragging; devices that say anything else are left out. */
  readonly peers: readonly Peer[];
  /** Says nothing more: this device's state is withdrawn from the room. */
  destroy(): void;
}

const SAME = { toPicture: (id: string) => id, fromPicture: (id: string) => id };
const ROLES: readonly unknown[] = ['therapist', 'client'] satisfies PresenceRole[];

/**
 * Who is dragging whom, on the awareness of a room's provider (rules P6, P7). This device's state is replaced whole,
 * so it holds the role and a picture id and nothing else, whatever was set on the awareness before; it is cleared
 * when the drag ends (`moving(undefined)`), and the relay withdraws it when the device's connection closes, with
 * the tab or the network. What other devices say is read as far as it fits that shape, and their picture ids are
 * turned into this device's through `ids`. `onChange` is called whenever who is here or whom they drag changes.
 */
export function trackPresence(awareness: Awareness, role: PresenceRole, options: { ids?: PresenceIds; onChange?: () => void } = {}): Presence {
  const ids = options.ids ?? SAME;
  let moving: string | undefined;
  const say = (): void => awareness.setLocalState(moving === undefined ? { role } : ({ role, moving } satisfies PresenceState));
  say();
  const onChange = (): void => options.onChange?.();
  // A device that left (or that this one lost on its own disconnect) says itself again with the clock it had when it
  // comes back; forgetting its clock with its state lets that be heard, instead of after the 15 s renewal. After the
  // provider has sent the removal on, which reads the clock.
  const onUpdate = ({ removed }: { removed: number[] }): void => {
    if (removed.length > 0) queueMicrotask(() => forgetAbsent(awareness));
  };
  awareness.on('change', onChange);
  awareness.on('update', onUpdate);
  return {
    moving(id) {
      const next = id === undefined ? undefined : ids.toPicture(id);
      if (next === moving) return;
      moving = next;
      say();
    },
    get peers() {
      const peers: Peer[] = [];
      for (const [client, state] of awareness.getStates()) {
        const s = state as Partial<Record<keyof PresenceState, unknown>>;
        if (client === awareness.clientID || !ROLES.includes(s.role)) continue;
        peers.push({ role: s.role as PresenceRole, moving: typeof s.moving === 'string' ? ids.fromPicture(s.moving) : undefined });
      }
      return peers;
    },
    destroy() {
      awareness.off('change', onChange);
      awareness.off('update', onUpdate);
      awareness.setLocalState(null);
    },
  };
}
