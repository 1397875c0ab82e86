import { describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { command, createStore, isRelmapError, mergeChange, type Inventory } from '@relmap/core';
import { EditingSession } from './editing-session.ts';
import type { SessionEvent } from './session-events.ts';

function recorded(session: EditingSession): SessionEvent[] {
  const events: SessionEvent[] = [];
  session.subscribe((e) => events.push(e));
  return events;
}

/** The inventory another device would hold after its own command, starting from `session`'s. */
function elsewhere(session: EditingSession, ...cmds: Parameters<ReturnType<typeof createStore>['dispatch']>[0][]) {
  const store = createStore(session.inventory);
  for (const cmd of cmds) store.dispatch(cmd);
  return store.inventory;
}

/** The change a sync binding hands the session for `next`. */
const merged = (session: EditingSession, next: Inventory) => mergeChange(session.inventory, next)!;

describe('EditingSession.merge', () => {
  it('S13: a merged edit is one remote change with field patches, asks no guard and is not an undo step', () => {
    const session = new EditingSession({ inventory: maya.intake });
    const events = recorded(session);
    let asked = 0;
    session.guard(() => (asked++, false));
    expect(session.merge(merged(session, elsewhere(session, command('setCloseness', { id: 'jonas', ring: 3 }))))).toBe(true);
    expect(session.inventory.people['jonas']?.tie.ring).toBe(3);
    expect(asked).toBe(0);
    expect(session.canUndo).toBe(false);
    const changes = events.filter((e) => e.type === 'change');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.type === 'change' && changes[0].origin).toBe('remote');
    expect(changes[0]?.type === 'change' && changes[0].change.patches.map((p) => p.path.join('/'))).toEqual(['people/jonas/tie/ring']);
  });

  it("S13: undo undoes only this screen's own step and keeps the edit made elsewhere", () => {
    const session = new EditingSession({ inventory: maya.intake });
    const ring = session.inventory.people['jonas']!.tie.ring;
    session.dispatch(command('setCloseness', { id: 'jonas', ring: ring === 3 ? 2 : 3 }));
    session.merge(merged(session, elsewhere(session, command('setConflict', { id: 'jonas', conflict: 'hostile' }))));
    expect(session.undo()).toBe(true);
    expect(session.inventory.people['jonas']?.tie.ring).toBe(ring);
    expect(session.inventory.people['jonas']?.tie.conflict).toBe('hostile');
    expect(session.canUndo).toBe(false);
  });

  it('S13: a step that no longer applies to the merged document is dropped with one error event', () => {
    const session = new EditingSession({ inventory: maya.intake });
    session.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }));
    session.merge(merged(session, elsewhere(session, command('removePerson', { id: 'jonas' }))));
    const events = recorded(session);
    const before = session.inventory;
    expect(session.undo()).toBe(false);
    expect(session.inventory).toBe(before);
    expect(events.map((e) => e.type)).toEqual(['error']);
    expect(events[0]?.type === 'error' && isRelmapError(events[0].error) && events[0].error.code).toBe('nothing-to-undo');
  });

  it('S13: an invalid merged document, or a change that does not start from the current one, emits one error and changes nothing; a read-only session still follows', () => {
    const session = new EditingSession({ inventory: maya.intake, readonly: true });
    const events = recorded(session);
    const bad = { ...session.inventory, ties: { t: { id: 't', a: 'jonas', b: 'nobody', closeness: 'close', conflict: 'none' } } };
    expect(session.merge(merged(session, bad as never))).toBe(false);
    expect(events.map((e) => e.type)).toEqual(['error']);
    const stale = merged(session, elsewhere(session, command('setCloseness', { id: 'jonas', ring: 2 })));
    expect(session.merge({ ...stale, previous: elsewhere(session, command('setConflict', { id: 'jonas', conflict: 'high' })) })).toBe(false);
    expect(events.map((e) => e.type)).toEqual(['error', 'error']);
    expect(session.merge(merged(session, elsewhere(session, command('setCloseness', { id: 'jonas', ring: 3 }))))).toBe(true);
    expect(session.inventory.people['jonas']?.tie.ring).toBe(3);
  });

  it('S13 with S12: a person removed elsewhere leaves the selection, with a remote selection event', () => {
    const session = new EditingSession({ inventory: maya.intake });
    session.select(['jonas']);
    const events = recorded(session);
    session.merge(merged(session, elsewhere(session, command('removePerson', { id: 'jonas' }))));
    expect(session.selection).toEqual([]);
    const sel = events.find((e) => e.type === 'selection');
    expect(sel?.type === 'selection' && sel.origin).toBe('remote');
  });
});
