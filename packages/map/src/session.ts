/**
 * `@relmap/map/session`: the editing session alone, with no DOM and no element registered. A host makes one to share
 * a document, its undo history, the selection and the presenting policy among several elements (or to drive them
 * from a server, a worker or a sync binding), and hands it to each element's `session` property.
 */
export { EditingSession, type EditOptions, type SessionOptions } from './session/editing-session.ts';
export type {
  ChangeGuard,
  ChangeOrigin,
  SessionChangeEvent,
  SessionErrorEvent,
  SessionEvent,
  SessionListener,
  SessionReplaceEvent,
  SessionSelectionEvent,
  SessionVetoEvent,
  SessionViewEvent,
  ViewKey,
} from './session/session-events.ts';
export { presentingPolicy, labelModeFor, isNoteShown, type PresentingPolicy } from './presenting-policy.ts';
