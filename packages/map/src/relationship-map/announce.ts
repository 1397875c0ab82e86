import type { Change, Inventory, Patch, Person } from '@relmap/core';
import type { MapStrings } from '../strings.ts';

/** At most this many sentences are spoken for one change; more become a count, so a screen reader is not flooded. */
const MAX_SENTENCES = 3;

/**
 * What the live region says after any committed change, whoever made it (a key, a drag, the table, the host's
 * `dispatch`): who was added or removed, who moved to which ring, whose conflict or support changed, who was
 * linked or unlinked, how a tie between two people changed, who was renamed, which life event or focus was
 * recorded, changed or removed, and what changed in the map's settings. Undo and redo say what was undone and then what the map is like now. It reads the
 * change's patches, so it describes what happened rather than what was asked.
 *
 * `labelOf` gives a person's label as the map shows it, and is asked for removed people too, so that a presenting
 * map never says a name it does not show. Labels of notes (event labels, tie labels) are never said: they may be
 * private, and the live region is read aloud on a shared screen.
 */
export function changeAnnouncement(change: Change, labelOf: (person: Person) => string, text: MapStrings): string | undefined {
  const sentences = describePatches(change, labelOf, text);
  const body = sentences.length > MAX_SENTENCES ? text.announceManyChanges(sentences.length) : sentences.join(' ');
  if (change.kind === 'undo') return `${text.announceUndo(text.commandLabel(change.command))} ${body}`.trim();
  if (change.kind === 'redo') return `${text.announceRedo(text.commandLabel(change.command))} ${body}`.trim();
  return body || undefined;
}

function describePatches(change: Change, labelOf: (person: Person) => string, text: MapStrings): string[] {
  const inv = change.inventory;
  const before = change.previous;
  const ringName = (ring: number): string => inv.settings.ringLabels[ring - 1]?.toLowerCase() ?? `ring ${ring}`;
  // A removed person's label comes from the inventory before the change, where they still exist.
  const nameOf = (id: string): string => {
    const person = inv.people[id] ?? before.people[id];
    return person ? labelOf(person) : '';
  };
  const removedPeople = new Set(change.patches.flatMap((p) => (p.op === 'remove' && p.path[0] === 'people' && p.path.length === 2 ? [String(p.path[1])] : [])));
  const out: string[] = [];
  const seen = new Set<string>();
  const say = (key: string, sentence: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(sentence);
  };
  for (const p of change.patches) {
    const [root, id, field, sub] = p.path as readonly (string | number)[];
    if (typeof id !== 'string') continue;
    if (root === 'people') {
      const person = inv.people[id];
      if (field === undefined) {
        if (p.op === 'remove') say(`rm:${id}`, text.announceRemoved(nameOf(id)));
        else if (person) say(`add:${id}`, text.announceAdded(nameOf(id), ringName(person.tie.ring)));
        continue;
      }
      if (!person) continue;
      if (field === 'tie' && sub === 'ring') say(`ring:${id}`, text.announceMoved(nameOf(id), ringName(person.tie.ring)));
      else if (field === 'tie' && sub === 'conflict') say(`c:${id}`, text.announceQuality(nameOf(id), text.conflict[person.tie.conflict]));
      else if (field === 'tie' && sub === 'support') say(`s:${id}`, text.announceQuality(nameOf(id), text.support[person.tie.support]));
      else if (field === 'status') say(`st:${id}`, text.announceQuality(nameOf(id), person.status === 'deceased' ? text.deceased : text.living));
      else if (field === 'category') say(`cat:${id}`, text.announceQuality(nameOf(id), text.category[person.category]));
      else if (field === 'name' || field === 'alias' || field === 'initials') renamed(id, person);
      // Where someone is drawn (a pin, the layout's memory of them) is seen, not news to be read out.
      else if (field !== 'pin' && field !== 'hint') say(`u:${id}`, text.announceUpdated(nameOf(id)));
    } else if (root === 'ties' && field !== undefined) {
      const tie = inv.ties[id];
      if (!tie) continue;
      const both = text.tieLabel(nameOf(tie.a), nameOf(tie.b));
      if (field === 'conflict') say(`tc:${id}`, text.announceQuality(both, text.conflict[tie.conflict]));
      else if (field === 'closeness') say(`tk:${id}`, text.announceQuality(both, text.tieCloseness[tie.closeness]));
      else if (field === 'ended') say(`te:${id}`, text.announceQuality(both, tie.ended ? text.tieEnded : text.tieOngoing));
      // A label may be private, and the live region is read aloud on a shared screen: say that it changed, not what it says.
      else say(`tu:${id}`, text.announceUpdated(both));
    } else if (root === 'client' || root === 'settings') {
      describeSettings(String(id), field);
    } else if (root === 'events' || root === 'focus') {
      // Removing a person takes them out of events and foci too; saying so would bury the one thing that happened.
      if (field === 'people' && removedPeople.size > 0) continue;
      if (root === 'events') describeEvent(p, id, field);
      else describeFocus(id, field);
    } else if (root === 'ties' && field === undefined) {
      const tie = tieOf(p, id, inv, before);
      if (!tie || removedPeople.has(tie.a) || removedPeople.has(tie.b)) continue;
      if (p.op === 'remove') say(`t:${id}`, text.announceUnlinked(nameOf(tie.a), nameOf(tie.b)));
      else say(`t:${id}`, text.announceLinked(nameOf(tie.a), nameOf(tie.b)));
    }
  }
  return out;

  function renamed(id: string, person: Person): void {
    const was = before.people[id];
    const from = was ? labelOf(was) : '';
    const to = labelOf(person);
    // In a label mode that does not show the name (initials, alias, role), a new name may change nothing on screen.
    if (from && from !== to) say(`n:${id}`, text.announceRenamed(from, to));
    else say(`u:${id}`, text.announceUpdated(to));
  }

  function describeSettings(key: string, index: string | number | undefined): void {
    const s = inv.settings;
    if (key === 'label') say('client', text.announceClientLabel(inv.client.label));
    // A new ring count brings its own labels; the count is the news.
    else if (key === 'rings') say('rings', text.announceRings(s.rings));
    else if (key === 'ringLabels' && !seen.has('rings')) {
      if (typeof index === 'number') say(`rl:${index}`, text.announceRingLabel(index + 1, s.ringLabels[index] ?? ''));
    } else if (key === 'sectors') say('sectors', text.announceSectors(s.sectors));
  }

  function describeEvent(p: Patch, id: string, field: string | number | undefined): void {
    const event = inv.events[id] ?? before.events[id];
    if (!event) return;
    const kind = text.eventKind[event.kind];
    if (field !== undefined || (p.op !== 'remove' && before.events[id])) say(`e:${id}`, text.announceEventUpdated(kind));
    else if (p.op === 'remove') say(`e:${id}`, text.announceEventRemoved(kind));
    else say(`e:${id}`, text.announceEventRecorded(kind, event.people.map(nameOf).filter(Boolean)));
  }

  function describeFocus(id: string, field: string | number | undefined): void {
    const focus = inv.focus[id] ?? before.focus[id];
    if (!focus) return;
    const area = text.problemArea[focus.area];
    const was = before.focus[id];
    const now = inv.focus[id];
    if (!now) say(`f:${id}`, text.announceFocusRemoved(area));
    else if (!was) say(`f:${id}`, text.announceFocusAdded(area));
    // A new primary focus takes the flag from the old one; only the one that gained it is news.
    else if (now.primary && !was.primary) say(`f:${id}`, text.announceFocusPrimary(area));
    else if (field !== 'primary') say(`f:${id}`, text.announceFocusUpdated(area));
  }
}

function tieOf(p: Patch, id: string, inv: Inventory, before: Inventory): { a: string; b: string } | undefined {
  return p.op === 'remove' ? before.ties[id] : inv.ties[id];
}
