import { freeze } from 'immer';
import { safeParse, type BaseIssue, type GenericSchema } from 'valibot';
import { LIMITS } from '../limits.ts';
import { CURRENT_VERSION, SCHEMA, type Inventory } from '../model.ts';
import { checkEvent, checkFocus, checkGoal, checkKey, checkPerson, checkPersonTie, checkSettings, validRings, type CrossContext } from './cross-checks.ts';
import { issue, joinPath, type IssueList } from './issue-list.ts';
import { isPlainRecord, type PlainObject } from './read-plain.ts';
import { focus, goal, inventoryTop, lifeEvent, person, personTie } from './schemas.ts';

// Explicit, so that a host's `setGlobalConfig({ abortEarly: true })` cannot make us stop at the first problem.
const CONFIG = { abortEarly: false, abortPipeEarly: false } as const;

type CrossCheck = (ctx: CrossContext, path: string, key: string, entry: PlainObject) => void;

/**
 * Checks a migrated document against the schema and the cross-reference rules, adding every problem to
 * `issues`; returns the inventory, deeply frozen and built only from fresh objects, when there is none (SPEC V4).
 */
export function validateDocument(document: PlainObject, issues: IssueList): Inventory | undefined {
  const top = safeParse(inventoryTop, document, CONFIG);
  addIssues(issues, '', top.issues);
  const keysOf = (name: string): ReadonlySet<string> => {
    const value = document[name];
    return new Set(isPlainRecord(value) ? Object.keys(value) : []);
  };
  const ctx: CrossContext = {
    issues,
    rings: validRings(document['settings']),
    people: keysOf('people'),
    events: keysOf('events'),
    focus: keysOf('focus'),
  };
  checkSettings(ctx, document['settings']);

  const pairs = new Map<string, string>();
  const primary: { id?: string } = {};
  const people = records(document, 'people', 'people', LIMITS.people, person, ctx, (c, path, _key, entry) => checkPerson(c, path, entry));
  const ties = records(document, 'ties', 'ties', LIMITS.ties, personTie, ctx, (c, path, key, entry) => checkPersonTie(c, path, key, entry, pairs));
  const events = records(document, 'events', 'events', LIMITS.events, lifeEvent, ctx, (c, path, _key, entry) => checkEvent(c, path, entry));
  const foci = records(document, 'focus', 'focus entries', LIMITS.focus, focus, ctx, (c, path, key, entry) => checkFocus(c, path, entry, primary, key));

  const goals = records(document, 'goals', 'goals', LIMITS.goals, goal, ctx, (c, path, _key, entry) => checkGoal(c, path, entry));

  if (issues.size > 0 || !top.success || !people || !ties || !events || !foci || !goals) return undefined;
  return freeze(
    {
      schema: SCHEMA,
      version: CURRENT_VERSION,
      client: top.output.client,
      people,
      ties,
      events,
      focus: foci,
      goals,
      settings: top.output.settings,
    },
    true,
  );
}

/**
 * Checks one collection: its size first (SPEC V5), then each record's key, shape and cross-references. Returns the
 * records as a fresh object when all of them passed the schema.
 */
function records<T>(
  document: PlainObject,
  name: string,
  noun: string,
  max: number,
  schema: GenericSchema<unknown, T>,
  ctx: CrossContext,
  cross: CrossCheck,
): Record<string, T> | undefined {
  const value = document[name];
  if (!isPlainRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length > max) {
    ctx.issues.add(issue(name, `expected at most ${max} ${noun} in an inventory, got ${keys.length}.`));
    return undefined;
  }
  const out: [string, T][] = [];
  let complete = true;
  for (const key of keys) {
    if (ctx.issues.saturated) {
      ctx.issues.stopEarly();
      return undefined;
    }
    const path = joinPath(name, key);
    const entry = value[key];
    checkKey(ctx, path, key, entry);
    const result = safeParse(schema, entry, CONFIG);
    addIssues(ctx.issues, path, result.issues);
    if (isPlainRecord(entry)) cross(ctx, path, key, entry);
    if (result.success) out.push([key, result.output]);
    else complete = false;
  }
  // fromEntries defines own properties, so even a key such as "__proto__" could never set a prototype (SPEC V7).
  return complete ? Object.fromEntries(out) : undefined;
}

function addIssues(issues: IssueList, prefix: string, found: readonly BaseIssue<unknown>[] | undefined): void {
  if (!found) return;
  for (const entry of found) {
    let path = prefix;
    for (const item of entry.path ?? []) {
      const key: unknown = item.key;
      if (typeof key === 'string' || typeof key === 'number') path = joinPath(path, key);
    }
    issues.add(issue(path, entry.message));
  }
}
