import { describe, expect, it } from 'vitest';
import { maya } from './maya-role-transition.ts';

const { intake, session12 } = maya;

describe('Maya at intake', () => {
  it('has Jonas and Leo on the inner ring; Leo, one, receives care rather than gives it', () => {
    expect(intake.people.jonas?.tie).toMatchObject({ ring: 1, conflict: 'low', support: 'some', contact: 'daily' });
    expect(intake.people.leo?.tie).toMatchObject({ ring: 1, support: 'none', supportDirection: 'from-client' });
    expect(intake.people.leo?.born).toBe('2025-04');
  });

  it('records what Maya wishes Jonas would change', () => {
    expect(intake.people.jonas?.tie.wishedChanges?.text).toContain('night feeds twice a week');
  });

  it('keeps where Anneli lives shareable but the clinical notes about her private', () => {
    expect(intake.people.anneli?.notes).toEqual({ text: 'Lives 300 km away.', sensitivity: 'shareable' });
    expect(intake.people.anneli?.tie.unsatisfying?.sensitivity).toBe('private');
  });

  it('has lost the parents group and sees Sara monthly instead of weekly', () => {
    expect(intake.people['parents-group']).toMatchObject({ kind: 'group', tie: { contact: 'stopped', ended: true } });
    expect(intake.people.sara?.tie).toMatchObject({ ring: 2, contact: 'monthly' });
    expect(intake.people.sara?.tie.contactNote?.text).toBe('Monthly, was weekly.');
  });

  it('is in high conflict with her manager Henrik', () => {
    expect(intake.people.henrik?.tie).toMatchObject({ ring: 3, conflict: 'high', support: 'none' });
  });

  it('dates the return to work and the parents group four months before intake', () => {
    expect(intake.events['return-to-work']).toMatchObject({ kind: 'job', date: '2025-11' });
    expect(intake.events['left-parents-group']?.date).toBe('2025-11');
  });

  it('focuses on the transition to working parent, with a secondary dispute about sharing care', () => {
    expect(intake.focus['role-transition']).toMatchObject({
      primary: true,
      transitionFrom: 'full-time parent',
      transitionTo: 'working parent',
    });
    expect(intake.focus['role-dispute']).toMatchObject({ primary: false, people: ['jonas'] });
  });

  it('ties Jonas to Anneli with low conflict', () => {
    expect(intake.ties['jonas-anneli']).toMatchObject({ conflict: 'low', label: { text: 'in-laws' } });
  });
});

describe('Maya at session 12', () => {
  it('has Jonas sharing the night feeds: no conflict, strong support', () => {
    expect(session12.people.jonas?.tie).toMatchObject({ conflict: 'none', support: 'strong' });
    expect(session12.people.jonas?.tie.wishedChanges).toBeUndefined();
  });

  it('has Sara back in the inner circle, seen every second week', () => {
    expect(session12.people.sara?.tie).toMatchObject({ ring: 1, contact: 'weekly' });
  });

  it('has eased the conflict with Henrik to low', () => {
    expect(session12.people.henrik?.tie.conflict).toBe('low');
  });

  it('has joined the working parents group with Ola', () => {
    expect(session12.people['working-parents-group']).toMatchObject({
      kind: 'group',
      tie: { ring: 3, support: 'some' },
    });
    expect(session12.ties['ola-working-parents-group']).toMatchObject({ a: 'ola', b: 'working-parents-group' });
  });
});
