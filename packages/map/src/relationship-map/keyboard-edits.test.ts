import { describe, expect, it } from 'vitest';
import { cycleScale, stepScale } from './keyboard-edits.ts';

const CLOSENESS = ['close', 'normal', 'distant'] as const;

describe('scales the editing keys move along', () => {
  it('cycleScale goes round a tie closeness both ways (D and Shift+D)', () => {
    expect(cycleScale(CLOSENESS, 'close', 1)).toBe('normal');
    expect(cycleScale(CLOSENESS, 'normal', 1)).toBe('distant');
    expect(cycleScale(CLOSENESS, 'distant', 1)).toBe('close');
    expect(cycleScale(CLOSENESS, 'close', -1)).toBe('distant');
    expect(cycleScale(CLOSENESS, 'normal', -1)).toBe('close');
  });

  it('stepScale stops at the ends of conflict and support, so a held key cannot wrap round to "none"', () => {
    expect(stepScale(['none', 'some', 'strong'], 'strong', 1)).toBe('strong');
    expect(stepScale(['none', 'some', 'strong'], 'none', -1)).toBe('none');
    expect(stepScale(['none', 'some', 'strong'], 'some', 1)).toBe('strong');
  });
});
