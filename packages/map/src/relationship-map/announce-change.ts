import type { Change, Person } from '@relmap/core';
import { labelFor } from '../presenting-policy.ts';
import type { EditingSession } from '../session/editing-session.ts';
import type { MapUi } from './map-ui.ts';
import { announcePart } from './on-demand-parts.ts';

/**
 * Says in the map's live region what a committed change did (`changeAnnouncement`), naming people by the session's
 * policy as they were before the change or are after it. Its words are loaded at the first change: until then the
 * message waits for them, and every message after it waits behind it (rule M54).
 */
export function announceChange(ui: MapUi, change: Change, session: EditingSession): void {
  const { policy, text } = session;
  const labelOf = (person: Person): string =>
    change.inventory.people[person.id] === person ? policy.label(person) : labelFor(change.previous.people, person, policy.mode, text);
  const words = ui.loaded(announcePart);
  if (!words) return ui.announceLater(ui.load(announcePart).then((w) => w.changeAnnouncement(change, labelOf, text)));
  const message = words.changeAnnouncement(change, labelOf, text);
  if (message) ui.announce(message);
}
