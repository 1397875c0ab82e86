import type { Change, Id, Inventory, RelmapError } from '@relmap/core';

/**
 * Where a change or a selection came from: `local` (the person at this screen, through an element), `host` (the
 * application that embeds the elements, by setting a property or calling a method) or `remote` (another device,
 * through a sync binding). Elements announce and undo by origin: a `remote` change is not the local user's step.
 */
export type ChangeOrigin = 'local' | 'host' | 'remote';

/** The parts of a session's view state; a `view` event names the ones that changed. */
export type ViewKey = 'presenting' | 'labelMode' | 'blanked' | 'readonly' | 'strings' | 'highlight' | 'now';

/** A change was committed: a command, a transaction, an undo or a redo. */
export interface SessionChangeEvent {
  readonly type: 'change';
  readonly change: Change;
  readonly origin: ChangeOrigin;
}

/** A whole new inventory was set (a document opened, an import): the history starts again. */
export interface SessionReplaceEvent {
  readonly type: 'replace';
  readonly inventory: Inventory;
  readonly origin: ChangeOrigin;
}

/** A guard refused a change; the inventory is as it was. */
export interface SessionVetoEvent {
  readonly type: 'veto';
  readonly change: Change;
  readonly origin: ChangeOrigin;
}

/** The selection changed. */
export interface SessionSelectionEvent {
  readonly type: 'selection';
  readonly ids: readonly Id[];
  readonly origin: ChangeOrigin;
}

/** View state changed: presenting, label mode, blanking, read-only, texts, highlight or today's date. */
export interface SessionViewEvent {
  readonly type: 'view';
  readonly keys: readonly ViewKey[];
}

/** An action was refused with a typed error (a bad command, an invalid inventory). Nothing changed. */
export interface SessionErrorEvent {
  readonly type: 'error';
  readonly error: RelmapError;
}

/** Everything a session tells the elements bound to it, in the order it happens. */
export type SessionEvent = SessionChangeEvent | SessionReplaceEvent | SessionVetoEvent | SessionSelectionEvent | SessionViewEvent | SessionErrorEvent;

/** Receives a session's events. */
export type SessionListener = (event: SessionEvent) => void;

/**
 * Decides whether a change may be committed, before it is: return `false` to refuse it. The map element's guard
 * offers each change to the host as its cancelable `relmap-change` event.
 */
export type ChangeGuard = (change: Change, origin: ChangeOrigin) => boolean;
