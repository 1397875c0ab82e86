import { describe, expect, it } from 'vitest';
import { tomas } from './tomas-interpersonal-sensitivity.ts';

const { intake, session12 } = tomas;

describe('Tomás at intake', () => {
  it('has a thin network: five people, only his mother in the inner circle', () => {
    const inner = Object.values(intake.people).filter((p) => p.tie.ring === 1);
    expect(inner.map((p) => p.id)).toEqual(['carmen']);
    expect(intake.focus['interpersonal-deficits']?.primary).toBe(true);
  });

  it('knows Nyx only online, daily', () => {
    expect(intake.people.nyx).toMatchObject({ name: 'Nyx', tie: { ring: 2, contact: 'daily' } });
  });

  it('avoids his tutor, who gives no support yet', () => {
    expect(intake.people['dr-lind']?.tie).toMatchObject({ ring: 3, support: 'none', contact: 'rarely' });
  });

  it('has divorced parents in high conflict', () => {
    expect(intake.ties['carmen-luis']).toMatchObject({
      closeness: 'distant',
      conflict: 'high',
      ended: true,
      label: { text: 'divorced', sensitivity: 'shareable' },
    });
    expect(intake.events['parents-divorce']).toMatchObject({ kind: 'separation', date: '2020' });
  });

  it('moved away from home eight months before intake', () => {
    expect(intake.events['moved-away']).toMatchObject({ kind: 'move', date: '2025-08' });
  });
});

describe('Tomás at session 12', () => {
  it('has joined the climbing club and met Amir there', () => {
    expect(session12.people['climbing-club']).toMatchObject({ kind: 'group', tie: { ring: 3 } });
    expect(session12.people.amir).toMatchObject({ kind: 'person', tie: { ring: 2 } });
    expect(session12.ties['amir-climbing-club']).toBeDefined();
  });

  it('went to an office hour: Dr. Lind now gives some support', () => {
    expect(session12.people['dr-lind']?.tie.support).toBe('some');
  });

  it('has talked with Luis on the phone: conflict none', () => {
    expect(session12.people.luis?.tie.conflict).toBe('none');
  });
});
