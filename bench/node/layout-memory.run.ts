/**
 * How far people move when a map is reopened, with and without the layout's memory (layout SPEC L16), and how many
 * people whose data did not change turn about the client when a comparison lays session 12 out (L17).
 *
 * Each teaching case's intake is edited by random sessions (fixed seed, 200 sessions of 1 to 8 edits, as the
 * layout's property tests make them) exactly as the map edits: plan, record the picture into the edit, commit.
 * After each edit the picture shown is compared with the inventory reopened through JSON and laid out by
 * `computeLayout`: once as it is saved now (with hints), once with the memory stripped (as version 1 saved it).
 *
 *   pnpm bench:memory
 */
import fc from 'fast-check';
import { cases } from '../../packages/cases/src/index.ts';
import { changedPeople } from '../../packages/map/src/relationship-compare/changed-people.ts';
import { diffInventories, parseInventoryJson, recordLayout, serializeInventory, type Inventory } from '../../packages/core/src/index.ts';
import { computeLayout, LayoutEngine, type LayoutSnapshot } from '../../packages/layout/src/index.ts';
import { applyStep, edit, editSteps } from '../../packages/layout/src/testing/edit-session.ts';

const NODE_RADIUS = 18;

function reopen(inventory: Inventory): Inventory {
  const result = parseInventoryJson(serializeInventory(inventory));
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.inventory;
}

function forget(inventory: Inventory): Inventory {
  const hints = Object.fromEntries(Object.keys(inventory.people).map((id) => [id, null]));
  return recordLayout(inventory, { hints, ringRadii: null });
}

function distances(a: LayoutSnapshot, b: LayoutSnapshot): number[] {
  return [...a.positions].map(([id, p]) => {
    const q = b.positions.get(id)!;
    return Math.hypot(p.x - q.x, p.y - q.y);
  });
}

const summary = (all: number[]) => ({
  mean: all.reduce((s, d) => s + d, 0) / Math.max(1, all.length),
  max: Math.max(0, ...all),
  moved: all.filter((d) => d > 0.5).length / Math.max(1, all.length),
});

const withMemory: number[] = [];
const without: number[] = [];
let edits = 0;
const sessions = fc.sample(fc.record({ start: fc.nat({ max: cases.length - 1 }), steps: editSteps }), { numRuns: 200, seed: 13 });
for (const { start, steps } of sessions) {
  const engine = new LayoutEngine({ nodeRadius: NODE_RADIUS });
  let inventory = cases[start]!.intake;
  engine.update(inventory);
  engine.settle();
  for (const step of steps) {
    const applied = applyStep(inventory, step);
    if (applied === undefined) continue;
    inventory = edit(engine, applied.next);
    edits++;
    const shown = engine.snapshot();
    withMemory.push(...distances(shown, computeLayout(reopen(inventory), { nodeRadius: NODE_RADIUS })));
    without.push(...distances(shown, computeLayout(forget(reopen(inventory)), { nodeRadius: NODE_RADIUS })));
  }
}

const fmt = (s: ReturnType<typeof summary>) =>
  `${s.mean === 0 ? '0' : s.mean.toFixed(2)} | ${s.max === 0 ? '0' : s.max.toFixed(2)} | ${(100 * s.moved).toFixed(1)} %`;
console.log(`Reopening after an edit: ${edits} edits in ${sessions.length} sessions from the five intakes, ${without.length} people compared.\n`);
console.log('| saved | mean move (units) | largest move | people moved over 0.5 units |');
console.log('|---|---|---|---|');
console.log(`| without hints (version 1) | ${fmt(summary(without))} |`);
console.log(`| with hints (version 2) | ${fmt(summary(withMemory))} |`);

console.log('\nIntake against session 12, people whose data did not change (of those in both):\n');
console.log('| case | unchanged | turned, later map alone | turned, later map from the earlier |');
console.log('|---|---|---|---|');
const angle = (s: LayoutSnapshot, id: string) => s.positions.get(id)!.angle;
const turned = (a: LayoutSnapshot, b: LayoutSnapshot, ids: string[]) =>
  ids.filter((id) => {
    const d = Math.abs(angle(a, id) - angle(b, id)) % 360;
    return Math.min(d, 360 - d) > 1e-6;
  }).length;
for (const c of cases) {
  const changed = new Set(changedPeople(diffInventories(c.intake, c.session12)));
  const steady = Object.keys(c.intake.people).filter((id) => Object.hasOwn(c.session12.people, id) && !changed.has(id));
  const earlier = computeLayout(c.intake, { nodeRadius: NODE_RADIUS });
  const alone = computeLayout(c.session12, { nodeRadius: NODE_RADIUS });
  const engine = new LayoutEngine({ nodeRadius: NODE_RADIUS });
  engine.update(c.intake, { fresh: true });
  engine.settle();
  engine.update(c.session12, { keepPlaces: true });
  engine.settle();
  console.log(`| ${c.id} | ${steady.length} | ${turned(earlier, alone, steady)} | ${turned(earlier, engine.snapshot(), steady)} |`);
}
