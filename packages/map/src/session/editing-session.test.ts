import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { command, createInventory, isRelmapError, type Inventory } from '@relmap/core';
import { EditingSession } from './editing-session.ts';
import type { SessionEvent } from './session-events.ts';

function recorded(session: EditingSession): SessionEvent[] {
  const events: SessionEvent[] = [];
  session.subscribe((e) => events.push(e));
  return events;
}

const privateNote = (inv: Inventory): string => {
  const note = Object.values(inv.people)
    .flatMap((p) => [p.notes, p.tie.satisfying, p.tie.unsatisfying])
    .find((n) => n?.sensitivity === 'private');
  if (!note) throw new Error('the case has no private note to test with');
  return note.text;
};

describe('EditingSession', () => {
  it('S1: the session and its events import no Lit and no browser API, and run here in Node', () => {
    const dir = new URL('.', import.meta.url).pathname;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/from ['"]lit/);
      expect(text, file).not.toMatch(/\b(document|window)\s*\.|\bHTMLElement\b|\bCustomEvent\b|\bEventTarget\b/);
    }
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(new EditingSession({ inventory: maya.intake }).inventory.people['jonas']?.name).toBe('Jonas');
  });

  it('S2: every edit is one undoable step; a refused one changes nothing and emits one typed error, never throws', () => {
    const session = new EditingSession({ inventory: maya.intake });
    const events = recorded(session);
    expect(session.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }))).toBe(true);
    expect(session.inventory.people['jonas']?.tie.ring).toBe(3);
    const before = session.inventory;
    expect(session.dispatch(command('setCloseness', { id: 'nobody', ring: 3 }))).toBe(false);
    expect(session.inventory).toBe(before);
    const errors = events.filter((e) => e.type === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.type === 'error' && isRelmapError(errors[0].error) && errors[0].error.path).toBeTruthy();
    expect(session.undo()).toBe(true);
    expect(session.inventory.people['jonas']?.tie.ring).toBe(maya.intake.people['jonas']?.tie.ring);
    expect(session.redo()).toBe(true);
    expect(session.inventory.people['jonas']?.tie.ring).toBe(3);
  });

  it('S3: the policy labels by the mode in force, tells colliding labels apart and hides private notes only while presenting', () => {
    let inv = createInventory();
    const session = new EditingSession({ inventory: inv });
    session.dispatch(command('addPerson', { name: 'Alex Berg', ring: 1 }));
    session.dispatch(command('addPerson', { name: 'Anna Bell', ring: 2 }));
    inv = session.inventory;
    const [a, b] = Object.values(inv.people);
    expect(session.policy.mode).toBe('name');
    expect(session.policy.label(a!)).toMatch(/^A(lex|nna) B/);
    session.presenting = true;
    expect(session.policy.mode).toBe('initials');
    const labels = [session.policy.label(a!), session.policy.label(b!)];
    expect(new Set(labels).size).toBe(2);
    expect(labels).toContain('AB');
    session.labelMode = 'name';
    expect(session.policy.mode).toBe('name');
    const note = { text: 'x', sensitivity: 'private' as const };
    expect(session.policy.noteShown(note)).toBe(false);
    expect(session.policy.noteShown({ ...note, sensitivity: 'shareable' })).toBe(true);
    session.presenting = false;
    expect(session.policy.noteShown(note)).toBe(true);
    expect(privateNote(maya.intake)).toBeTruthy();
  });

  it('S4: a guard refuses a change, which then changes nothing and emits veto; read-only refuses without asking', () => {
    const session = new EditingSession({ inventory: maya.intake });
    const events = recorded(session);
    const before = session.inventory;
    let asked = 0;
    const remove = session.guard(() => (asked++, false));
    expect(session.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }))).toBe(false);
    expect(session.inventory).toBe(before);
    expect(events.map((e) => e.type)).toEqual(['veto']);
    remove();
    session.readonly = true;
    expect(session.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }))).toBe(false);
    expect(asked).toBe(1);
    expect(session.canUndo).toBe(false);
  });

  it('S5: a change applied by its guard, or set later by the host, is committed once and stays undoable', () => {
    const session = new EditingSession({ inventory: maya.intake });
    const events = recorded(session);
    const remove = session.guard((change) => {
      session.setInventory(change.inventory);
      return false;
    });
    expect(session.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }))).toBe(false);
    expect(session.inventory.people['jonas']?.tie.ring).toBe(3);
    expect(events.filter((e) => e.type === 'change')).toHaveLength(1);
    remove();
    let refused: Inventory | undefined;
    session.guard((change) => ((refused = change.inventory), false));
    session.dispatch(command('setCloseness', { id: 'jonas', ring: 2 }));
    expect(session.inventory.people['jonas']?.tie.ring).toBe(3);
    expect(session.setInventory(refused!)).toBe(true);
    expect(session.inventory).toBe(refused);
    expect(session.canUndo).toBe(true);
  });

  it('S6: an invalid inventory is refused with a path, keeping the inventory and the history; a valid one replaces both', () => {
    const session = new EditingSession({ inventory: maya.intake });
    session.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }));
    const events = recorded(session);
    const before = session.inventory;
    const broken = { ...maya.intake, settings: { ...maya.intake.settings, rings: 9 } } as Inventory;
    expect(session.setInventory(broken)).toBe(false);
    expect(session.inventory).toBe(before);
    expect(session.canUndo).toBe(true);
    const error = events.find((e) => e.type === 'error');
    expect(error?.type === 'error' && error.error.path).toMatch(/settings/);
    expect(session.setInventory(maya.session12)).toBe(true);
    expect(session.canUndo).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: 'replace', origin: 'host' });
  });

  it('S7, S8: presenting, label mode and blanking are view events every bound element hears', () => {
    const session = new EditingSession({ inventory: maya.intake });
    const events = recorded(session);
    session.presenting = true;
    session.labelMode = 'alias';
    session.blanked = true;
    session.presenting = true; // no change, no event
    expect(events).toEqual([
      { type: 'view', keys: ['presenting'] },
      { type: 'view', keys: ['labelMode'] },
      { type: 'view', keys: ['blanked'] },
    ]);
  });

  it('S10: every listener hears every event even when one throws, and the error surfaces after', () => {
    const session = new EditingSession({ inventory: maya.intake });
    const heard: string[] = [];
    session.subscribe(() => {
      throw new Error('a broken listener');
    });
    session.subscribe((e) => heard.push(e.type));
    expect(() => (session.presenting = true)).toThrow('a broken listener');
    expect(heard).toEqual(['view']);
  });

  it('S11: changes and selections carry their origin', () => {
    const session = new EditingSession({ inventory: maya.intake });
    const events = recorded(session);
    session.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }), { origin: 'remote' });
    session.undo();
    session.select(['jonas'], { origin: 'host' });
    expect(events.map((e) => ('origin' in e ? `${e.type}:${e.origin}` : e.type))).toEqual(['change:remote', 'change:local', 'selection:host']);
  });

  it('S12: the selection holds only people in the inventory, and loses the ones a change removes', () => {
    const session = new EditingSession({ inventory: maya.intake });
    const events = recorded(session);
    session.select(['jonas', 'nobody', 'jonas', 'leo']);
    expect(session.selection).toEqual(['jonas', 'leo']);
    session.dispatch(command('removePerson', { id: 'jonas' }));
    expect(session.selection).toEqual(['leo']);
    expect(events.map((e) => e.type)).toEqual(['selection', 'change', 'selection']);
    session.undo();
    expect(session.selection).toEqual(['leo']);
  });

  it('keeps the layout picture in the step of the edit, through the one function the drawing map sets', () => {
    const session = new EditingSession({ inventory: maya.intake });
    const remove = session.rememberLayout(() => ({ hints: { jonas: 12.5 } }));
    session.dispatch(command('setCloseness', { id: 'jonas', ring: 3 }));
    expect(session.inventory.people['jonas']?.hint?.angle).toBe(12.5);
    remove();
    session.undo();
    expect(session.inventory.people['jonas']?.hint).toEqual(maya.intake.people['jonas']?.hint);
  });
});
