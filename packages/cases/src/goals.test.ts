import { describeDiff, diffInventories, latestReview, serializeInventory, withoutPrivateNotes } from '@relmap/core';
import { describe, expect, it } from 'vitest';
import { cases, getCase } from './index.ts';

describe.each(cases.map((c) => [c.id, c] as const))('case %s: treatment goals', (_, c) => {
  const primary = (): string => Object.values(c.session12.focus).find((f) => f.primary)!.id;

  it('M12: has a goal on its primary focus, agreed by session 12 and reviewed at session 12', () => {
    const onFocus = Object.values(c.session12.goals).filter((g) => g.focus === primary());
    expect(onFocus.length).toBeGreaterThanOrEqual(1);
    for (const goal of onFocus) {
      expect(goal.agreed, goal.id).toBe(true);
      expect(goal.agreedOn! >= c.intakeDate && goal.agreedOn! <= c.session12Date, goal.id).toBe(true);
      expect(latestReview(goal)?.date, goal.id).toBe(c.session12Date);
    }
  });

  it('has the same goals at intake as at session 12, with no review yet at intake', () => {
    expect(Object.keys(c.intake.goals)).toEqual(Object.keys(c.session12.goals));
    for (const goal of Object.values(c.intake.goals)) expect(goal.reviews, goal.id).toEqual({});
  });

  it('words every goal shareably, as a sentence the client could read on a shared screen', () => {
    for (const goal of Object.values(c.session12.goals)) {
      expect(goal.wording.sensitivity, goal.id).toBe('shareable');
      expect(goal.wording.text, goal.id).toMatch(/^[A-Z].{10,120}\.$/);
    }
  });
});

describe('privacy of goal notes in the cases', () => {
  it('M14: Daniel has one private review note, left out of the shareable copy and of the sentences', () => {
    const daniel = getCase('daniel');
    const privateNotes = cases.flatMap((c) =>
      Object.values(c.session12.goals).flatMap((g) =>
        Object.values(g.reviews).flatMap((r) => (r.note?.sensitivity === 'private' ? [`${c.id}:${g.id}:${r.id}`] : [])),
      ),
    );
    expect(privateNotes).toEqual(['daniel:talk-about-helen:session-12']);
    const secret = daniel.session12.goals['talk-about-helen']!.reviews['session-12']!.note!.text;
    expect(serializeInventory(daniel.session12)).toContain("still has not opened Helen's room");
    expect(serializeInventory(withoutPrivateNotes(daniel.session12))).not.toContain(secret);
    const sentences = describeDiff(diffInventories(daniel.intake, daniel.session12)).join('\n');
    expect(sentences).toContain('First review of “Talk about Helen and her death with the people close to him.”: much progress.');
    expect(sentences).not.toContain("Helen's room");
  });

  it('D7: Tomás agreed to his goal in session 3, and the sentences say so', () => {
    const tomas = getCase('tomas');
    expect(describeDiff(diffInventories(tomas.intake, tomas.session12))).toContain(
      'Goal agreed (2026-05-04): “Start a conversation with someone at university once a week.”',
    );
  });
});
