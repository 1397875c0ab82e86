import { describe, expect, it } from 'vitest';
import { ruth } from './ruth-multiple-transitions.ts';

const { intake, session12 } = ruth;

describe('Ruth at intake', () => {
  it('has her sister Judith, who died four months ago, in the inner circle', () => {
    expect(intake.people.judith).toMatchObject({ status: 'deceased', died: '2026-03', tie: { ring: 1 } });
  });

  it('has her husband Bill, who died eleven years ago, on the middle ring', () => {
    expect(intake.people.bill).toMatchObject({ status: 'deceased', died: '2015', tie: { ring: 2 } });
    expect(intake.events['bill-death']).toMatchObject({ kind: 'death', date: '2015' });
  });

  it('focuses on the role transition first and grief for Judith second', () => {
    expect(intake.focus['role-transition']).toMatchObject({ primary: true });
    expect(intake.focus.grief).toMatchObject({ primary: false, people: ['judith', 'anne'] });
  });

  it('has left the choir of the old town and felt an outsider in the church group', () => {
    expect(intake.people['the-choir']).toMatchObject({ kind: 'group', tie: { contact: 'stopped', ended: true } });
    expect(intake.people['church-group']).toMatchObject({ kind: 'group', tie: { support: 'none' } });
  });

  it('is in high conflict with Peter, as Claire is', () => {
    expect(intake.people.peter?.tie).toMatchObject({ conflict: 'high', support: 'none' });
    expect(intake.ties['claire-peter']?.conflict).toBe('high');
  });

  it('links the family: Claire and Simon married, Maisie and Finn their children', () => {
    expect(intake.ties['claire-simon']?.label?.text).toBe('married');
    expect(intake.ties['maisie-finn']?.label?.text).toBe('siblings');
    for (const id of ['claire-maisie', 'claire-finn', 'simon-maisie', 'simon-finn']) {
      expect(intake.ties[id], id).toBeDefined();
    }
  });

  it('dates the retirement, the move and the choir from the intake date', () => {
    expect(intake.events.retirement).toMatchObject({ kind: 'retirement', date: '2025-07' });
    expect(intake.events.moved?.date).toBe('2025-10');
    expect(intake.events['left-choir']?.date).toBe('2025-10');
    expect(intake.events['judith-death']?.date).toBe('2026-03');
  });
});

describe('Ruth at session 12', () => {
  it("helps with reading at Maisie's school and sings in a choir again", () => {
    expect(session12.people['school-reading-volunteers']).toMatchObject({
      kind: 'group',
      tie: { ring: 3, support: 'some' },
    });
    expect(session12.people['new-town-choir']).toMatchObject({ kind: 'group', tie: { ring: 2 } });
  });

  it('talks with Anne weekly and has moved her to the middle ring', () => {
    expect(session12.people.anne?.tie).toMatchObject({ ring: 2, contact: 'weekly' });
  });

  it('has seen Peter once: conflict low', () => {
    expect(session12.people.peter?.tie.conflict).toBe('low');
  });

  it('keeps Judith in the inner circle', () => {
    expect(session12.people.judith).toMatchObject({ status: 'deceased', tie: { ring: 1 } });
  });
});
