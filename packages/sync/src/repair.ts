import { createInventory, defaultRingLabels, MAX_RINGS, MIN_RINGS, parseInventory, type Inventory } from '@relmap/core';
import { COLLECTIONS } from './yjs-shape.ts';

type Rec = Record<string, unknown>;

const isRec = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const sortedKeys = (record: Rec): string[] => Object.keys(record).sort();

/**
 * Turns a merged document into a valid inventory (rule Y4), by a function of the document alone, so that every
 * device holding the same document reaches the same inventory without writing the repair back:
 * - a tie to someone no longer there, or a second tie between the same two people, is left out (the one whose id
 *   sorts first stays);
 * - events and foci name only people and events still there, each once;
 * - a ring beyond the ring count (one device removed a ring while another moved someone there) becomes the last;
 * - a date of death on someone living (one device marked them living, another dated a death) is left out;
 * - goals name only people and a focus still there; of two reviews of one goal on the same date, the one whose id
 *   sorts first stays;
 * - of two primary foci, the one whose id sorts first stays primary; ring labels and remembered radii that do not
 *   match the ring count (two devices changed it) become the defaults;
 * - anything still invalid after that (a record two edits left inconsistent in a way no rule above foresaw) is
 *   left out record by record, in the order of the paths `parseInventory` reports, until the document is valid.
 */
export function repairInventory(raw: Rec): Inventory {
  const doc = structuredClone(raw);
  for (const name of COLLECTIONS) if (!isRec(doc[name])) doc[name] = {};
  if (!isRec(doc['client'])) doc['client'] = { label: 'Client' };
  fixSettings(doc);
  for (let round = 0; round < 50; round++) {
    fixReferences(doc);
    const result = parseInventory(doc);
    if (result.ok) return result.inventory;
    if (
      !dropAt(
        doc,
        result.errors.map((e) => e.path),
      )
    )
      break;
  }
  // Only a document whose client or settings no rule above can mend ends here: an empty inventory, the same everywhere.
  return createInventory();
}

function fixSettings(doc: Rec): void {
  const settings = isRec(doc['settings']) ? doc['settings'] : {};
  const rings = typeof settings['rings'] === 'number' && settings['rings'] >= MIN_RINGS && settings['rings'] <= MAX_RINGS ? Math.round(settings['rings']) : 3;
  settings['rings'] = rings;
  const labels = settings['ringLabels'];
  if (!Array.isArray(labels) || labels.length !== rings) settings['ringLabels'] = defaultRingLabels(rings);
  const radii = settings['ringRadii'];
  if (radii !== undefined && (!Array.isArray(radii) || radii.length !== rings)) delete settings['ringRadii'];
  if (typeof settings['sectors'] !== 'boolean') settings['sectors'] = false;
  doc['settings'] = settings;
}

function fixReferences(doc: Rec): void {
  const people = doc['people'] as Rec;
  const events = doc['events'] as Rec;
  const rings = (doc['settings'] as Rec)['rings'] as number;
  for (const id of sortedKeys(people)) {
    const person = people[id];
    if (!isRec(person)) continue;
    person['id'] = id;
    const tie = person['tie'];
    if (isRec(tie) && typeof tie['ring'] === 'number' && tie['ring'] > rings) tie['ring'] = rings;
    if (person['status'] === 'living') delete person['died'];
  }
  const ties = doc['ties'] as Rec;
  const pairs = new Set<string>();
  for (const id of sortedKeys(ties)) {
    const tie = ties[id];
    if (!isRec(tie)) continue;
    tie['id'] = id;
    const a = tie['a'];
    const b = tie['b'];
    const pair = typeof a === 'string' && typeof b === 'string' ? [a, b].sort().join('\n') : undefined;
    if (typeof a !== 'string' || typeof b !== 'string' || !Object.hasOwn(people, a) || !Object.hasOwn(people, b) || pairs.has(pair!)) {
      delete ties[id];
    } else {
      pairs.add(pair!);
    }
  }
  for (const id of sortedKeys(events)) {
    const event = events[id];
    if (!isRec(event)) continue;
    event['id'] = id;
    event['people'] = only(event['people'], people);
  }
  const focus = doc['focus'] as Rec;
  let primary = false;
  for (const id of sortedKeys(focus)) {
    const f = focus[id];
    if (!isRec(f)) continue;
    f['id'] = id;
    f['people'] = only(f['people'], people);
    f['events'] = only(f['events'], events);
    if (f['primary'] === true) {
      if (primary) f['primary'] = false;
      primary = true;
    }
    if (f['area'] !== 'role-dispute') delete f['disputeStage'];
  }
  const goals = doc['goals'] as Rec;
  for (const id of sortedKeys(goals)) {
    const g = goals[id];
    if (!isRec(g)) continue;
    g['id'] = id;
    g['people'] = only(g['people'], people);
    if (typeof g['focus'] !== 'string' || !Object.hasOwn(focus, g['focus'])) delete g['focus'];
    if (g['agreed'] !== true) delete g['agreedOn'];
    // Two devices reviewing one goal on the same date: the review whose id sorts first stays (M13).
    const reviews = isRec(g['reviews']) ? g['reviews'] : {};
    const dates = new Set<unknown>();
    for (const rid of sortedKeys(reviews)) {
      const r = reviews[rid];
      if (!isRec(r) || dates.has(r['date'])) delete reviews[rid];
      else {
        r['id'] = rid;
        dates.add(r['date']);
      }
    }
    g['reviews'] = reviews;
  }
}

function only(list: unknown, known: Rec): string[] {
  if (!Array.isArray(list)) return [];
  return [...new Set(list.filter((id): id is string => typeof id === 'string' && Object.hasOwn(known, id)))];
}

/** Leaves out the records the paths point into; returns whether anything was left out. */
function dropAt(doc: Rec, paths: readonly string[]): boolean {
  let dropped = false;
  for (const path of paths) {
    const [root, id] = path.split('.');
    const records = root === undefined ? undefined : doc[root];
    if ((COLLECTIONS as readonly string[]).includes(root ?? '') && id !== undefined && isRec(records) && Object.hasOwn(records, id)) {
      delete records[id];
      dropped = true;
    }
  }
  return dropped;
}
