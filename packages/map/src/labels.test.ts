import { describe, expect, it } from 'vitest';
import { labelFitsInside } from './labels.ts';

describe('labelFitsInside', () => {
  it('V17: initials of up to four whole characters fit inside the symbol, longer ones go beside it', () => {
    expect(labelFitsInside('J', 'initials')).toBe(true);
    expect(labelFitsInside('AB 2', 'initials')).toBe(true);
    expect(labelFitsInside('ABC 2', 'initials')).toBe(false);
  });

  it('V17: any other label fits when it has three whole characters or fewer', () => {
    expect(labelFitsInside('Leo', 'name')).toBe(true);
    expect(labelFitsInside('Mum', 'role')).toBe(true);
    expect(labelFitsInside('Jonas', 'name')).toBe(false);
    expect(labelFitsInside('Partner', 'alias')).toBe(false);
  });

  it('V17: counts a letter with its accents or a flag as one character, and an empty label never fits', () => {
    expect(labelFitsInside('E\u0301va', 'name')).toBe(true);
    expect(labelFitsInside('🇸🇪🇸🇪🇸🇪', 'name')).toBe(true);
    expect(labelFitsInside('  ', 'initials')).toBe(false);
  });
});
