/**
 * An editing session as the map runs it, without a DOM, for the tests of the layout's memory (SPEC L16 and L17).
 * Not exported from the package.
 */
import {
  addPerson,
  CATEGORIES,
  linkPeople,
  recordLayout,
  removePerson,
  setCloseness,
  setPin,
  setRings,
  setSectors,
  updatePerson,
  isRelmapError,
  type Inventory,
} from '@relmap/core';
import fc from 'fast-check';
import { readableId } from './readable-id.ts';
import type { LayoutEngine } from '../engine.ts';

/**
 * One edit as the map makes it: the engine plans the edited inventory (placing whoever must move), the picture is
 * recorded into that same inventory (`recordLayout`, which the store folds into the edit's step), and the recorded
 * inventory is committed to the engine. Returns what the store would hold.
 */
export function edit(engine: LayoutEngine, next: Inventory): Inventory {
  engine.update(next);
  engine.settle();
  const record = engine.record();
  const kept = record === undefined ? next : recordLayout(next, record);
  engine.update(kept);
  engine.settle();
  return kept;
}

/** One random edit, by the indices of the people it concerns (taken modulo how many there are). */
export type EditStep =
  | { readonly kind: 'add'; readonly name: string; readonly ring: number; readonly category: number }
  | { readonly kind: 'remove' | 'unpin'; readonly who: number }
  | { readonly kind: 'ring'; readonly who: number; readonly ring: number }
  | { readonly kind: 'rename'; readonly who: number; readonly name: string }
  | { readonly kind: 'pin'; readonly who: number; readonly angle: number }
  | { readonly kind: 'link'; readonly who: number; readonly other: number }
  | { readonly kind: 'sectors' }
  | { readonly kind: 'rings'; readonly rings: number };

const name = fc.constantFrom('Mia', 'Ole', 'Dr. Osei', 'Grandmother Astrid', 'Zoë', 'Band', 'Colleagues at the depot');

/** Random edits: mostly people coming, going, changing ring and name, some pins, ties, sectors and ring counts. */
export const editSteps: fc.Arbitrary<EditStep[]> = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), name, ring: fc.integer({ min: 1, max: 5 }), category: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), who: fc.nat() }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('ring' as const), who: fc.nat(), ring: fc.integer({ min: 1, max: 5 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), who: fc.nat(), name }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('pin' as const), who: fc.nat(), angle: fc.integer({ min: 0, max: 359 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('unpin' as const), who: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('link' as const), who: fc.nat(), other: fc.nat() }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'sectors' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('rings' as const), rings: fc.integer({ min: 2, max: 5 }) }) },
  ),
  { minLength: 1, maxLength: 8 },
);

/**
 * The inventory one step makes, and the ids of the people whose own data it changed (who may move); `undefined`
 * when the step does not apply (nobody to act on, a tie that exists).
 */
export function applyStep(inventory: Inventory, step: EditStep): { next: Inventory; touched: string[] } | undefined {
  const ids = Object.keys(inventory.people).sort();
  const who = (n: number): string | undefined => ids[n % Math.max(1, ids.length)];
  const rings = inventory.settings.rings;
  try {
    switch (step.kind) {
      case 'add': {
        const next = addPerson(inventory, {
          id: readableId(step.name, (x) => Object.hasOwn(inventory.people, x)),
          name: step.name,
          ring: Math.min(step.ring, rings),
          category: CATEGORIES[step.category % CATEGORIES.length]!,
        });
        return { next, touched: Object.keys(next.people).filter((id) => !Object.hasOwn(inventory.people, id)) };
      }
      case 'sectors':
        return { next: setSectors(inventory, { enabled: !inventory.settings.sectors }), touched: ids };
      case 'rings':
        return { next: setRings(inventory, { rings: step.rings }), touched: ids };
      default:
    }
    const id = who(step.who);
    if (id === undefined) return undefined;
    switch (step.kind) {
      case 'remove':
        return { next: removePerson(inventory, { id }), touched: [] };
      case 'ring':
        return { next: setCloseness(inventory, { id, ring: Math.min(step.ring, rings) }), touched: [id] };
      case 'rename':
        return { next: updatePerson(inventory, { id, changes: { name: step.name } }), touched: [id] };
      case 'pin':
        return { next: setPin(inventory, { id, angle: step.angle }), touched: [id] };
      case 'unpin':
        return { next: setPin(inventory, { id, angle: null }), touched: [id] };
      case 'link': {
        const other = who(step.other);
        if (other === undefined || other === id) return undefined;
        return {
          next: linkPeople(inventory, { id: readableId(`${id}-${other}`, (x) => Object.hasOwn(inventory.ties, x)), a: id, b: other }),
          touched: [id, other],
        };
      }
    }
  } catch (error) {
    if (isRelmapError(error)) return undefined;
    throw error;
  }
}
