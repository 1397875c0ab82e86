import { describe, expect, it } from 'vitest';
import { daniel } from './daniel-grief.ts';

const { intake, session12 } = daniel;

describe('Daniel at intake', () => {
  it('has Helen, who died 14 months ago, in the inner circle', () => {
    expect(intake.people.helen).toMatchObject({ status: 'deceased', died: '2024-11', tie: { ring: 1 } });
  });

  it('has stopped the band and no longer answers Pete', () => {
    expect(intake.people.band).toMatchObject({ kind: 'group', tie: { ring: 3, contact: 'stopped', ended: true } });
    expect(intake.people.pete?.tie).toMatchObject({ ring: 2, support: 'strong', contact: 'stopped' });
    expect(intake.people.pete?.tie.ended).toBeUndefined();
  });

  it('is in high conflict with Mark since the funeral', () => {
    expect(intake.people.mark?.tie).toMatchObject({ ring: 2, conflict: 'high', contact: 'rarely' });
    expect(intake.events['funeral-falling-out']).toMatchObject({ kind: 'conflict', date: '2024-11', people: ['mark'] });
  });

  it('records what Emma expects of him and that he feels rushed', () => {
    expect(intake.people.emma?.tie.expectationsOfClient?.text).toContain("clear out Helen's things");
    expect(intake.people.emma?.tie.expectationsMet).toBe('no');
  });

  it('treats the Wilsons, a couple, as a group tied closely to Helen', () => {
    expect(intake.people['the-wilsons']).toMatchObject({ kind: 'group', tie: { ring: 3 } });
    expect(intake.ties['helen-the-wilsons']).toMatchObject({ closeness: 'close', conflict: 'none' });
  });

  it('records the death, the band and the falling-out as events, the death at the focus', () => {
    expect(intake.events['helen-death']).toMatchObject({ kind: 'death', date: '2024-11', people: ['helen'] });
    expect(intake.events['stopped-band']?.date).toBe('2025-01');
    expect(intake.focus.grief).toMatchObject({ primary: true, people: ['helen'], events: ['helen-death'] });
  });

  it('has a GP who supports him and whom he sees quarterly', () => {
    expect(intake.people['dr-osei']?.tie).toMatchObject({ supportDirection: 'to-client', contact: 'rarely' });
    expect(intake.people['dr-osei']?.tie.contactNote?.text).toBe('Quarterly.');
  });
});

describe('Daniel at session 12', () => {
  it('keeps Helen in the inner circle, still marked as deceased', () => {
    expect(session12.people.helen).toMatchObject({ status: 'deceased', died: '2024-11', tie: { ring: 1 } });
  });

  it('is back at rehearsals: Pete on ring 1, the band on ring 2 and no longer lost', () => {
    expect(session12.people.pete?.tie.ring).toBe(1);
    expect(session12.people.band?.tie.ring).toBe(2);
    expect(session12.people.band?.tie.ended).toBeUndefined();
  });

  it('has met Mark for lunch: conflict low', () => {
    expect(session12.people.mark?.tie.conflict).toBe('low');
  });

  it('has seen the Wilsons again: ring 2', () => {
    expect(session12.people['the-wilsons']?.tie.ring).toBe(2);
  });

  it('talks about Helen with Emma', () => {
    expect(session12.people.emma?.tie.satisfying?.text).toContain('Talks about Helen');
  });
});
