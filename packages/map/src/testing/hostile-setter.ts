import { isRelmapError, type Inventory, type RelmapError } from '@relmap/core';
import { DocumentController } from '../controllers/document-controller.ts';

/** A document controller on a bare event target, as the element's `inventory` setter uses it; runs in Node too. */
export interface SetterProbe {
  /** The controller behind the element's `inventory` property. */
  readonly controller: DocumentController;
  /** How many `relmap-error` events were fired so far, and the last error (only that one is kept). */
  readonly errors: { count: number; last: RelmapError | undefined };
  /** Puts the probe back to its initial inventory and undo history. */
  restore(): void;
}

/** Makes a document controller holding `initial`, with one undo step in its history, on a stand-in host. */
export function setterProbe(initial: Inventory, edit: (controller: DocumentController) => void): SetterProbe {
  const errors: SetterProbe['errors'] = { count: 0, last: undefined };
  const host = Object.assign(new EventTarget(), {
    readonly: false,
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  });
  host.addEventListener('relmap-error', (e) => {
    errors.count++;
    errors.last = (e as CustomEvent<{ error: RelmapError }>).detail.error;
  });
  const controller = new DocumentController(host as unknown as ConstructorParameters<typeof DocumentController>[0], {
    committed: () => undefined,
    vetoed: () => undefined,
    replaced: () => undefined,
    remember: () => undefined,
  });
  const restore = (): void => {
    controller.store.reset(initial);
    edit(controller);
  };
  restore();
  return { controller, errors, restore };
}

/**
 * Offers one hostile value to the setter and checks what the element promises (SPEC V1, V2, V9): no throw; a
 * refusal fires exactly one `relmap-error` whose error is a `RelmapError` with a string path and its issues,
 * and leaves the inventory and the undo history exactly as they were. Throws a plain `Error` naming what broke.
 * An accepted value replaces the document; the probe is then put back, so that one probe serves many inputs.
 */
export function checkHostileSet(probe: SetterProbe, input: unknown): 'accepted' | 'rejected' {
  const { controller, errors } = probe;
  const before = controller.inventory;
  const undo = controller.store.canUndo;
  const fired = errors.count;
  let applied: boolean;
  try {
    applied = controller.setInventory(input as Inventory);
  } catch (error) {
    throw new Error(`V1: the inventory setter threw ${String(error)}`, { cause: error });
  }
  if (applied) {
    if (errors.count !== fired) throw new Error('an accepted inventory fired relmap-error');
    probe.restore();
    return 'accepted';
  }
  if (errors.count !== fired + 1) throw new Error(`V9: a refusal fired ${errors.count - fired} relmap-error events`);
  const error = errors.last;
  if (!isRelmapError(error) || typeof error.path !== 'string' || error.issues.length === 0) {
    throw new Error('V2: a refusal without a typed error and a path');
  }
  if (controller.inventory !== before) throw new Error('V9: a refused inventory replaced the current one');
  if (controller.store.canUndo !== undo) throw new Error('V9: a refused inventory cleared the undo history');
  return 'rejected';
}
