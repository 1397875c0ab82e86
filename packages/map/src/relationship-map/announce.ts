import type { Change } from '@relmap/core';
import type { MapStrings } from '../strings.ts';

/**
 * What the live region says after a committed command: who was added, or who moved to which ring. Other changes
 * are announced where they are made (undo, redo, link, remove), because only there is their meaning known.
 */
export function changeAnnouncement(change: Change, labelOf: (id: string) => string, text: MapStrings): string | undefined {
  const inv = change.inventory;
  const ringName = (ring: number): string => inv.settings.ringLabels[ring - 1]?.toLowerCase() ?? `ring ${ring}`;
  if (change.command === 'addPerson') {
    const id = change.patches[0]?.path[1];
    const person = typeof id === 'string' ? inv.people[id] : undefined;
    return person ? text.announceAdded(labelOf(person.id), ringName(person.tie.ring)) : undefined;
  }
  const moved = change.patches.find((p) => p.path[0] === 'people' && p.path[2] === 'tie' && p.path[3] === 'ring');
  const id = moved?.path[1];
  const person = typeof id === 'string' ? inv.people[id] : undefined;
  return person ? text.announceMoved(labelOf(person.id), ringName(person.tie.ring)) : undefined;
}
