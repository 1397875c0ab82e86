import { describe, expect, it } from 'vitest';
import { addPerson } from '../commands/index.ts';
import { createInventory } from '../create-inventory.ts';
import type { Inventory } from '../model.ts';
import { FIELD_ORDER } from './field-order.ts';
import {
  CLIENT_ENTRIES,
  CLIENT_TIE_ENTRIES,
  EVENT_ENTRIES,
  FOCUS_ENTRIES,
  GOAL_ENTRIES,
  GOAL_REVIEW_ENTRIES,
  PERSON_ENTRIES,
  PERSON_TIE_ENTRIES,
  PIN_ENTRIES,
  SETTINGS_ENTRIES,
} from './schemas.ts';
import { serializeInventory } from './serialize-inventory.ts';
import { sampleInventory } from './testing/sample-inventory.ts';

/** The keys of every object in the text, in the order they are written, with their nesting path. */
function keyOrder(text: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    out.push(`${path}: ${Object.keys(value).join(',')}`);
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
  };
  walk(JSON.parse(text), '');
  return out;
}

describe('serializeInventory', () => {
  it('V8: writes schema and version first, then client, settings, people, ties, events, focus and goals', () => {
    const text = serializeInventory(sampleInventory());
    expect(Object.keys(JSON.parse(text))).toEqual(['schema', 'version', 'client', 'settings', 'people', 'ties', 'events', 'focus', 'goals']);
    expect(text.startsWith('{\n  "schema": "relmap/inventory",\n  "version": 3,\n  "client": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('V8: uses the layout of JSON.stringify with two-space indents', () => {
    const text = serializeInventory(sampleInventory());
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('V8: writes records in id order by code unit, "10" before "9" before "Z" before "a"', () => {
    let inv = createInventory();
    for (const id of ['a', '9', 'Z', '10', '_x']) inv = addPerson(inv, { id, name: id });
    const text = serializeInventory(inv);
    const positions = ['10', '9', 'Z', '_x', 'a'].map((id) => text.indexOf(`"${id}": {`));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(positions.every((p) => p > 0)).toBe(true);
  });

  it('V8: the same inventory built in another order gives the same text', () => {
    const inv = sampleInventory();
    const reversed = (record: Readonly<Record<string, object>>) =>
      Object.fromEntries(
        Object.entries(record)
          .reverse()
          .map(([k, v]) => [k, Object.fromEntries(Object.entries(v).reverse())]),
      );
    const goals = Object.fromEntries(
      Object.entries(reversed(inv.goals)).map(([k, g]) => [k, { ...g, reviews: reversed((g as (typeof inv.goals)[string]).reviews) }]),
    );
    const shuffled = {
      goals,
      focus: reversed(inv.focus),
      events: reversed(inv.events),
      ties: reversed(inv.ties),
      people: reversed(inv.people),
      settings: { ringRadii: inv.settings.ringRadii, sectors: inv.settings.sectors, ringLabels: inv.settings.ringLabels, rings: inv.settings.rings },
      client: inv.client,
      version: inv.version,
      schema: inv.schema,
    } as unknown as Inventory;
    expect(serializeInventory(shuffled)).toBe(serializeInventory(inv));
  });

  it('V8: writes the fields of each record in the order of the model and leaves absent ones out', () => {
    const order = keyOrder(serializeInventory(sampleInventory()));
    expect(order).toContain('.people.jonas: id,name,alias,initials,role,category,kind,status,born,notes,tie,hint');
    expect(order).toContain('.settings: rings,ringLabels,sectors,ringRadii');
    expect(order).toContain('.people.choir: id,name,category,kind,status,tie,pin');
    expect(order).toContain('.ties.ruth-henrik: id,a,b,closeness,conflict,label,ended');
    expect(order).toContain('.goals: goal,goal-2');
    expect(order).toContain('.goals.goal: id,wording,focus,people,agreed,agreedOn,reviews');
    expect(order).toContain('.goals.goal-2: id,wording,people,agreed,reviews');
    expect(order).toContain('.goals.goal.reviews: review,review-2');
    expect(order).toContain('.goals.goal.reviews.review-2: id,date,progress,note');
    expect(order).toContain(
      '.people.jonas.tie: ring,conflict,support,supportDirection,contact,contactNote,satisfying,unsatisfying,expectationsOfOther,expectationsOfClient,expectationsMet,wishedChanges,knowsAboutDepression',
    );
  });

  it('V8: writes only the fields of the model', () => {
    const inv = { ...sampleInventory(), secret: 'x' } as Inventory;
    expect(serializeInventory(inv)).not.toContain('secret');
  });

  it('V6, V8: the field order and the schema describe the same fields, in the same order', () => {
    const pairs: [readonly string[], object][] = [
      [FIELD_ORDER.client, CLIENT_ENTRIES],
      [FIELD_ORDER.settings, SETTINGS_ENTRIES],
      [FIELD_ORDER.person, PERSON_ENTRIES],
      [FIELD_ORDER.clientTie, CLIENT_TIE_ENTRIES],
      [FIELD_ORDER.pin, PIN_ENTRIES],
      [FIELD_ORDER.personTie, PERSON_TIE_ENTRIES],
      [FIELD_ORDER.event, EVENT_ENTRIES],
      [FIELD_ORDER.focus, FOCUS_ENTRIES],
      [FIELD_ORDER.goal, GOAL_ENTRIES],
      [FIELD_ORDER.goalReview, GOAL_REVIEW_ENTRIES],
    ];
    for (const [order, entries] of pairs) expect(Object.keys(entries)).toEqual([...order]);
  });
});
