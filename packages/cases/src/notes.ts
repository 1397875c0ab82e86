import type { Note } from '@relmap/core';

/**
 * A note only the clinician may see. The case sheets keep clinical notes private by default, so this is the
 * helper most rows use.
 */
export function privateNote(text: string): Note {
  return { text, sensitivity: 'private' };
}

/** A note that may be shown to the client on a shared screen, for role-neutral facts such as where someone lives. */
export function shareableNote(text: string): Note {
  return { text, sensitivity: 'shareable' };
}
