import { describe, expect, it } from 'vitest';
import { parseInventory } from './parse-inventory.ts';
import { edited, errorsOf } from './testing/edited.ts';

describe('parseInventory: the document rules', () => {
  it('V2, M3: names the path of a ring beyond the ring count and what was expected', () => {
    const errors = errorsOf(parseInventory(edited((doc) => (doc.people.jonas.tie.ring = 4))));
    expect(errors).toEqual([{ path: 'people.jonas.tie.ring', message: 'expected a ring from 1 to 3, got 4.' }]);
  });

  it('M3: a ring must be a whole number from 1', () => {
    for (const ring of [0, -1, 1.5, Infinity]) {
      const errors = errorsOf(parseInventory(edited((doc) => (doc.people.jonas.tie.ring = ring))));
      expect(errors).toEqual([{ path: 'people.jonas.tie.ring', message: `expected a ring from 1 to 3, got ${ring}.` }]);
    }
    for (const ring of ['1', Number.NaN]) {
      const errors = errorsOf(parseInventory(edited((doc) => (doc.people.jonas.tie.ring = ring))));
      const got = typeof ring === 'string' ? '"1"' : 'NaN';
      expect(errors).toEqual([{ path: 'people.jonas.tie.ring', message: `expected a ring number (1 is the innermost ring), got ${got}.` }]);
    }
  });

  it('V4: a rejected document yields errors and no inventory at all', () => {
    const result = parseInventory(edited((doc) => (doc.people.jonas.tie.ring = 4)));
    expect(Object.keys(result)).toEqual(['ok', 'errors']);
  });

  it('V2: collects every problem of a document, each at its own path, in document order', () => {
    const doc = edited((d) => {
      d.client = 'Maya';
      d.people.jonas.tie.conflict = 'furious';
      delete d.people.ruth.name;
      d.ties['ruth-henrik'].b = 'zed';
      d.events.e1.date = '2025-02-30';
      d.focus.grief.events.push('e9');
    });
    expect(errorsOf(parseInventory(doc))).toEqual([
      { path: 'client', message: 'expected the client { label } as an object, got a text of 4 characters.' },
      {
        path: 'people.jonas.tie.conflict',
        message: 'expected one of "none", "low", "high", "hostile", "cutoff", got "furious".',
      },
      { path: 'people.ruth.name', message: 'expected a name of 1 to 200 characters, but the field is missing.' },
      { path: 'ties.ruth-henrik.b', message: 'expected the id of a person in this inventory, got "zed", which is not one.' },
      {
        path: 'events.e1.date',
        message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar, got "2025-02-30".',
      },
      { path: 'focus.grief.events.1', message: 'expected the id of an event in this inventory, got "e9", which is not one.' },
    ]);
  });

  it('V2: every message is a sentence that says what was expected', () => {
    const doc = edited((d) => {
      d.settings.rings = 9;
      d.people.jonas.name = '   ';
      d.people.jonas.initials = 'ABCDE';
      d.people.jonas.pin = { angle: 360 };
      d.ties['ruth-henrik'].ended = 'yes';
      d.events.e2.people = 'jonas';
    });
    const errors = errorsOf(parseInventory(doc));
    expect(errors.map((e) => e.path)).toEqual([
      'settings.rings',
      'people.jonas.name',
      'people.jonas.initials',
      'people.jonas.pin.angle',
      'ties.ruth-henrik.ended',
      'events.e2.people',
    ]);
    for (const { message } of errors) expect(message).toMatch(/^expected .+\.$/);
  });

  it('V3, M1: a record whose id is not its key is an error at the id', () => {
    const errors = errorsOf(parseInventory(edited((doc) => (doc.people.jonas.id = 'jo'))));
    expect(errors).toEqual([{ path: 'people.jonas.id', message: 'expected "jonas", the key of this record, got "jo".' }]);
  });

  it('M2: a person without an inventory row is an error', () => {
    const errors = errorsOf(parseInventory(edited((doc) => delete doc.people.ruth.tie)));
    expect(errors).toEqual([{ path: 'people.ruth.tie', message: 'expected an inventory row (a client tie), but the field is missing.' }]);
  });

  it('M4: the ring count is 2 to 5 and there is one label per ring', () => {
    expect(errorsOf(parseInventory(edited((doc) => doc.settings.ringLabels.pop())))).toEqual([
      { path: 'settings.ringLabels', message: 'expected 3 ring labels, one per ring, got 2.' },
    ]);
    expect(errorsOf(parseInventory(edited((doc) => (doc.settings.rings = 1)))).map((e) => e.path)).toEqual(['settings.rings']);
  });

  it('M5: a tie joins two different, existing people, and two people have at most one tie', () => {
    const self = errorsOf(parseInventory(edited((doc) => (doc.ties['ruth-henrik'].b = 'ruth'))));
    expect(self).toEqual([{ path: 'ties.ruth-henrik.b', message: 'expected a person other than "ruth": a tie joins two different people.' }]);
    const twice = errorsOf(parseInventory(edited((doc) => (doc.ties.t2 = { id: 't2', a: 'henrik', b: 'ruth', closeness: 'normal', conflict: 'none' }))));
    expect(twice).toEqual([{ path: 'ties.t2', message: 'expected at most one tie between "henrik" and "ruth", but "ruth-henrik" joins them too.' }]);
  });

  it('V3, M6: events and focus entries refer only to people and events that exist, each once', () => {
    const errors = errorsOf(
      parseInventory(
        edited((doc) => {
          doc.events.e1.people = ['henrik', 'ghost', 'henrik'];
          doc.focus.grief.people = ['nobody'];
        }),
      ),
    );
    expect(errors).toEqual([
      { path: 'events.e1.people.1', message: 'expected the id of a person in this inventory, got "ghost", which is not one.' },
      { path: 'events.e1.people.2', message: 'expected each person once, but "henrik" is listed before.' },
      { path: 'focus.grief.people.0', message: 'expected the id of a person in this inventory, got "nobody", which is not one.' },
    ]);
  });

  it('M7: at most one focus is primary, and only a role dispute has a stage', () => {
    const errors = errorsOf(
      parseInventory(
        edited((doc) => {
          doc.focus['role-dispute'].primary = true;
          doc.focus['role-transition'].disputeStage = 'impasse';
        }),
      ),
    );
    expect(errors).toEqual([
      { path: 'focus.role-dispute.primary', message: 'expected at most one primary focus, but "grief" is primary too.' },
      {
        path: 'focus.role-transition.disputeStage',
        message: 'expected no dispute stage, because only a role-dispute focus has one and this focus is "role-transition".',
      },
    ]);
  });

  it('M8: only a deceased person has a date of death, and dates are real', () => {
    const errors = errorsOf(
      parseInventory(
        edited((doc) => {
          doc.people.ruth.died = '2020';
          doc.people.jonas.born = '1984-13';
        }),
      ),
    );
    expect(errors.map((e) => e.path)).toEqual(['people.jonas.born', 'people.ruth.died']);
    expect(errors[1]?.message).toContain('status is "living"');
  });

  it('M9: a record key that is not a valid id is an error, reserved names included', () => {
    const doc = edited((d) => {
      d.events['has space'] = { ...d.events.e2, id: 'has space' };
      d.events['toString'] = { ...d.events.e2, id: 'toString' };
    });
    const errors = errorsOf(parseInventory(doc));
    expect(errors.map((e) => e.path)).toEqual(['events.has space', 'events.has space.id', 'events.toString', 'events.toString.id']);
    expect(errors[0]?.message).toBe('expected the key of this record to be an id (1 to 64 letters, digits, "_", ".", ":" or "-"), got "has space".');
  });

  it('M10: every note carries a sensitivity, shareable or private', () => {
    const errors = errorsOf(
      parseInventory(
        edited((doc) => {
          delete doc.people.jonas.notes.sensitivity;
          doc.events.e1.label.sensitivity = 'public';
        }),
      ),
    );
    expect(errors).toEqual([
      { path: 'people.jonas.notes.sensitivity', message: 'expected one of "shareable", "private", but the field is missing.' },
      { path: 'events.e1.label.sensitivity', message: 'expected one of "shareable", "private", got "public".' },
    ]);
  });

  it('V6: every unknown field is an error, at every level, none silently dropped', () => {
    // Known fields are checked before unknown ones, so the order is not that of the document; sort both.
    const doc = edited((d) => {
      d.extra = 1;
      d.settings.theme = 'dark';
      d.people.jonas.nickname = 'J';
      d.people.jonas.age = 40;
      d.people.jonas.tie.mood = 'ok';
      d.people.jonas.notes.colour = 'red';
      d.focus.grief.weight = 2;
    });
    const errors = errorsOf(parseInventory(doc));
    expect(errors.map((e) => e.path).sort()).toEqual(
      [
        'extra',
        'settings.theme',
        'people.jonas.nickname',
        'people.jonas.age',
        'people.jonas.tie.mood',
        'people.jonas.notes.colour',
        'focus.grief.weight',
      ].sort(),
    );
    expect(errors.find((e) => e.path === 'people.jonas.age')?.message).toBe('expected only the fields of a person; this field is not one of them.');
  });
});
