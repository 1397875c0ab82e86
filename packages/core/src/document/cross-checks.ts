import { isValidId } from '../ids.ts';
import { MAX_RINGS, MIN_RINGS, PROBLEM_AREAS, type ProblemArea } from '../model.ts';
import { describeValue } from './describe-value.ts';
import { ID_RULE } from './fields.ts';
import { issue, joinPath, type IssueList } from './issue-list.ts';
import { isPlainRecord, type PlainObject, type PlainValue } from './read-plain.ts';

// The rules that relate one value to another (SPEC V3 and M1 to M8). They read the plain copy of the document
// rather than the schema's output, so that a person with a bad name still has their ring checked; and they look
// only at values of the right type, leaving wrong types to the schema, so that no problem is reported twice.

/** What the cross-reference checks of one document share: where to report, and what exists. */
export interface CrossContext {
  readonly issues: IssueList;
  /** The ring count when it is valid; otherwise rings are checked against the largest allowed count. */
  readonly rings: number | undefined;
  /** Keys of the people collection, whether or not each person passed the schema. */
  readonly people: ReadonlySet<string>;
  /** Keys of the events collection. */
  readonly events: ReadonlySet<string>;
  /** Keys of the focus collection. */
  readonly focus: ReadonlySet<string>;
}

/** The ring count of the settings, if it is a valid one. */
export function validRings(settings: PlainValue): number | undefined {
  const rings = isPlainRecord(settings) ? settings['rings'] : undefined;
  return typeof rings === 'number' && Number.isInteger(rings) && rings >= MIN_RINGS && rings <= MAX_RINGS ? rings : undefined;
}

/** SPEC M4 and M11: one label per ring, and one remembered radius per ring, growing outwards. */
export function checkSettings(ctx: CrossContext, settings: PlainValue): void {
  const labels = isPlainRecord(settings) ? settings['ringLabels'] : undefined;
  if (ctx.rings !== undefined && Array.isArray(labels) && labels.length !== ctx.rings) {
    ctx.issues.add(issue('settings.ringLabels', `expected ${ctx.rings} ring labels, one per ring, got ${labels.length}.`));
  }
  const radii = isPlainRecord(settings) ? settings['ringRadii'] : undefined;
  if (!Array.isArray(radii)) return;
  if (ctx.rings !== undefined && radii.length !== ctx.rings) {
    ctx.issues.add(issue('settings.ringRadii', `expected ${ctx.rings} ring radii, one per ring, got ${radii.length}.`));
    return;
  }
  for (let k = 1; k < radii.length; k++) {
    const [inner, outer] = [radii[k - 1], radii[k]];
    if (typeof inner === 'number' && typeof outer === 'number' && !(outer > inner)) {
      ctx.issues.add(issue(`settings.ringRadii.${k}`, `expected a radius larger than the ring inside it (${inner}), got ${describeValue(outer)}.`));
    }
  }
}

/** SPEC M1 and M9: a record's key is a valid id and equals the record's own id. */
export function checkKey(ctx: CrossContext, path: string, key: string, entry: PlainValue): void {
  if (!isValidId(key)) {
    ctx.issues.add(issue(path, `expected the key of this record to be an id (${ID_RULE}), got ${describeValue(key)}.`));
  }
  const own = isPlainRecord(entry) ? entry['id'] : undefined;
  if (typeof own === 'string' && own !== key) {
    ctx.issues.add(issue(joinPath(path, 'id'), `expected ${describeValue(key)}, the key of this record, got ${describeValue(own)}.`));
  }
}

/** SPEC M3 and M8: the ring is within the ring count; only a deceased person has a date of death. */
export function checkPerson(ctx: CrossContext, path: string, person: PlainObject): void {
  const tie = person['tie'];
  const ring = isPlainRecord(tie) ? tie['ring'] : undefined;
  const max = ctx.rings ?? MAX_RINGS;
  if (typeof ring === 'number' && !Number.isNaN(ring) && !(Number.isInteger(ring) && ring >= 1 && ring <= max)) {
    ctx.issues.add(issue(`${path}.tie.ring`, `expected a ring from 1 to ${max}, got ${describeValue(ring)}.`));
  }
  if (person['died'] !== undefined && person['status'] === 'living') {
    ctx.issues.add(issue(`${path}.died`, 'expected no date of death, because this person\'s status is "living"; make it "deceased" or remove the date.'));
  }
}

/** SPEC M5: a tie joins two different people who exist, and no other tie joins the same two. */
export function checkPersonTie(ctx: CrossContext, path: string, key: string, tie: PlainObject, pairs: Map<string, string>): void {
  const a = tie['a'];
  const b = tie['b'];
  for (const [end, value] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (typeof value === 'string' && isValidId(value) && !ctx.people.has(value)) {
      ctx.issues.add(issue(`${path}.${end}`, `expected the id of a person in this inventory, got ${describeValue(value)}, which is not one.`));
    }
  }
  if (typeof a !== 'string' || typeof b !== 'string') return;
  if (a === b) {
    ctx.issues.add(issue(`${path}.b`, `expected a person other than ${describeValue(a)}: a tie joins two different people.`));
    return;
  }
  const pair = a < b ? `${a}\n${b}` : `${b}\n${a}`;
  const other = pairs.get(pair);
  if (other === undefined) {
    pairs.set(pair, key);
  } else {
    ctx.issues.add(issue(path, `expected at most one tie between ${describeValue(a)} and ${describeValue(b)}, but ${describeValue(other)} joins them too.`));
  }
}

/** SPEC M6: an event names only people who exist, each once. */
export function checkEvent(ctx: CrossContext, path: string, event: PlainObject): void {
  checkRefs(ctx, `${path}.people`, event['people'], ctx.people, 'person');
}

/** SPEC M6 and M7: a focus names only people and events that exist; a dispute stage only on a role dispute. */
export function checkFocus(ctx: CrossContext, path: string, focus: PlainObject, primary: { id?: string }, key: string): void {
  checkRefs(ctx, `${path}.people`, focus['people'], ctx.people, 'person');
  checkRefs(ctx, `${path}.events`, focus['events'], ctx.events, 'event');
  if (focus['primary'] === true) {
    if (primary.id === undefined) primary.id = key;
    else {
      ctx.issues.add(issue(`${path}.primary`, `expected at most one primary focus, but ${describeValue(primary.id)} is primary too.`));
    }
  }
  const area = focus['area'];
  if (focus['disputeStage'] !== undefined && isArea(area) && area !== 'role-dispute') {
    ctx.issues.add(
      issue(`${path}.disputeStage`, `expected no dispute stage, because only a role-dispute focus has one and this focus is ${describeValue(area)}.`),
    );
  }
}

/**
 * SPEC M6, M12 and M13: a goal serves a focus that exists and names people who exist, each once; only an agreed
 * goal has a date of agreement; its reviews are keyed by their ids, and no two of them share a date.
 */
export function checkGoal(ctx: CrossContext, path: string, goal: PlainObject): void {
  const focus = goal['focus'];
  if (typeof focus === 'string' && isValidId(focus) && !ctx.focus.has(focus)) {
    ctx.issues.add(issue(`${path}.focus`, `expected the id of a focus in this inventory, got ${describeValue(focus)}, which is not one.`));
  }
  checkRefs(ctx, `${path}.people`, goal['people'], ctx.people, 'person');
  if (goal['agreedOn'] !== undefined && goal['agreed'] === false) {
    ctx.issues.add(issue(`${path}.agreedOn`, 'expected no date of agreement, because this goal is not agreed; make "agreed" true or remove the date.'));
  }
  const reviews = goal['reviews'];
  // The schema's record takes any object, a list too; a list has no ids, so it is refused here.
  if (Array.isArray(reviews)) {
    const phrase = 'an object of reviews keyed by id';
    ctx.issues.add(issue(`${path}.reviews`, `expected ${phrase}, got ${describeValue(reviews, { quote: false })}.`));
  }
  if (!isPlainRecord(reviews)) return;
  const dates = new Map<string, string>();
  for (const [key, review] of Object.entries(reviews)) {
    const at = joinPath(joinPath(path, 'reviews'), key);
    checkKey(ctx, at, key, review);
    const date = isPlainRecord(review) ? review['date'] : undefined;
    if (typeof date !== 'string') continue;
    const other = dates.get(date);
    if (other === undefined) dates.set(date, key);
    else {
      ctx.issues.add(issue(joinPath(at, 'date'), `expected one review of a goal per date, but ${describeValue(other)} is dated ${describeValue(date)} too.`));
    }
  }
}

function isArea(value: PlainValue): value is ProblemArea {
  return typeof value === 'string' && (PROBLEM_AREAS as readonly string[]).includes(value);
}

function checkRefs(ctx: CrossContext, path: string, list: PlainValue, known: ReadonlySet<string>, noun: string): void {
  if (!Array.isArray(list)) return;
  const seen = new Set<string>();
  list.forEach((ref, index) => {
    if (typeof ref !== 'string' || !isValidId(ref)) return;
    const at = joinPath(path, index);
    if (!known.has(ref)) {
      const article = noun === 'event' ? 'an' : 'a';
      const message = `expected the id of ${article} ${noun} in this inventory, got ${describeValue(ref)}, which is not one.`;
      ctx.issues.add(issue(at, message));
    } else if (seen.has(ref)) {
      ctx.issues.add(issue(at, `expected each ${noun} once, but ${describeValue(ref)} is listed before.`));
    }
    seen.add(ref);
  });
}
