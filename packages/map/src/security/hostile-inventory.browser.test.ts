import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { LIMITS, command, isRelmapError, type Inventory, type RelmapError } from '@relmap/core';
import { hostileDocument, prototypeFingerprint } from '../../../core/src/document/testing/hostile-document.ts';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { cleanup, mountMap } from '../testing/mount.ts';

afterEach(cleanup);

function errorsOf(map: RelationshipMap): RelmapError[] {
  const errors: RelmapError[] = [];
  map.addEventListener('relmap-error', (e) => errors.push(e.detail.error));
  return errors;
}

/** The map with one undoable edit, so that a refusal can be seen to keep the history as well. */
async function editedMap(): Promise<RelationshipMap> {
  const map = await mountMap(maya.intake);
  map.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }));
  return map;
}

describe('the inventory property meets hostile documents', () => {
  it('V9: random and mutated documents are refused with a typed error and a path; the map, its drawing and history stay', async () => {
    const map = await editedMap();
    const errors = errorsOf(map);
    const proto = prototypeFingerprint();
    let refused = 0;
    fc.assert(
      fc.property(hostileDocument, (doc) => {
        const before = map.inventory;
        const fired = errors.length;
        map.inventory = doc as Inventory;
        if (map.inventory === before) {
          refused++;
          expect(errors.length).toBe(fired + 1);
          const error = errors.at(-1)!;
          expect(isRelmapError(error)).toBe(true);
          expect(typeof error.path).toBe('string');
          expect(error.issues.length).toBeGreaterThan(0);
          expect(map.canUndo).toBe(true);
        } else {
          // Back to the map's document, with an undo step again (setting an inventory starts a new history).
          map.inventory = before;
          const ring = map.inventory.people['jonas']!.tie.ring;
          map.dispatch(command('setCloseness', { id: 'jonas', ring: ring === 2 ? 3 : 2 }));
        }
      }),
      { numRuns: 100, seed: 20261125 },
    );
    expect(refused).toBeGreaterThan(50);
    expect(prototypeFingerprint()).toBe(proto);
    await map.updateComplete;
    expect(map.shadowRoot!.querySelectorAll('g.person').length).toBe(Object.keys(map.inventory.people).length);
  });

  it('V5: 100,000 people, a 10 MB name and 100,000 levels of nesting are refused with the limit they broke', async () => {
    const map = await editedMap();
    const before = map.inventory;
    const errors = errorsOf(map);
    const people: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) people[`p${i}`] = { id: `p${i}`, name: 'X' };
    map.inventory = { ...maya.intake, people } as unknown as Inventory;
    const jonas = { ...maya.intake.people['jonas']!, name: 'N'.repeat(10 * 1024 * 1024) };
    map.inventory = { ...maya.intake, people: { ...maya.intake.people, jonas } };
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    map.inventory = { ...maya.intake, client: { label: deep } } as unknown as Inventory;
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['invalid-document', 'people'],
      ['invalid-document', 'people.jonas.name'],
      ['invalid-document', expect.stringMatching(/^client\.label/)],
    ]);
    expect(errors[0]!.message).toContain(`at most ${LIMITS.people} people`);
    expect(errors[1]!.message).toContain(String(LIMITS.labelLength));
    expect(errors[2]!.message).toContain(`at most ${LIMITS.depth} levels`);
    expect(map.inventory).toBe(before);
  });
});

describe('nothing lost', () => {
  it('H6: a cancelled change leaves the inventory, the drawing and the history as they were', async () => {
    const map = await editedMap();
    const before = map.inventory;
    map.addEventListener('relmap-change', (e) => e.preventDefault());
    expect(map.dispatch(command('removePerson', { id: 'jonas' }))).toBe(false);
    expect(map.undo()).toBe(false);
    expect(map.inventory).toBe(before);
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('g.person[data-id="jonas"]')).not.toBeNull();
    expect(map.canUndo).toBe(true);
  });

  it('C2: a command that fails fires relmap-error and leaves the inventory and the history as they were', async () => {
    const map = await editedMap();
    const errors = errorsOf(map);
    const before = map.inventory;
    expect(map.dispatch(command('setCloseness', { id: 'nobody', ring: 1 }))).toBe(false);
    expect(map.dispatch(command('setCloseness', { id: 'jonas', ring: 9 }))).toBe(false);
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['not-found', 'id'],
      ['invalid-argument', 'ring'],
    ]);
    expect(map.inventory).toBe(before);
    expect(map.undo()).toBe(true);
    expect(map.inventory.people['jonas']!.tie.ring).toBe(maya.intake.people['jonas']!.tie.ring);
  });

  it('H7, H10: a host listener that throws does not lose the change nor its undo step', async () => {
    const map = await editedMap();
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => {
      thrown.push(e.error);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    map.addEventListener('relmap-change', () => {
      throw new Error('host listener broke');
    });
    try {
      expect(map.dispatch(command('setCloseness', { id: 'jonas', ring: 1 }))).toBe(true);
      expect(map.inventory.people['jonas']!.tie.ring).toBe(1);
      expect(map.undo()).toBe(true);
      expect(map.inventory.people['jonas']!.tie.ring).toBe(3);
      expect(map.redo()).toBe(true);
      expect(map.inventory.people['jonas']!.tie.ring).toBe(1);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown.length).toBe(3);
  });
});
