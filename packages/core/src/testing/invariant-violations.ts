import { isPartialDate } from '../commands/checks.ts';
import { isValidId } from '../ids.ts';
import type { Inventory } from '../model.ts';

/**
 * Every way in which an inventory breaks the document rules M1 to M9, M12 and M13, as short messages (empty when it keeps
 * them all). Tests run it after commands to prove that no command, however it is called, leaves a broken
 * document behind.
 */
export function invariantViolations(inv: Inventory): string[] {
  const out: string[] = [];
  const { rings, ringLabels } = inv.settings;
  if (!Number.isInteger(rings) || rings < 2 || rings > 5) out.push(`M4: ${rings} rings`);
  if (ringLabels.length !== rings) out.push(`M4: ${ringLabels.length} labels for ${rings} rings`);
  for (const key of ['people', 'ties', 'events', 'focus'] as const) {
    for (const [id, record] of Object.entries(inv[key])) {
      if (record.id !== id) out.push(`M1: ${key}.${id} has id ${record.id}`);
      if (!isValidId(id)) out.push(`M9: ${key}.${id} is not a valid id`);
    }
  }
  const hasPerson = (id: string): boolean => Object.hasOwn(inv.people, id);
  for (const person of Object.values(inv.people)) {
    const ring = person.tie.ring;
    if (!Number.isInteger(ring) || ring < 1 || ring > rings) out.push(`M3: ${person.id} on ring ${ring}`);
    if (person.died !== undefined && person.status !== 'deceased') out.push(`M8: living ${person.id} has died`);
    for (const date of [person.born, person.died]) {
      if (date !== undefined && !isPartialDate(date)) out.push(`M8: ${person.id} has date ${date}`);
    }
  }
  const pairs = new Set<string>();
  for (const tie of Object.values(inv.ties)) {
    if (tie.a === tie.b) out.push(`M5: ${tie.id} links ${tie.a} to themselves`);
    if (!hasPerson(tie.a) || !hasPerson(tie.b)) out.push(`M5: ${tie.id} links a missing person`);
    const pair = [tie.a, tie.b].sort().join('\u0000');
    if (pairs.has(pair)) out.push(`M5: a second tie ${tie.id} between ${tie.a} and ${tie.b}`);
    pairs.add(pair);
  }
  for (const event of Object.values(inv.events)) {
    for (const p of event.people) if (!hasPerson(p)) out.push(`M6: event ${event.id} names missing ${p}`);
    if (event.date !== undefined && !isPartialDate(event.date)) out.push(`M8: event ${event.id} date ${event.date}`);
  }
  let primaries = 0;
  for (const focus of Object.values(inv.focus)) {
    if (focus.primary === true) primaries++;
    else if (focus.primary !== false) out.push(`M7: focus ${focus.id} has primary ${String(focus.primary)}`);
    if (focus.disputeStage !== undefined && focus.area !== 'role-dispute') out.push(`M7: ${focus.id} has a stage`);
    for (const p of focus.people) if (!hasPerson(p)) out.push(`M6: focus ${focus.id} names missing ${p}`);
    for (const e of focus.events) {
      if (!Object.hasOwn(inv.events, e)) out.push(`M6: focus ${focus.id} names missing event ${e}`);
    }
  }
  if (primaries > 1) out.push(`M7: ${primaries} primary focus entries`);
  for (const [id, goal] of Object.entries(inv.goals)) {
    if (goal.id !== id) out.push(`M1: goals.${id} has id ${goal.id}`);
    if (!isValidId(id)) out.push(`M9: goals.${id} is not a valid id`);
    if (goal.focus !== undefined && !Object.hasOwn(inv.focus, goal.focus)) out.push(`M6: goal ${id} serves missing focus ${goal.focus}`);
    for (const p of goal.people) if (!hasPerson(p)) out.push(`M6: goal ${id} names missing ${p}`);
    if (new Set(goal.people).size !== goal.people.length) out.push(`M6: goal ${id} names someone twice`);
    if (goal.agreedOn !== undefined && goal.agreed !== true) out.push(`M12: goal ${id} is dated but not agreed`);
    if (goal.agreedOn !== undefined && !isPartialDate(goal.agreedOn)) out.push(`M8: goal ${id} date ${goal.agreedOn}`);
    const dates = new Set<string>();
    for (const [rid, review] of Object.entries(goal.reviews)) {
      if (review.id !== rid) out.push(`M1: goals.${id}.reviews.${rid} has id ${review.id}`);
      if (!isPartialDate(review.date)) out.push(`M8: review ${id}.${rid} date ${review.date}`);
      if (dates.has(review.date)) out.push(`M13: goal ${id} has two reviews dated ${review.date}`);
      dates.add(review.date);
    }
  }
  return out;
}
