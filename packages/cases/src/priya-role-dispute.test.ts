import { describe, expect, it } from 'vitest';
import { priya } from './priya-role-dispute.ts';

const { intake, session12 } = priya;

describe('Priya at intake', () => {
  it('is in a role dispute at the impasse stage with Arjun', () => {
    expect(intake.focus['role-dispute']).toMatchObject({ primary: true, disputeStage: 'impasse' });
    expect(intake.focus['role-dispute']?.people).toContain('arjun');
  });

  it('records the nonreciprocal expectations about moving out, unmet', () => {
    const tie = intake.people.arjun?.tie;
    expect(tie).toMatchObject({ ring: 1, conflict: 'high', support: 'some', expectationsMet: 'no' });
    expect(tie?.expectationsOfOther?.text).toContain('on their own');
    expect(tie?.expectationsOfClient?.text).toContain('care for his father');
  });

  it('lives with her in-laws: Meera in high conflict, Raj on the outer ring', () => {
    expect(intake.people.meera?.tie).toMatchObject({ ring: 2, conflict: 'high', support: 'none', contact: 'daily' });
    expect(intake.people.raj?.tie).toMatchObject({ ring: 3, conflict: 'none', contact: 'daily' });
  });

  it('draws the ties among them: Arjun close to both parents, Meera against Kavya, the mothers distant', () => {
    expect(intake.ties['arjun-meera']?.closeness).toBe('close');
    expect(intake.ties['arjun-raj']?.closeness).toBe('close');
    expect(intake.ties['meera-kavya']?.conflict).toBe('high');
    expect(intake.ties['lakshmi-meera']).toMatchObject({ closeness: 'distant', conflict: 'none' });
  });

  it('dates the marriage two years and the stroke one year before intake', () => {
    expect(intake.events['marriage-move']).toMatchObject({ kind: 'move', date: '2024' });
    expect(intake.events['raj-stroke']).toMatchObject({ kind: 'illness', date: '2025' });
  });

  it('has a work team as a group and a psychiatrist who supports her', () => {
    expect(intake.people.team?.kind).toBe('group');
    expect(intake.people['dr-shah']?.tie.supportDirection).toBe('to-client');
  });
});

describe('Priya at session 12', () => {
  it('has moved the dispute from impasse to renegotiation', () => {
    expect(session12.focus['role-dispute']).toMatchObject({ primary: true, disputeStage: 'renegotiation' });
  });

  it('has eased the conflict with Arjun and with Meera to low', () => {
    expect(session12.people.arjun?.tie).toMatchObject({ conflict: 'low', support: 'some' });
    expect(session12.people.meera?.tie.conflict).toBe('low');
  });

  it('has Lakshmi, who now knows the details, close and strongly supportive', () => {
    expect(session12.people.lakshmi?.tie).toMatchObject({ ring: 1, support: 'strong' });
    expect(session12.people.lakshmi?.tie.satisfying?.text).toContain('knows the details');
  });
});
