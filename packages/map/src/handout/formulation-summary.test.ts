import { describe, expect, it } from 'vitest';
import { cases, daniel, maya } from '@relmap/cases';
import { presentingPolicy } from '../presenting-policy.ts';
import { privateTexts } from '../testing/private-texts.ts';
import { defaultStrings } from '../strings.ts';
import { formulationSummary } from './formulation-summary.ts';

describe('formulationSummary: the formulation for a shared screen', () => {
  it('V36: says the primary focus in plain words by the labels in force, with its people and events', () => {
    const inv = daniel.session12;
    const summary = formulationSummary(inv, presentingPolicy(inv.people, undefined, true, defaultStrings));
    expect(summary.primary).toBe('Grief after the death of H.');
    const focus = Object.values(inv.focus).find((f) => f.primary)!;
    expect(summary.people).toEqual(focus.people);
    expect(summary.events).toEqual(focus.events);
  });

  for (const c of cases) {
    it(`V36: ${c.id}: holds the agreed shareable goals, naming no one in full, and nothing private`, () => {
      const inv = c.session12;
      const summary = formulationSummary(inv, presentingPolicy(inv.people, undefined, true, defaultStrings));
      const shareable = Object.values(inv.goals).filter((g) => g.agreed && g.wording.sensitivity === 'shareable');
      expect(summary.goals).toHaveLength(shareable.length);
      const all = JSON.stringify(summary);
      for (const secret of privateTexts(inv)) expect(all).not.toContain(secret);
      for (const f of Object.values(inv.focus)) if (f.note) expect(all).not.toContain(f.note.text);
      for (const p of Object.values(inv.people)) if (p.name.length > 2) expect(all, p.name).not.toMatch(new RegExp(`\\b${p.name}\\b`));
    });
  }

  it('V36: names people in full only in label mode name', () => {
    const inv = maya.session12;
    const summary = formulationSummary(inv, presentingPolicy(inv.people, 'name', true, defaultStrings));
    expect(summary.goals).toContain('Agree with Jonas how the night care of Leo is shared.');
  });
});
