import { isRelmapError, type Inventory, type RelmapError } from '@relmap/core';
import { EditingSession } from '../session/editing-session.ts';

/** An editing session, as the element's `inventory` setter uses it; runs in Node too. */
export interface SetterProbe {
  /** The session behind the element's `inventory` property (a new one after each `restore`). */
  readonly controller: EditingSession;
  /** How many `error` events the session emitted so far, and the last error (only that one is kept). */
  readonly errors: { count: number; last: RelmapError | undefined };
  /** Puts the probe back to its initial inventory and undo history. */
  restore(): void;
}

/** Makes a session holding `initial`, with one undo step in its history made by `edit`. */
export function setterProbe(initial: Inventory, edit: (session: EditingSession) => void): SetterProbe {
  const errors: SetterProbe['errors'] = { count: 0, last: undefined };
  let session: EditingSession;
  const restore = (): void => {
    session = new EditingSession({ inventory: initial });
    session.subscribe((e) => {
      if (e.type !== 'error') return;
      errors.count++;
      errors.last = e.error;
    });
    edit(session);
  };
  restore();
  return {
    get controller() {
      return session;
    },
    errors,
    restore,
  };
}

/**
 * Offers one hostile value to the setter and checks what the element promises (SPEC V1, V2, V9): no throw; a
 * refusal fires exactly one `error event` whose error is a `RelmapError` with a string path and its issues,
 * and leaves the inventory and the undo history exactly as they were. Throws a plain `Error` naming what broke.
 * An accepted value replaces the document; the probe is then put back, so that one probe serves many inputs.
 */
export function checkHostileSet(probe: SetterProbe, input: unknown): 'accepted' | 'rejected' {
  const { controller, errors } = probe;
  const before = controller.inventory;
  const undo = controller.canUndo;
  const fired = errors.count;
  let applied: boolean;
  try {
    applied = controller.setInventory(input as Inventory);
  } catch (error) {
    throw new Error(`V1: the inventory setter threw ${String(error)}`, { cause: error });
  }
  if (applied) {
    if (errors.count !== fired) throw new Error('an accepted inventory fired error event');
    probe.restore();
    return 'accepted';
  }
  if (errors.count !== fired + 1) throw new Error(`V9: a refusal fired ${errors.count - fired} error event events`);
  const error = errors.last;
  if (!isRelmapError(error) || typeof error.path !== 'string' || error.issues.length === 0) {
    throw new Error('V2: a refusal without a typed error and a path');
  }
  if (controller.inventory !== before) throw new Error('V9: a refused inventory replaced the current one');
  if (controller.canUndo !== undo) throw new Error('V9: a refused inventory cleared the undo history');
  return 'rejected';
}
