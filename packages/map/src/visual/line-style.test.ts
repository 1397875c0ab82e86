import type { ClientTie, Person, PersonTie } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { LEGEND_ORDER } from './legend.ts';
import { clientLineStyle, lineStyleKeys, personLineStyle, type LineStyle } from './line-style.ts';

function person(tie: Partial<ClientTie> = {}, extra: Partial<Person> = {}): Person {
  return {
    id: 'p',
    name: 'P',
    category: 'friend',
    kind: 'person',
    status: 'living',
    tie: { ring: 2, conflict: 'none', support: 'some', ...tie },
    ...extra,
  };
}

function tie(fields: Partial<PersonTie> = {}): PersonTie {
  return { id: 't', a: 'x', b: 'y', closeness: 'normal', conflict: 'none', ...fields };
}

describe('clientLineStyle', () => {
  it('V1: weight follows support: strong thick, some normal, none thin', () => {
    expect(clientLineStyle(person({ support: 'strong' })).weight).toBe('thick');
    expect(clientLineStyle(person({ support: 'some' })).weight).toBe('normal');
    expect(clientLineStyle(person({ support: 'none' })).weight).toBe('thin');
  });

  it('V1: a supportive tie without conflict is solid', () => {
    expect(clientLineStyle(person({ support: 'strong' })).pattern).toBe('solid');
    expect(clientLineStyle(person({ support: 'some' })).pattern).toBe('solid');
  });

  it('V2: in the inner circle, no support and no conflict is thin and solid, not tenuous', () => {
    const style = clientLineStyle(person({ ring: 1, support: 'none' }));
    expect([style.weight, style.pattern]).toEqual(['thin', 'solid']);
  });

  it('V2: no support and no conflict is a thin dotted, tenuous line, on any ring beyond the first', () => {
    for (const ring of [2, 3, 5]) {
      const style = clientLineStyle(person({ ring, support: 'none' }));
      expect(style).toMatchObject({ weight: 'thin', pattern: 'dotted', cutoff: false });
    }
  });

  it('V3: conflict wins over dots: low and high zigzag, hostile heavy zigzag, keeping the level', () => {
    expect(clientLineStyle(person({ support: 'none', conflict: 'low' }))).toMatchObject({
      pattern: 'zigzag',
      conflict: 'low',
      weight: 'thin',
    });
    expect(clientLineStyle(person({ support: 'strong', conflict: 'high' }))).toMatchObject({
      pattern: 'zigzag',
      conflict: 'high',
      weight: 'thick',
    });
    expect(clientLineStyle(person({ support: 'some', conflict: 'hostile' }))).toMatchObject({
      pattern: 'heavy-zigzag',
      conflict: 'hostile',
    });
  });

  it('V4: a cut-off is a thin solid line marked cutoff, whatever the support', () => {
    for (const support of ['none', 'some', 'strong'] as const) {
      expect(clientLineStyle(person({ support, conflict: 'cutoff' }))).toMatchObject({
        weight: 'thin',
        pattern: 'solid',
        cutoff: true,
      });
    }
    expect(clientLineStyle(person({ conflict: 'high' })).cutoff).toBe(false);
  });

  it('V5: arrowheads follow the direction of support, and there are none without support', () => {
    expect(clientLineStyle(person({ supportDirection: 'to-client' })).arrows).toBe('to-client');
    expect(clientLineStyle(person({ supportDirection: 'from-client' })).arrows).toBe('from-client');
    expect(clientLineStyle(person({ supportDirection: 'mutual' })).arrows).toBe('both');
    expect(clientLineStyle(person({})).arrows).toBe('none');
    expect(clientLineStyle(person({ support: 'none', supportDirection: 'mutual' })).arrows).toBe('none');
  });

  it('V6: a deceased person is muted, a living one not', () => {
    expect(clientLineStyle(person({}, { status: 'deceased' })).muted).toBe(true);
    expect(clientLineStyle(person({})).muted).toBe(false);
  });

  it('V7: an ended tie is ended, others not', () => {
    expect(clientLineStyle(person({ ended: true })).ended).toBe(true);
    expect(clientLineStyle(person({ ended: false })).ended).toBe(false);
    expect(clientLineStyle(person({})).ended).toBe(false);
  });

  it('gives the whole style for a typical row', () => {
    const style = clientLineStyle(person({ support: 'strong', conflict: 'low', supportDirection: 'mutual', ended: true }, { status: 'deceased' }));
    expect(style).toEqual<LineStyle>({
      weight: 'thick',
      pattern: 'zigzag',
      conflict: 'low',
      cutoff: false,
      ended: true,
      arrows: 'both',
      muted: true,
    });
  });
});

describe('personLineStyle', () => {
  it('V8: close thick solid, normal solid, distant thin dotted, never arrows', () => {
    expect(personLineStyle(tie({ closeness: 'close' }))).toMatchObject({ weight: 'thick', pattern: 'solid', arrows: 'none' });
    expect(personLineStyle(tie({ closeness: 'normal' }))).toMatchObject({ weight: 'normal', pattern: 'solid' });
    expect(personLineStyle(tie({ closeness: 'distant' }))).toMatchObject({ weight: 'thin', pattern: 'dotted' });
  });

  it('V8: conflict, cut-off and ended as on client lines; muted only when asked', () => {
    expect(personLineStyle(tie({ closeness: 'distant', conflict: 'high' })).pattern).toBe('zigzag');
    expect(personLineStyle(tie({ conflict: 'hostile' })).pattern).toBe('heavy-zigzag');
    expect(personLineStyle(tie({ closeness: 'close', conflict: 'cutoff' }))).toMatchObject({
      weight: 'thin',
      pattern: 'solid',
      cutoff: true,
    });
    expect(personLineStyle(tie({ ended: true })).ended).toBe(true);
    expect(personLineStyle(tie()).muted).toBe(false);
    expect(personLineStyle(tie(), { muted: true }).muted).toBe(true);
  });
});

describe('lineStyleKeys', () => {
  it('names the weight, the conflict, the arrows, the slash and the muting of a line', () => {
    const style = clientLineStyle(person({ support: 'some', conflict: 'hostile', supportDirection: 'to-client', ended: true }, { status: 'deceased' }));
    expect(lineStyleKeys(style)).toEqual(['some', 'hostile', 'support-to-client', 'ended', 'deceased']);
  });

  it('tells tenuous dots from a thin conflicted line, and low conflict from high', () => {
    expect(lineStyleKeys(clientLineStyle(person({ support: 'none' })))).toEqual(['tenuous']);
    expect(lineStyleKeys(clientLineStyle(person({ support: 'none', conflict: 'low' })))).toEqual(['no-support', 'conflict-low']);
    expect(lineStyleKeys(clientLineStyle(person({ support: 'strong', conflict: 'high' })))).toEqual(['strong', 'conflict']);
  });

  it('names a cut-off line by its cut alone, since its thinness is part of that style', () => {
    expect(lineStyleKeys(clientLineStyle(person({ conflict: 'cutoff', support: 'none' })))).toEqual(['cutoff']);
  });

  it('uses the tie entries for ties between two people', () => {
    expect(lineStyleKeys(personLineStyle(tie({ closeness: 'close' })), 'person')).toEqual(['tie-close']);
    expect(lineStyleKeys(personLineStyle(tie({ closeness: 'normal' })), 'person')).toEqual(['tie-normal']);
    expect(lineStyleKeys(personLineStyle(tie({ closeness: 'distant' })), 'person')).toEqual(['tie-distant']);
  });

  it('returns keys in legend order', () => {
    const all: LineStyle = {
      weight: 'thin',
      pattern: 'zigzag',
      conflict: 'high',
      cutoff: false,
      ended: true,
      arrows: 'both',
      muted: true,
    };
    const keys = lineStyleKeys(all);
    expect(keys).toEqual([...keys].sort((x, y) => LEGEND_ORDER.indexOf(x) - LEGEND_ORDER.indexOf(y)));
    expect(keys).toHaveLength(5);
  });
});
