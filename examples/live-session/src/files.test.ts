import { describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { readInventoryFile } from './files.ts';

describe('readInventoryFile', () => {
  it('opens a valid inventory', () => {
    const result = readInventoryFile('maya.json', JSON.stringify(maya.intake));
    expect(result.ok && result.inventory).toEqual(maya.intake);
  });

  it('names the file, the first problem and its path, how many more, and that nothing changed', () => {
    const broken = { ...maya.intake, settings: { ...maya.intake.settings, rings: 9 }, client: {} };
    const result = readInventoryFile('broken.json', JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^"broken\.json" was not opened: at \S+: /);
    expect(result.message).toMatch(/\(and \d+ more problems?\)\. The current inventory is unchanged\.$/);
  });

  it('says where text that is not JSON breaks, without quoting the file', () => {
    const result = readInventoryFile('notes.txt', 'Jonas: a private remark');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('"notes.txt" was not opened');
      expect(result.message).not.toContain('private remark');
    }
  });
});
