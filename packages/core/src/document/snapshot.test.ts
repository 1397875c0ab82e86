import { describe, expect, it } from 'vitest';
import { isRelmapError } from '../errors.ts';
import { isIsoDateTime, takeSnapshot } from './snapshot.ts';
import { sampleInventory } from './testing/sample-inventory.ts';

describe('takeSnapshot', () => {
  it('names a copy of the inventory at a time passed in, and freezes it', () => {
    const inv = sampleInventory();
    const snap = takeSnapshot(inv, { id: 's1', label: ' Intake ', takenAt: '2025-03-14T10:30:00Z' });
    expect(snap).toEqual({ id: 's1', label: 'Intake', takenAt: '2025-03-14T10:30:00Z', inventory: inv });
    expect(snap.inventory).toBe(inv);
    expect(Object.isFrozen(snap)).toBe(true);
  });

  it('is pure given an id: the same arguments give the same snapshot', () => {
    const inv = sampleInventory();
    const args = { id: 's12', label: 'Session 12', takenAt: '2025-06-01T09:00:00.250+02:00' };
    expect(takeSnapshot(inv, args)).toEqual(takeSnapshot(inv, args));
  });

  it('M15: without an id, gives an opaque one that carries nothing of the label', () => {
    const inv = sampleInventory();
    const args = { label: 'Session 12 with Jonas', takenAt: '2025-06-01T09:00:00.250+02:00' };
    const [a, b] = [takeSnapshot(inv, args).id, takeSnapshot(inv, args).id];
    expect(a).toMatch(/^s-[0-9a-z]{10}$/);
    expect(b).toMatch(/^s-[0-9a-z]{10}$/);
    expect(a).not.toBe(b);
  });

  it('uses the id it is given', () => {
    expect(takeSnapshot(sampleInventory(), { id: 's1', label: 'Intake', takenAt: '2025-03-14T10:30Z' }).id).toBe('s1');
  });

  it('C2: refuses a blank label, a time that is not ISO 8601 and a bad id, naming the argument', () => {
    const inv = sampleInventory();
    const cases: [object, string][] = [
      [{ label: '  ', takenAt: '2025-03-14T10:30:00Z' }, 'label'],
      [{ label: 'Intake', takenAt: '14/03/2025' }, 'takenAt'],
      [{ label: 'Intake', takenAt: '2025-02-30T10:30:00Z' }, 'takenAt'],
      [{ label: 'Intake', takenAt: '2025-03-14T10:30:00' }, 'takenAt'],
      [{ label: 'Intake', takenAt: '2025-03-14T10:30:00Z', id: 'no spaces' }, 'id'],
    ];
    for (const [options, path] of cases) {
      let error: unknown;
      try {
        takeSnapshot(inv, options as never);
      } catch (caught) {
        error = caught;
      }
      expect(isRelmapError(error) && error.path).toBe(path);
    }
  });

  it('recognises ISO 8601 date-times with an offset', () => {
    expect(['2025-03-14T10:30:00Z', '2025-03-14T10:30Z', '2024-02-29T23:59:59.999-05:00'].every(isIsoDateTime)).toBe(true);
    expect(['2025-03-14', '2025-03-14T24:00:00Z', '2023-02-29T10:00:00Z', '2025-03-14 10:30:00Z'].some(isIsoDateTime)).toBe(false);
  });
});
