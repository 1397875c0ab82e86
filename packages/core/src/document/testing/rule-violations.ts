import type { Inventory } from '../../model.ts';

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/;

/**
 * The document rules M1, M3 to M9, M12 and M13, written out again independently of the parser, as short messages: a
 * property test holds every inventory that `parseInventory` accepts to them.
 */
export function ruleViolations(inv: Inventory): string[] {
  const out: string[] = [];
  const { rings, ringLabels } = inv.settings;
  if (!(Number.isInteger(rings) && rings >= 2 && rings <= 5)) out.push(`M4 rings ${rings}`);
  if (ringLabels.length !== rings) out.push('M4 labels');
  for (const name of ['people', 'ties', 'events', 'focus'] as const) {
    for (const [key, record] of Object.entries(inv[name])) {
      if (record.id !== key) out.push(`M1 ${name}.${key}`);
      if (!ID.test(key) || key === 'constructor' || key === '__proto__') out.push(`M9 ${name}.${key}`);
    }
  }
  const person = (id: string): boolean => Object.hasOwn(inv.people, id);
  for (const p of Object.values(inv.people)) {
    if (!(Number.isInteger(p.tie.ring) && p.tie.ring >= 1 && p.tie.ring <= rings)) out.push(`M3 ${p.id}`);
    if (p.died !== undefined && p.status !== 'deceased') out.push(`M8 ${p.id}`);
    for (const d of [p.born, p.died]) if (d !== undefined && !DATE.test(d)) out.push(`M8 date ${d}`);
  }
  const pairs = new Set<string>();
  for (const t of Object.values(inv.ties)) {
    if (t.a === t.b || !person(t.a) || !person(t.b)) out.push(`M5 ${t.id}`);
    const pair = [t.a, t.b].sort().join('|');
    if (pairs.has(pair)) out.push(`M5 pair ${pair}`);
    pairs.add(pair);
  }
  for (const e of Object.values(inv.events)) if (!e.people.every(person)) out.push(`M6 ${e.id}`);
  const foci = Object.values(inv.focus);
  for (const f of foci) {
    if (!f.people.every(person) || !f.events.every((id) => Object.hasOwn(inv.events, id))) out.push(`M6 ${f.id}`);
    if (f.disputeStage !== undefined && f.area !== 'role-dispute') out.push(`M7 stage ${f.id}`);
  }
  if (foci.filter((f) => f.primary).length > 1) out.push('M7 primary');
  for (const [key, g] of Object.entries(inv.goals)) {
    if (g.id !== key || !ID.test(key)) out.push(`M1 goals.${key}`);
    if (g.focus !== undefined && !Object.hasOwn(inv.focus, g.focus)) out.push(`M6 goal ${g.id} focus`);
    if (!g.people.every(person) || new Set(g.people).size !== g.people.length) out.push(`M6 goal ${g.id} people`);
    if (g.agreedOn !== undefined && (!g.agreed || !DATE.test(g.agreedOn))) out.push(`M12 ${g.id}`);
    const dates = new Set<string>();
    for (const [rk, r] of Object.entries(g.reviews)) {
      if (r.id !== rk || !ID.test(rk)) out.push(`M1 goals.${key}.reviews.${rk}`);
      if (!DATE.test(r.date) || dates.has(r.date)) out.push(`M13 ${g.id} ${r.date}`);
      dates.add(r.date);
    }
  }
  return out;
}
