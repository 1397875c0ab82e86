import type { Change, Person } from '@relmap/core';
import type { MapStrings } from '../strings.ts';
import type { MapUi } from './map-ui.ts';
import { announcePart } from './on-demand-parts.ts';

/**
 * Says in the map's live region what a committed change did (`changeAnnouncement`). Its words are loaded at the
 * first change: until then the message waits for them, and every message after it waits behind it (rule M54).
 */
export function announceChange(ui: MapUi, change: Change, labelOf: (person: Person) => string, text: MapStrings): void {
  const words = ui.loaded(announcePart);
  if (!words) return ui.announceLater(ui.load(announcePart).then((w) => w.changeAnnouncement(change, labelOf, text)));
  const message = words.changeAnnouncement(change, labelOf, text);
  if (message) ui.announce(message);
}
